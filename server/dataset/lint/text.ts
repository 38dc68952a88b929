/**
 * How the rules read the plan's text: quotes compared with whitespace removed (as the quote test
 * does), and a node "named" when one of its spellings occurs in the text.
 */
import type { GraphNode } from '../../domain/model';

/** Whitespace (including U+3000) removed and Latin letters lower-cased, so `HIT` matches `hit`. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '').toLowerCase();
}

/**
 * A cluster is also named by its name without the trailing 企业集群 / 集群 (the plan writes
 * 食品企业28家 for the 食品企业集群's firms). Stems shorter than two characters are not used.
 */
function stem(node: GraphNode): string[] {
  if (node.kind !== 'CLUSTER') return [];
  const s = node.name.replace(/(企业集群|集群)$/u, '');
  return s !== node.name && s.length >= 2 ? [s] : [];
}

/** The node's written forms: its name and aliases (as the file has them). */
export function writtenForms(node: GraphNode): string[] {
  return [node.name, ...node.aliases];
}

/** True when `text` names the node by its name, an alias or (for a cluster) its stem. */
export function names(text: string, node: GraphNode): boolean {
  const t = squash(text);
  return [...writtenForms(node), ...stem(node)].some((s) => {
    const q = squash(s);
    return q.length > 0 && t.includes(q);
  });
}
