/**
 * indicator-scope — an indicator sits on the node it describes. On a cluster or a park, one of
 * its quotes or sections names that node (开发区累计创办科技企业孵化器19个 names the zone, so it
 * does not belong on the 孵化和研发 cluster). On the development zone, no quote names another
 * cluster or zone in full unless that one encloses the zone (工业集中区 figures belong on the
 * 工业集中区; 占哈尔滨市的11% is the zone's share of its city).
 */

import { englishName } from '../../../domain/english-name';
import type { GraphNode } from '../../../domain/model';
import { names, squash } from '../text';
import { type Finding, type LintCheck, target } from '../types';

const isZoneWide = (n: GraphNode) => n.kind === 'ZONE' && n.zoneKind === 'DEVELOPMENT_ZONE';

export const indicatorScope: LintCheck = {
  rule: 'indicator-scope',
  description: 'an indicator is on the node its quote speaks of',
  check(ctx) {
    const out: Finding[] = [];
    const narrower = ctx.dataset.nodes.filter((n) => n.kind === 'CLUSTER' || (n.kind === 'ZONE' && !isZoneWide(n)));
    for (const node of ctx.dataset.nodes) {
      if (!('indicators' in node)) continue;
      node.indicators.forEach((ind, k) => {
        const texts = ind.sources.map((s) => `${s.quote}\n${s.section}`);
        const at = target.indicator(ctx, node, k, ind.key);
        if (!isZoneWide(node)) {
          if (texts.some((t) => names(t, node))) return;
          out.push({
            rule: 'indicator-scope',
            target: at,
            message:
              `指标「${ind.name}」的出处未点名 ${node.name}；全区的数字应放在开发区节点上` +
              ` (no quote or section names ${englishName(node)}; a zone-wide figure belongs on the zone)`,
          });
          return;
        }
        const enclosing = ctx.ancestors.get(node.id) ?? new Set<string>();
        const other = narrower.find(
          (n) => !enclosing.has(n.id) && ind.sources.some((s) => squash(s.quote).includes(squash(n.name))),
        );
        if (other)
          out.push({
            rule: 'indicator-scope',
            target: at,
            message:
              `指标「${ind.name}」的出处说的是 ${other.name}（${other.id}），应放在该节点上` +
              ` (the quote speaks of ${englishName(other)}; the figure belongs on that node)`,
          });
      });
    }
    return out;
  },
};
