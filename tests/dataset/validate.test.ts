/** A bad dataset names every offending element, field and line, and loads nothing. */
import { describe, expect, it } from 'vitest';
import { parseDataset, toJson } from '../../server/dataset';
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
