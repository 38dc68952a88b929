/**
 * Ranking partner candidates, shared by both stores: each store finds the candidate paths its
 * own way (graph walks or Cypher), and this file decides scores, the best path per partner and
 * role, the order and the one-line reason.
 *
 * score = (1 / path length) × 0.5^(PLANNED links on the path, counting a PLANNED partner)
 */

import { englishName } from '../../domain/english-name';
import { REL_TYPE_LABELS } from '../../domain/labels';
import type { GraphEdge } from '../../domain/model';
import { PARTNER_ROLES, type PartnerMatch, type PartnerRole, type Path } from '../types';
import { comparePaths, compareStrings } from './order';

export interface PartnerCandidate {
  role: PartnerRole;
  /** From the product (or cluster) asked about to the partner. */
  path: Path;
}

const ROLE_LABELS: Record<PartnerRole, { zh: string; en: string }> = {
  PRODUCER: { zh: '生产商', en: 'Producer' },
  SUPPLIER: { zh: '供应商', en: 'Supplier' },
  CUSTOMER: { zh: '客户', en: 'Customer' },
  RESEARCH_PARTNER: { zh: '研发伙伴', en: 'Research partner' },
  HOST_ZONE: { zh: '承载园区', en: 'Host zone' },
};

export function partnerScore(path: Path): number {
  const partner = path.nodes[path.nodes.length - 1];
  const planned = path.edges.filter((e) => e.status === 'PLANNED').length + (partner?.status === 'PLANNED' ? 1 : 0);
  return scoreFor(path.length, planned);
}

/** The score of a path of `length` links with `planned` PLANNED links (the partner counting as one). */
export function scoreFor(length: number, planned: number): number {
  return Math.round((1 / Math.max(1, length)) * 0.5 ** planned * 10000) / 10000;
}

/** Reads the path from the partner back to the product: `东安 —生产→ 发动机 —投入→ 微型车`. */
export function describePath(path: Path, lang: 'zh' | 'en'): string {
  const name = (i: number) => {
    const n = path.nodes[i];
    return n ? (lang === 'zh' ? n.name : englishName(n)) : '?';
  };
  let text = name(path.nodes.length - 1);
  for (let i = path.edges.length - 1; i >= 0; i--) {
    const edge = path.edges[i] as GraphEdge;
    const label = REL_TYPE_LABELS[edge.type][lang];
    const planned = edge.status === 'PLANNED' ? (lang === 'zh' ? '（规划）' : ' (planned)') : '';
    // nodes[i+1] is where we stand; the edge points forward when it starts there.
    const forward = edge.source === path.nodes[i + 1]?.id;
    text += forward ? ` —${label}${planned}→ ${name(i)}` : ` ←${label}${planned}— ${name(i)}`;
  }
  return text;
}

export function toMatch(c: PartnerCandidate): PartnerMatch {
  const node = c.path.nodes[c.path.nodes.length - 1];
  if (!node) throw new Error('a partner path needs at least one node');
  const label = ROLE_LABELS[c.role];
  return {
    node,
    role: c.role,
    score: partnerScore(c.path),
    path: c.path,
    reason: `${label.zh}：${describePath(c.path, 'zh')}`,
    reasonEn: `${label.en}: ${describePath(c.path, 'en')}`,
  };
}

/** The order of matches: best score, then role, then partner id, then path. */
export function compareRanked(
  a: { score: number; role: PartnerRole; partnerId: string; path: Path },
  b: { score: number; role: PartnerRole; partnerId: string; path: Path },
): number {
  return (
    b.score - a.score ||
    PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role) ||
    compareStrings(a.partnerId, b.partnerId) ||
    comparePaths(a.path, b.path)
  );
}

/**
 * Keeps the best path per (partner, role), orders the matches and takes the first `first`.
 * Scores are worked out for every candidate, reasons only for the matches returned.
 */
export function rankPartners(candidates: readonly PartnerCandidate[], first: number): PartnerMatch[] {
  type Ranked = { score: number; role: PartnerRole; partnerId: string; path: Path; candidate: PartnerCandidate };
  const best = new Map<string, Ranked>();
  for (const c of candidates) {
    const node = c.path.nodes[c.path.nodes.length - 1];
    if (!node) throw new Error('a partner path needs at least one node');
    if (node.id === c.path.nodes[0]?.id) continue;
    const m: Ranked = { score: partnerScore(c.path), role: c.role, partnerId: node.id, path: c.path, candidate: c };
    const key = `${m.role}\u0000${m.partnerId}`;
    const held = best.get(key);
    if (!held || m.score > held.score || (m.score === held.score && comparePaths(m.path, held.path) < 0))
      best.set(key, m);
  }
  return [...best.values()]
    .sort(compareRanked)
    .slice(0, first)
    .map((m) => toMatch(m.candidate));
}
