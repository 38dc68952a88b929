/**
 * The allocation-free checks of the good path (server/dataset/accept.ts) may be stricter than the
 * zod schema, never looser: whatever they accept, zod accepts with the very same result, keys in
 * the same order. Checked
 * on elements a few random edits away from valid ones (fast-check), and on real data, where the
 * good path must take (nearly) every element.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../server/dataset';
import { acceptEdge, acceptNode, takeSize } from '../../server/dataset/accept';
import { EdgeSchema, edgeId, ID_PREFIX, NODE_ID, NodeSchema } from '../../server/domain/model';
import { generateDataset } from '../../server/generator';
import { harbin } from '../support/fixtures';

const source = { quote: '哈飞汽车', section: '第三章', stated: true };
const NODES: Record<string, unknown>[] = [
  {
    id: 'product:a',
    kind: 'PRODUCT',
    name: '甲',
    nameEn: 'A',
    aliases: ['甲乙'],
    status: 'EXISTING',
    sources: [source],
  },
  {
    id: 'cluster:auto',
    kind: 'CLUSTER',
    name: '汽车',
    nameEn: 'Auto',
    aliases: [],
    status: 'PLANNED',
    tier: 'ESTABLISHED',
    indicators: [
      {
        key: 'gdp-2005',
        name: '产值',
        nameEn: 'Output',
        year: 2005,
        value: 1.5,
        valueMax: 2,
        unit: '亿元',
        kind: 'ACTUAL',
        measure: 'GROWTH',
        period: '2001-2005',
        sources: [source],
      },
    ],
    sources: [source],
  },
  { id: 'zone:one', kind: 'ZONE', name: '一区', nameEn: 'One', zoneKind: 'CONCENTRATION_AREA', sources: [source] },
  {
    id: 'institution:hit',
    kind: 'INSTITUTION',
    name: '哈工大',
    nameEn: 'HIT',
    institutionKind: 'UNIVERSITY',
    sources: [source],
  },
];
const EDGE = {
  id: 'product:a-[INPUT_TO]->product:b',
  type: 'INPUT_TO',
  source: 'product:a',
  target: 'product:b',
  status: 'EXISTING',
  sources: [source],
};

/** Values a field might be edited to: near misses of every rule. */
const oddValue = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '',
      ' 甲',
      '甲 ',
      '\u3000甲',
      '甲\u0007',
      '甲\n乙',
      '甲\t乙',
      'a\r',
      '\ufeff',
      'x'.repeat(300),
      `product:${'a'.repeat(195)}`,
      'product:A',
      'zone:a',
      'PLANNED',
      'UNKNOWN',
      'ACTUAL',
      2005,
      1989,
      2004,
      '2005',
      '2005-2001',
      '2001-2005',
      'GROWTH',
      { ack: [{ rule: 'alias-shared', reason: '因为' }] },
      2005.5,
      Number.NaN,
      true,
      false,
      null,
      [],
      {},
      [source],
      [{ ...source, stated: false }],
      [{ quote: 'q', section: 's' }],
      [{ ...source, extra: 1 }],
    ),
  },
  { weight: 1, arbitrary: fc.string() },
);
const PATHS = [
  'indicators.0.measure',
  'indicators.0.valueMax',
  'lint',
  'indicators.0.lint',
  'id',
  'kind',
  'name',
  'nameEn',
  'aliases',
  'aliases.0',
  'status',
  'tier',
  'zoneKind',
  'indicators',
  'indicators.0.key',
  'indicators.0.year',
  'indicators.0.value',
  'indicators.0.period',
  'indicators.0.sources',
  'sources',
  'sources.0',
  'sources.0.quote',
  'sources.0.note',
  'sources.0.stated',
  'extra',
  'type',
  'source',
  'target',
];

type Edit = { path: string; value: unknown; remove: boolean };
const edits = fc.array(fc.record({ path: fc.constantFrom(...PATHS), value: oddValue, remove: fc.boolean() }), {
  maxLength: 3,
});

function apply(base: Record<string, unknown>, list: Edit[]): Record<string, unknown> {
  const o = structuredClone(base);
  for (const { path, value, remove } of list) {
    const keys = path.split('.');
    let at: Record<string, unknown> | undefined = o;
    for (const k of keys.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
    if (!at || typeof at !== 'object') continue;
    const last = keys.at(-1) as string;
    if (remove) delete at[last];
    else at[last] = structuredClone(value);
  }
  return o;
}

describe('the good-path checks against zod', () => {
  it('accept a node only when zod accepts it, with the same result and the id prefix of its kind', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NODES), edits, (base, list) => {
        const raw = apply(base, list);
        const expected = NodeSchema.safeParse(structuredClone(raw));
        const text = JSON.stringify(raw);
        takeSize();
        const accepted = acceptNode(raw);
        // The size the repeated-key short cut relies on is that of the JSON of what was parsed.
        const size = takeSize();
        if (accepted !== null && size >= 0) expect(size).toBe(text.length);
        if (accepted === null) return;
        expect(expected.success).toBe(true);
        // The same, keys in the same order too (the Neo4j store keeps sources as JSON text).
        expect(JSON.stringify(accepted)).toBe(JSON.stringify(expected.data));
        expect(accepted.id.startsWith(`${ID_PREFIX[accepted.kind]}:`)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(acceptNode({ ...structuredClone(NODES[0]), id: 'zone:a' })).toBeNull();
  });

  it('accept an edge only when zod accepts it, with the same result', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const raw = apply(EDGE, list);
        const expected = EdgeSchema.safeParse(structuredClone(raw));
        const text = JSON.stringify(raw);
        takeSize();
        const accepted = acceptEdge(raw);
        const size = takeSize();
        // The ends are taken on trust, to be looked up among the nodes: only node ids pass that.
        const isNodeId = (v: unknown) => typeof v === 'string' && NODE_ID.test(v) && v.length <= 200;
        if (accepted === null || !isNodeId(raw.source) || !isNodeId(raw.target)) return;
        if (size >= 0 && text.includes('"id"')) expect(size).toBe(text.length);
        expect(expected.success).toBe(true);
        const data = expected.data as NonNullable<typeof expected.data>;
        expect(JSON.stringify(accepted)).toBe(JSON.stringify({ ...data, id: data.id ?? edgeId(data) }));
      }),
      { numRuns: 3000 },
    );
  });

  it('take every element of real and generated data on the good path', async () => {
    for (const d of [canonicalDataset(await harbin()), canonicalDataset(generateDataset('S', 1))]) {
      const copy = structuredClone(d);
      expect(copy.nodes.filter((n) => acceptNode(n) === null).map((n) => n.id)).toEqual([]);
      expect(copy.edges.filter((e) => acceptEdge(e) === null).map((e) => e.id)).toEqual([]);
      // Each element line's length is known without a scan (numbers aside: indicators).
      for (const element of [...d.nodes, ...d.edges]) {
        const line = JSON.stringify(element);
        takeSize();
        acceptNode(structuredClone(element)) ?? acceptEdge(structuredClone(element));
        const size = takeSize();
        if (!line.includes('"indicators":[{')) expect(size).toBe(line.length);
      }
    }
  });
});
