import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toJson, validateDataset } from '../../server/dataset';
import type { Dataset } from '../../server/domain/model';
import { generateDataset } from '../../server/generator';
import { MemoryStore } from '../../server/store/memory';
import { GAP_KINDS } from '../../server/store/types';

const hash = (d: Dataset) => createHash('sha256').update(toJson(d)).digest('hex');

/** Nodes on the longest INPUT_TO chain, or Infinity when the relation has a cycle. */
function inputDepth(d: Dataset): number {
  const inputs = new Map<string, string[]>();
  for (const e of d.edges) if (e.type === 'INPUT_TO') inputs.set(e.target, [...(inputs.get(e.target) ?? []), e.source]);
  const depth = new Map<string, number>();
  const onStack = new Set<string>();
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (onStack.has(id)) return Number.POSITIVE_INFINITY;
    onStack.add(id);
    const below = (inputs.get(id) ?? []).map(visit);
    onStack.delete(id);
    const d = 1 + Math.max(0, ...below);
    depth.set(id, d);
    return d;
  };
  return Math.max(...d.nodes.filter((n) => n.kind === 'PRODUCT').map((n) => visit(n.id)));
}

describe('generateDataset', () => {
  const s = generateDataset('S', 1);

  it('is deterministic: the same seed gives the same JSON, another seed another', () => {
    expect(hash(generateDataset('S', 1))).toBe(hash(s));
    expect(hash(generateDataset('S', 2))).not.toBe(hash(s));
  });

  it('produces a valid dataset of about a thousand relationships at size S', () => {
    const result = validateDataset(JSON.parse(toJson(s)));
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(s.edges.length).toBeGreaterThan(500);
    expect(s.edges.length).toBeLessThan(2000);
    for (const kind of ['CLUSTER', 'ZONE', 'ENTERPRISE', 'INSTITUTION', 'PRODUCT']) {
      expect(s.nodes.some((n) => n.kind === kind)).toBe(true);
    }
  });

  it('has an acyclic product DAG 4 to 6 tiers deep', () => {
    const depth = inputDepth(s);
    expect(depth).toBeGreaterThanOrEqual(4);
    expect(depth).toBeLessThanOrEqual(6);
  });

  it('gives enterprises a heavy-tailed number of products', () => {
    const made = new Map<string, number>();
    for (const e of s.edges) if (e.type === 'PRODUCES') made.set(e.source, (made.get(e.source) ?? 0) + 1);
    const counts = [...made.values()].sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    expect(counts.at(-1)).toBeGreaterThanOrEqual(3 * median);
  });

  it('keeps SUPPLIES consistent with the DAG: the supplier makes an input of what the customer makes', () => {
    const makes = new Map<string, Set<string>>();
    const inputs = new Set<string>();
    for (const e of s.edges) {
      if (e.type === 'PRODUCES') makes.set(e.source, (makes.get(e.source) ?? new Set()).add(e.target));
      if (e.type === 'INPUT_TO') inputs.add(`${e.source}>${e.target}`);
    }
    for (const e of s.edges.filter((x) => x.type === 'SUPPLIES')) {
      const ok = [...(makes.get(e.source) ?? [])].some((q) =>
        [...(makes.get(e.target) ?? [])].some((p) => inputs.has(`${q}>${p}`)),
      );
      expect(ok, e.id).toBe(true);
    }
  });

  it('leaves every kind of deliberate gap for gaps() to find', async () => {
    const store = new MemoryStore(s);
    const kinds = new Set((await store.gaps()).map((g) => g.kind));
    expect([...kinds].sort()).toEqual([...GAP_KINDS].sort());
  });

  it('has a home zone, outside regions holding about a third of the enterprises, and every kind of chain gap', async () => {
    const s = generateDataset('S', 1);
    expect(s.meta?.homeZoneId).toBe('zone:city-home');
    const zoneKinds = new Set(s.nodes.flatMap((n) => (n.kind === 'ZONE' ? [n.zoneKind] : [])));
    for (const k of ['PROVINCE', 'CITY', 'COUNTY'] as const) expect(zoneKinds.has(k), k).toBe(true);
    const store = new MemoryStore(s);
    // Outside: no MEMBER_OF, LOCATED_IN a county (nothing local sits in one).
    const counties = new Set(s.nodes.flatMap((n) => (n.kind === 'ZONE' && n.zoneKind === 'COUNTY' ? [n.id] : [])));
    const outside = new Set(
      s.edges.filter((e) => e.type === 'LOCATED_IN' && counties.has(e.target)).map((e) => e.source),
    );
    const enterprises = s.nodes.filter((n) => n.kind === 'ENTERPRISE').length;
    expect(outside.size / enterprises).toBeGreaterThan(0.25);
    expect(outside.size / enterprises).toBeLessThan(0.45);
    const gaps = await store.chainGaps({ targets: 1 });
    expect(new Set(gaps.map((g) => g.kind))).toEqual(
      new Set(['MISSING_LOCALLY', 'ABSENT', 'SINGLE_LOCAL', 'UNFILLED_TARGET']),
    );
    const missing = gaps.filter((g) => g.kind === 'MISSING_LOCALLY');
    expect(missing.every((g) => g.targets.length === 1 && outside.has(g.targets[0]?.node.id ?? ''))).toBe(true);
  });

  it('what-if opens exactly the gaps a dataset with those enterprises moved away has', async () => {
    const s = generateDataset('S', 1);
    const store = new MemoryStore(s);
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
    const before = new Set(ids(await store.chainGaps({ targets: 0 })));
    const enterprises = s.nodes.filter((n) => n.kind === 'ENTERPRISE').map((n) => n.id);
    let opened = 0;
    for (const k of [3, 17, 41]) {
      const leaving = enterprises.filter((_, i) => i % k === 1).slice(0, 8);
      const gone = new Set(leaving);
      // Moved away: no zone, no cluster (so no place here), everything else kept.
      const moved = new MemoryStore({
        ...s,
        edges: s.edges.filter((e) => !(gone.has(e.source) && (e.type === 'LOCATED_IN' || e.type === 'MEMBER_OF'))),
      });
      const after = ids(await moved.chainGaps({ targets: 0 }));
      expect(after.length).toBeLessThan(100);
      const impact = await store.whatIf(leaving, { targets: 0 });
      expect(ids(impact.newGaps)).toEqual(after.filter((id) => !before.has(id)));
      opened += impact.newGaps.length;
    }
    expect(opened).toBeGreaterThan(0);
  });
});
