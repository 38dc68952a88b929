/** A bad dataset names every offending element, field and line, and loads nothing. */
import { describe, expect, it } from 'vitest';
import { parseDataset, toGraphml, toJson } from '../../server/dataset';
import { DatasetError, type DatasetIssue } from '../../server/domain/errors';
import { mini } from '../support/fixtures';

function issuesOf(text: string, file = 'bad.yaml'): DatasetIssue[] {
  try {
    parseDataset(text, file);
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).issues;
  }
  throw new Error('expected the dataset to be refused');
}

const src = '[{quote: q, section: s}]';

describe('dataset validation', () => {
  it('names both the dangling edge and the node without a name, with lines', () => {
    const issues = issuesOf(`nodes:
  - id: enterprise:a
    kind: ENTERPRISE
    nameEn: A
    sources: ${src}
  - id: product:b
    kind: PRODUCT
    name: 乙
    nameEn: B
    sources: ${src}
edges:
  - type: PRODUCES
    source: product:b
    target: product:ghost
    sources: ${src}
`);
    expect(issues).toContainEqual(expect.objectContaining({ elementId: 'enterprise:a', field: 'name', line: 2 }));
    expect(issues).toContainEqual(
      expect.objectContaining({ elementId: 'product:b-[PRODUCES]->product:ghost', field: 'target', line: 14 }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'source',
        message: expect.stringContaining('PRODUCES cannot start at a PRODUCT'),
      }),
    );
  });

  it('requires meta.homeZoneId to name a zone of the file, with its line', () => {
    const file = (home: string) => `meta:
  title: t
  homeZoneId: ${home}
nodes:
  - id: zone:home
    kind: ZONE
    name: 本区
    nameEn: Home
    zoneKind: DEVELOPMENT_ZONE
    sources: ${src}
  - id: product:b
    kind: PRODUCT
    name: 乙
    nameEn: B
    sources: ${src}
edges: []
`;
    expect(parseDataset(file('zone:home'), 'ok.yaml').meta?.homeZoneId).toBe('zone:home');
    for (const home of ['zone:ghost', 'product:b']) {
      const issues = issuesOf(file(home));
      expect(issues).toEqual([expect.objectContaining({ at: 'meta', field: 'homeZoneId', line: 3 })]);
    }
  });

  it('refuses duplicate ids, unknown kinds, wrong id prefixes and non-string quotes', () => {
    const issues = issuesOf(`nodes:
  - {id: product:a, kind: PRODUCT, name: 甲, nameEn: A, sources: ${src}}
  - {id: product:a, kind: PRODUCT, name: 甲, nameEn: A, sources: ${src}}
  - {id: product:c, kind: FACTORY, name: 丙, nameEn: C, sources: ${src}}
  - {id: zone:d, kind: PRODUCT, name: 丁, nameEn: D, sources: ${src}}
  - {id: product:e, kind: PRODUCT, name: 戊, nameEn: E, sources: [{quote: 42, section: s}]}
edges: []
`);
    expect(issues.map((i) => [i.elementId, i.field, i.line])).toEqual([
      ['product:a', 'id', 3],
      ['product:c', 'kind', 4],
      ['zone:d', 'id', 5],
      ['product:e', 'sources.0.quote', 6],
    ]);
  });

  it('requires a note on implied links and refuses duplicate triples', () => {
    const issues = issuesOf(`nodes:
  - {id: product:a, kind: PRODUCT, name: 甲, nameEn: A, sources: ${src}}
  - {id: product:b, kind: PRODUCT, name: 乙, nameEn: B, sources: ${src}}
edges:
  - {type: INPUT_TO, source: product:a, target: product:b, sources: ${src}}
  - {type: INPUT_TO, source: product:a, target: product:b, sources: ${src}}
  - {type: INPUT_TO, source: product:b, target: product:a, sources: [{quote: q, section: s, stated: false}]}
`);
    expect(issues.map((i) => [i.field ?? i.message, i.line])).toEqual([
      ['id', 6],
      [expect.stringContaining('second INPUT_TO'), 6],
      ['sources.0.note', 7],
    ]);
  });

  it('reports malformed JSON and YAML with the line', () => {
    expect(issuesOf('{"nodes": [\n  {"id": "x",,}\n], "edges": []}', 'bad.json')[0]).toMatchObject({
      at: 'file',
      line: 2,
    });
    expect(issuesOf('nodes:\n  - id: [unclosed\nedges: []\n')[0]).toMatchObject({
      at: 'file',
      line: expect.any(Number),
    });
    expect(issuesOf('[]', 'bad.json')[0]).toMatchObject({ at: 'file' });
  });

  it('accepts exactly what export writes', async () => {
    const json = toJson(await mini());
    expect(toJson(parseDataset(json, 'mini.json'))).toBe(json);
  });
});

