/** The upload review as data (client/src/lib/upload.ts): counts, why a set is blocked, table rows. */
import { describe, expect, it } from 'vitest';
import {
  blockedBy,
  type ImportPreview,
  reviewRows,
  rowLabel,
  toBase64,
  uploadCounts,
} from '../../client/src/lib/upload';

const node = (id: string, line: number | null, fields: ImportPreview['addedNodes'][number]['fields'] = []) => ({
  id,
  kind: 'ENTERPRISE' as const,
  name: `名${id}`,
  file: 'list.csv',
  line,
  fields,
});

function preview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    kind: 'REGISTRY',
    mode: 'MERGE',
    files: ['list.csv'],
    addedNodes: [node('b', 5), node('a', 3)],
    changedNodes: [node('c', 4, [{ field: 'aliases', before: null, after: '东安动力' }])],
    removedNodes: [],
    addedEdges: [
      {
        id: 'a-[PRODUCES]->p',
        type: 'PRODUCES',
        sourceName: '名a',
        targetName: '绿色食品',
        status: 'EXISTING',
        file: 'list.csv',
        line: 3,
        fields: [],
      },
    ],
    changedEdges: [],
    removedEdges: [],
    errors: [],
    notices: [],
    skippedBadRows: false,
    changes: '[]',
    changeCount: 4,
    maxChanges: 500,
    applicable: true,
    source: { document: 'list.csv', date: '2026-12-02', note: 'alice 上传 / uploaded by alice' },
    ...over,
  };
}

const error = { file: 'list.csv', line: 6, field: '统一社会信用代码', elementId: null, message: '应为18位' };

describe('the upload review', () => {
  it('counts nodes and relationships together', () => {
    expect(uploadCounts(preview({ errors: [error] }))).toEqual({ added: 3, changed: 1, removed: 0, errors: 1 });
  });

  it('blocks a set with errors until bad rows are skipped, an empty one, and one past the cap', () => {
    expect(blockedBy(preview())).toBeNull();
    expect(blockedBy(preview({ errors: [error], applicable: false }))).toEqual({
      key: 'upload.blockedErrors',
      vars: { n: 1 },
    });
    expect(blockedBy(preview({ errors: [error], skippedBadRows: true }))).toBeNull();
    expect(blockedBy(preview({ changeCount: 0, applicable: false }))?.key).toBe('upload.nothing');
    expect(blockedBy(preview({ changeCount: 501, applicable: false }))).toEqual({
      key: 'upload.tooMany',
      vars: { n: 501, max: 500 },
    });
  });

  it('lists rows in file order, nodes before relationships, changes field by field', () => {
    const rows = reviewRows(preview(), 'zh');
    expect(rows.added.map((r) => [r.row, r.name])).toEqual([
      ['3', '名a'],
      ['5', '名b'],
      ['3', '名a → 绿色食品'],
    ]);
    expect(rows.added[2]?.what).toBe('生产');
    expect(rows.changed[0]?.detail).toBe('别名: — → 东安动力');
    expect(reviewRows(preview(), 'en').changed[0]?.detail).toBe('aliases: — → 东安动力');
  });

  it('names the file beside the row when the upload has several', () => {
    expect(rowLabel({ file: 'nodes.csv', line: 4 }, ['nodes.csv', 'edges.csv'])).toBe('nodes.csv:4');
    expect(rowLabel({ file: 'nodes.csv', line: 4 }, ['nodes.csv'])).toBe('4');
    expect(rowLabel({ file: null, line: null }, ['nodes.csv'])).toBe('—');
  });

  it('encodes bytes as base64, also past one slice', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
