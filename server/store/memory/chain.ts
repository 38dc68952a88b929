/** Gathering the facts the chain analyses read (semantics/chain) from the in-memory graph. */
import { englishName } from '../../domain/english-name';
import type { RelType } from '../../domain/model';
import { REL_TYPES } from '../../domain/model';
import type { ChainFacts } from '../semantics/chain';
import { type IndexedGraph, PLANNED_BIT } from './graph';

const TYPE = Object.fromEntries(REL_TYPES.map((t, i) => [t, i])) as Record<RelType, number>;

export function chainFacts(g: IndexedGraph): ChainFacts {
  const f: ChainFacts = {
    homeZoneId: g.homeZoneId,
    products: [],
    zones: [],
    clusters: [],
    enterprises: [],
    partOf: [],
    inputs: [],
    produces: [],
    located: [],
    memberOf: [],
    focuses: [],
    supplies: [],
    cooperates: [],
  };
  for (const n of g.liveNodeList()) {
    if (n.kind === 'PRODUCT') f.products.push({ id: n.id, name: n.name, nameEn: englishName(n), status: n.status });
    else if (n.kind === 'ZONE') f.zones.push({ id: n.id, name: n.name, nameEn: englishName(n) });
    else if (n.kind === 'CLUSTER') f.clusters.push(n.id);
    else if (n.kind === 'ENTERPRISE') f.enterprises.push(n.id);
  }
  for (let e = 0; e < g.edgeCount; e++) {
    if (g.removedEdges.has(e)) continue;
    const bits = g.edgeBits[e] as number;
    const type = bits & 15;
    const s = g.at(g.edgeSource[e] as number);
    const t = g.at(g.edgeTarget[e] as number);
    switch (type) {
      case TYPE.PART_OF:
        f.partOf.push([s.id, t.id]);
        break;
      case TYPE.INPUT_TO:
        f.inputs.push([s.id, t.id, g.edgeId(e)]);
        break;
      case TYPE.PRODUCES:
        f.produces.push([s.id, t.id, g.edgeId(e), (bits & PLANNED_BIT) !== 0 || s.status === 'PLANNED']);
        break;
      case TYPE.LOCATED_IN:
        f.located.push([s.id, t.id]);
        break;
      case TYPE.MEMBER_OF:
        f.memberOf.push([s.id, t.id]);
        break;
      case TYPE.FOCUSES_ON:
        f.focuses.push([s.id, t.id]);
        break;
      case TYPE.SUPPLIES:
        f.supplies.push([s.id, t.id, g.edgeId(e)]);
        break;
      case TYPE.COOPERATES_WITH:
        if (
          (s.kind === 'ENTERPRISE' && t.kind === 'INSTITUTION') ||
          (s.kind === 'INSTITUTION' && t.kind === 'ENTERPRISE')
        )
          f.cooperates.push([s.id, t.id, g.edgeId(e)]);
        break;
    }
  }
  return f;
}
