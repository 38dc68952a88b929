/**
 * Local and external, relative to a home zone (DESIGN.md): a zone is local when it is the home
 * zone or PART_OF it, transitively; an enterprise, institution or cluster is local when one of
 * the zones it is LOCATED_IN is. An enterprise or institution that names no zone of its own
 * sits where its clusters sit (the plan lists enterprises under clusters it places in parks).
 * Everyone else is external — including those whose place is unknown, since 招商 counts only
 * what is known to be here. `movedOut` (what-if) makes enterprises external whatever their zone.
 */
import { compareStrings } from '../order';
import type { ChainIndex } from './facts';

export interface Region {
  /** The zone the node sits in (its first by id), or null when its place is unknown. */
  zone: string | null;
  /** The nearest zone it shares with the home zone (an ancestor of both), and how far up from home. */
  common: { zone: string; distance: number } | null;
}

export class Locality {
  readonly localZones = new Set<string>();
  /** The home zone's ancestors (PART_OF, transitively) with their distance from it. */
  readonly homeAncestors = new Map<string, number>();
  private readonly memo = new Map<string, boolean>();

  constructor(
    readonly index: ChainIndex,
    readonly home: string,
    readonly movedOut: ReadonlySet<string> = new Set(),
  ) {
    const stack = [home];
    this.localZones.add(home);
    while (stack.length > 0) {
      for (const c of index.children.get(stack.pop() as string) ?? []) {
        if (this.localZones.has(c)) continue;
        this.localZones.add(c);
        stack.push(c);
      }
    }
    let frontier = [home];
    for (let d = 1; frontier.length > 0; d++) {
      const next: string[] = [];
      for (const z of frontier)
        for (const p of index.parents.get(z) ?? []) {
          if (p === home || this.homeAncestors.has(p)) continue;
          this.homeAncestors.set(p, d);
          next.push(p);
        }
      frontier = next;
    }
  }

  /**
   * Works out every product's local and outside producers at once (the kept locality of a home
   * zone does, so that the first question about a cluster does not pay for them piecemeal).
   */
  warm(): this {
    for (const id of this.index.productIds) this.producers(id, true);
    return this;
  }

  /** The zones a node sits in: its own, else its clusters'. */
  places(id: string): string[] {
    const own = this.index.locatedIn.get(id);
    if (own && own.length > 0) return own;
    const viaClusters = (this.index.clustersOf.get(id) ?? []).flatMap((c) => this.index.locatedIn.get(c) ?? []);
    return [...new Set(viaClusters)].sort(compareStrings);
  }

  isLocal(id: string): boolean {
    if (this.movedOut.has(id)) return false;
    let local = this.memo.get(id);
    if (local === undefined) {
      local = this.places(id).some((z) => this.localZones.has(z));
      this.memo.set(id, local);
    }
    return local;
  }

  localProducers(product: string): string[] {
    return this.producers(product, true);
  }

  externalProducers(product: string): string[] {
    return this.producers(product, false);
  }

  /** A product's local and outside producers, by id, worked out once per product. */
  private readonly split = new Map<string, { local: string[]; external: string[] }>();

  private producers(product: string, local: boolean): string[] {
    let kept = this.split.get(product);
    if (!kept) {
      kept = { local: [], external: [] };
      for (const p of this.index.producersOf.get(product) ?? []) {
        const list = this.isLocal(p.enterprise) ? kept.local : kept.external;
        if (list[list.length - 1] !== p.enterprise) list.push(p.enterprise);
      }
      this.split.set(product, kept);
    }
    return local ? kept.local : kept.external;
  }

  /** Whether an EXISTING local enterprise makes it through an EXISTING link. */
  madeHereNow(product: string): boolean {
    return (this.index.producersOf.get(product) ?? []).some((p) => !p.planned && this.isLocal(p.enterprise));
  }

  /** In the home chain: a local enterprise makes it, a local cluster focuses on it, or the plan targets it. */
  inHomeChain(product: string): boolean {
    if (this.index.product.get(product)?.status === 'PLANNED') return true;
    if ((this.index.producersOf.get(product) ?? []).some((p) => this.isLocal(p.enterprise))) return true;
    return (this.index.focusedBy.get(product) ?? []).some((c) => this.isLocal(c));
  }

  /** Where an outside node sits and what region it shares with the home zone (moved-out ones sit nowhere known). */
  region(id: string): Region {
    if (this.movedOut.has(id)) return { zone: null, common: null };
    const places = this.places(id);
    const zone = places[0] ?? null;
    let common: Region['common'] = null;
    const seen = new Set<string>();
    let frontier = places;
    while (frontier.length > 0 && !common) {
      const next: string[] = [];
      for (const z of frontier) {
        if (seen.has(z)) continue;
        seen.add(z);
        const d = this.homeAncestors.get(z);
        if (d !== undefined && (!common || d < common.distance || (d === common.distance && z < common.zone)))
          common = { zone: z, distance: d };
        next.push(...(this.index.parents.get(z) ?? []));
      }
      frontier = next;
    }
    return { zone, common };
  }
}
