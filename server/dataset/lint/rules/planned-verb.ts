/**
 * planned-verb — an element marked EXISTING whose every stated quote speaks of what is to be
 * done (重点发展, 培育, 引进, 建设 …) has nothing in the plan saying it is there: the plan lists it
 * as a target, which is PLANNED. One stated quote without such a verb is enough to keep EXISTING.
 * Quotes of `stated: false` sources are context for an inference (their note says why), not the
 * plan's word on the element, so an element with only those is not checked.
 */
import type { Source } from '../../../domain/model';
import { type Finding, type LintCheck, target } from '../types';

/** Verbs with which the plan sets targets rather than reports what exists. */
export const PLANNED_VERBS = [
  '重点发展',
  '重点开发',
  '培育',
  '引进',
  '建设',
  '建立',
  '搭建',
  '打造',
  '吸引',
  '力争',
  '启动',
] as const;

/** The first planned verb in every stated quote, or null when some stated quote has none (or none is stated). */
export function plannedVerbOfAll(sources: readonly Source[]): string | null {
  let found: string | null = null;
  for (const s of sources) {
    if (!s.stated) continue;
    const verb = PLANNED_VERBS.find((v) => s.quote.includes(v));
    if (!verb) return null;
    found ??= verb;
  }
  return found;
}

const message = (verb: string) =>
  `状态为 EXISTING，但每条写明的出处都是规划用语（如「${verb}」），没有一条说它已存在；应为 PLANNED，或加一条说明其已有的出处` +
  ` (EXISTING, but every stated quote sets a target such as 「${verb}」; make it PLANNED or quote where the plan says it exists)`;

export const plannedVerb: LintCheck = {
  rule: 'planned-verb',
  description: 'an EXISTING element has a stated quote that does not set a target',
  check(ctx) {
    const out: Finding[] = [];
    for (const node of ctx.dataset.nodes) {
      const verb = node.status === 'EXISTING' ? plannedVerbOfAll(node.sources) : null;
      if (verb) out.push({ rule: 'planned-verb', target: target.node(ctx, node, 'status'), message: message(verb) });
    }
    ctx.dataset.edges.forEach((edge, index) => {
      const verb = edge.status === 'EXISTING' ? plannedVerbOfAll(edge.sources) : null;
      if (verb) out.push({ rule: 'planned-verb', target: target.edge(index, edge, 'status'), message: message(verb) });
    });
    return out;
  },
};
