import { describe, expect, it } from 'vitest';
import { scanJsonLines } from '../../server/dataset/json-lines';

describe('scanJsonLines', () => {
  it('finds the line of each element and key, across escapes and nested values', () => {
    const text = [
      '{"meta": {"nodes": "not this"},',
      ' "nodes": [',
      '  {"id": "a", "name": "x\\"}{[", "sources": [{"quote": "q"}]},',
      '  {',
      '   "id": "b",',
      '   "name": "y"',
      '  }',
      ' ],',
      ' "edges": [{"type": "T"}]',
      '}',
    ].join('\n');
    const lines = scanJsonLines(text);
    expect(lines.nodes.map((n) => n.start)).toEqual([3, 4]);
    expect(lines.nodes[1]?.keys.get('name')).toBe(6);
    expect(lines.nodes[0]?.keys.get('sources')).toBe(3);
    expect(lines.edges.map((e) => e.start)).toEqual([9]);
  });
});