describe('what the rest cannot serve is refused (issue 12)', () => {
  const node = (extra: Record<string, unknown>) =>
    JSON.stringify({
      id: 'product:a',
      kind: 'PRODUCT',
      name: '甲',
      nameEn: 'A',
      sources: [{ quote: 'q', section: 's' }],
      ...extra,
    });
  const doc = (...nodes: string[]) => `{"nodes": [\n${nodes.join(',\n')}\n], "edges": []}`;

  it('refuses a repeated JSON key with the element, field and line, in any layout', () => {
    const pretty = doc(
      node({}),
      '{"id": "product:b", "kind": "PRODUCT", "name": "乙", "name": "丙", "nameEn": "B", "sources": [{"quote": "q", "section": "s"}]}',
    );
    expect(issuesOf(pretty, 'dup.json')).toEqual([
      expect.objectContaining({
        at: 'nodes[1]',
        elementId: 'product:b',
        field: 'name',
        line: 3,
        message: expect.stringContaining('`name` is repeated'),
      }),
    ]);
    // In a source, written with an escape: JSON.parse reads "qu\u006fte" as "quote".
    const lines = toJson({ nodes: [], edges: [] }).replace(
      '"nodes": [],',
      `"nodes": [\n${node({}).replace('"quote":"q"', '"quote":"q","qu\\u006fte":"r"')}\n],`,
    );
    expect(issuesOf(lines, 'dup.json')).toEqual([
      expect.objectContaining({ at: 'nodes[0]', field: 'sources.0.quote', line: 3 }),
    ]);
    expect(issuesOf('{"nodes": [], "edges": [], "nodes": []}', 'dup.json')).toEqual([
      expect.objectContaining({ at: 'file', field: 'nodes', line: 1 }),
    ]);
    // A `":` inside a value is not a key.
    expect(parseDataset(doc(node({ nameEn: 'say "A": B' })), 'ok.json').nodes[0]?.nameEn).toBe('say "A": B');
  });

  it('refuses ids over the API cap of 200 characters and control characters in ids, names and quotes', () => {
    const long = `product:${'a'.repeat(193)}`;
    expect(long.length).toBe(201);
    const issues = issuesOf(
      doc(
        node({ id: long }),
        node({ id: 'product:b', name: '乙\u0007' }),
        node({ id: 'product:c', aliases: ['丙\u001b'] }),
        node({ id: 'product:d', sources: [{ quote: 'q\nq', section: 's' }] }),
        node({ id: 'product:e', nameEn: 'E\tE' }),
      ),
      'control.json',
    );
    expect(issues.map((i) => [i.elementId, i.field, i.line])).toEqual([
      [long, 'id', 2],
      ['product:b', 'name', 3],
      ['product:c', 'aliases.0', 4],
      ['product:d', 'sources.0.quote', 5],
      ['product:e', 'nameEn', 6],
    ]);
    expect(issues[0]?.message).toContain('200');
    expect(issues[1]?.message).toContain('control characters');
    // Tab and newline are allowed in prose (sections, notes); a CR or a bell is not.
    const prose = parseDataset(
      doc(node({ sources: [{ quote: 'q', section: '第一章\n二', stated: false, note: 'a\tb' }] })),
      'ok.json',
    );
    expect(prose.nodes[0]?.sources[0]).toMatchObject({ section: '第一章\n二', note: 'a\tb' });
    expect(issuesOf(doc(node({ sources: [{ quote: 'q', section: 's\r' + 's' }] })), 'cr.json')[0]).toMatchObject({
      field: 'sources.0.section',
    });
  });

  it('so that what validates exports to well-formed GraphML and round-trips through JSON', () => {
    const d = parseDataset(
      doc(node({ sources: [{ quote: 'q', section: 's', stated: false, note: '一\t二\n三' }] })),
      'ok.json',
    );
    // XML 1.0 allows no C0 control but tab, newline and carriage return.
    expect(toGraphml(d)).not.toMatch(/(?![\t\n\r])\p{Cc}/u);
    expect(toGraphml(d)).toContain('\\t');
    expect(parseDataset(toJson(d), 'again.json')).toEqual(d);
  });
});
