/**
 * The regions a registry row names (所属省份 / 所属城市 / 所属区县) as zones: PROVINCE, CITY and
 * COUNTY, each PART_OF the level above it. A region already in the dataset is reused when its name
 * or an alias is the row's, its kind fits the level (a city or county may be a DISTRICT there) and
 * it does not sit in another parent. A municipality's city repeats its province (北京市 / 北京市 /
 * 海淀区): the repeat is one zone.
 */
import type { GraphEdge, GraphNode, Source, ZoneKind, ZoneNode } from '../../domain/model';
import { type IdClaims, regionId, relationship } from './ids';

export type Level = 'PROVINCE' | 'CITY' | 'COUNTY';
const FITS: Record<Level, readonly ZoneKind[]> = {
  PROVINCE: ['PROVINCE'],
  CITY: ['CITY', 'DISTRICT'],
  COUNTY: ['COUNTY', 'DISTRICT'],
};

export const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');

export class Regions {
  readonly created: ZoneNode[] = [];
  readonly edges: GraphEdge[] = [];
  private readonly byName = new Map<string, ZoneNode[]>();
  private readonly parents = new Map<string, Set<string>>();
  private readonly memo = new Map<string, string>();
  private readonly rows = new Map<string, string | undefined>();

  constructor(
    nodes: readonly GraphNode[],
    edges: readonly GraphEdge[],
    private readonly ids: IdClaims,
  ) {
    for (const n of nodes) {
      if (n.kind !== 'ZONE') continue;
      for (const label of new Set([n.name, ...n.aliases].map(nameKey))) {
        const list = this.byName.get(label) ?? [];
        list.push(n);
        this.byName.set(label, list);
      }
    }
    for (const e of edges) if (e.type === 'PART_OF') this.parentsOf(e.source).add(e.target);
  }

  /**
   * The zone for a row's regions, from the top level down (empty levels left out), creating what
   * is missing. `source` makes the provenance of what it creates.
   */
  locate(levels: readonly { level: Level; name: string }[], source: (quote: string) => Source): string | undefined {
    // Rows repeat a few hundred regions: each distinct triple is worked out once.
    const row = levels.map((l) => `${l.level}:${l.name}`).join('|');
    if (this.rows.has(row)) return this.rows.get(row);
    const id = this.walk(levels, source);
    this.rows.set(row, id);
    return id;
  }

  private walk(levels: readonly { level: Level; name: string }[], source: (quote: string) => Source) {
    let parent: { id: string; name: string } | undefined;
    for (const { level, name } of levels) {
      if (parent && nameKey(parent.name) === nameKey(name)) continue;
      const id = this.zone(level, name, parent, source);
      parent = { id, name };
    }
    return parent?.id;
  }

  private zone(
    level: Level,
    name: string,
    parent: { id: string; name: string } | undefined,
    source: (quote: string) => Source,
  ) {
    const key = `${parent?.id ?? ''}|${level}|${nameKey(name)}`;
    const known = this.memo.get(key);
    if (known) return known;
    const existing = (this.byName.get(nameKey(name)) ?? [])
      .filter((z) => FITS[level].includes(z.zoneKind))
      .filter((z) => !parent || this.parentsOf(z.id).size === 0 || this.parentsOf(z.id).has(parent.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    let id: string;
    if (existing) id = existing.id;
    else {
      id = this.ids.claim(regionId(parent?.id, name), name);
      const zone: ZoneNode = {
        id,
        kind: 'ZONE',
        name,
        aliases: [],
        status: 'EXISTING',
        zoneKind: level,
        indicators: [],
        sources: [source(name)],
      };
      this.created.push(zone);
      const list = this.byName.get(nameKey(name)) ?? [];
      list.push(zone);
      this.byName.set(nameKey(name), list);
    }
    if (parent && !this.parentsOf(id).has(parent.id) && (!existing || this.parentsOf(id).size === 0)) {
      this.edges.push(relationship('PART_OF', id, parent.id, source(`${parent.name} ${name}`)));
      this.parentsOf(id).add(parent.id);
    }
    this.memo.set(key, id);
    return id;
  }

  private parentsOf(id: string): Set<string> {
    let set = this.parents.get(id);
    if (!set) {
      set = new Set();
      this.parents.set(id, set);
    }
    return set;
  }
}
