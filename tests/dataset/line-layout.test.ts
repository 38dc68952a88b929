/**
 * The canonical JSON text, one element per line, read a line at a time: the same dataset as the
 * general reader gives, from text and from a file read in small chunks; any other layout read the
 * general way; problems named with the element's line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalDataset, canonicalNode, loadDatasetFile, parseDataset, toJson } from '../../server/dataset';
import { readLineLayoutFile, readLineLayoutText } from '../../server/dataset/line-layout';
import { collectDataset } from '../../server/dataset/sink';
import { validateDataset } from '../../server/dataset/validate';
import { DatasetError, type DatasetIssue } from '../../server/domain/errors';
import { generateDataset } from '../../server/generator';
import { harbin, mini } from '../support/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'cluster-graph-lines-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const issuesOf = (text: string): DatasetIssue[] => {
  try {
    parseDataset(text, 'bad.json');
  } catch (err) {
    expect(err).toBeInstanceOf(DatasetError);
    return (err as DatasetError).issues;
  }
  throw new Error('expected the dataset to be refused');
};

describe('the canonical line layout', () => {
  it('writes one element per line: a JSON document that reads back as the canonical dataset', async () => {
    const d = await mini();
    const json = toJson(d);
    const lines = json.split('\n');
    expect(lines.slice(0, 3)).toEqual(['{', `"meta": ${JSON.stringify(d.meta)},`, '"nodes": [']);
    expect(JSON.parse((lines[3] as string).replace(/,$/, ''))).toEqual(canonicalNode(d.nodes[0] as never));
    expect(lines.filter((l) => l.startsWith('{"id"'))).toHaveLength(d.nodes.length + d.edges.length);
    expect(lines.slice(-4)).toEqual([expect.stringMatching(/^\{"id".*\}$/), ']', '}', '']);
    expect(JSON.parse(json)).toEqual(canonicalDataset(d));
    expect(toJson({ nodes: [], edges: [] })).toBe('{\n"nodes": [],\n"edges": []\n}\n');
    expect(parseDataset(toJson({ nodes: [], edges: [] }), 'empty.json')).toEqual({ nodes: [], edges: [] });
  });

  it('reads the same dataset as the general reader, from text and from a file in small chunks', async () => {
    for (const d of [await mini(), await harbin(), generateDataset('S', 2)]) {
      const json = toJson(d);
      const general = validateDataset(JSON.parse(json));
      if (!general.ok) throw new Error('fixture invalid');
      const fromText = readLineLayoutText(json, collectDataset());
      expect(fromText).toEqual(general.dataset);
      // A chunk smaller than most lines: lines are put together across many reads.
      expect(await readLineLayoutFile(write('small-chunks.json', json), collectDataset(), 97)).toEqual(general.dataset);
      const windows = `\ufeff${json.replace(/\n/g, '\r\n')}`;
      expect(await readLineLayoutFile(write('crlf.json', windows), collectDataset(), 4096)).toEqual(general.dataset);
      expect(await loadDatasetFile(write('whole.json', json))).toEqual(general.dataset);
    }
  });

  it('reads any other layout the general way, to the same dataset', async () => {
    const d = canonicalDataset(await mini());
    const json = toJson(d);
    const others = [
      `${JSON.stringify(d, null, 2)}\n`,
      JSON.stringify(d),
      json.replace('"nodes": [\n', '"nodes": [  \n'),
      json.replace(/^"meta".*\n/m, ''),
      JSON.stringify({ edges: d.edges, nodes: d.nodes }),
    ];
    for (const text of others) {
      if (text.includes('"meta"')) expect(readLineLayoutText(text, collectDataset())).toBeNull();
      expect(parseDataset(text, 'other.json')).toMatchObject({ nodes: d.nodes, edges: d.edges });
    }
  });

  it('names each problem with its element line, as the general reader words it', async () => {
    const d = canonicalDataset(await mini());
    const lines = toJson(d).split('\n');
    // Line 5 is the second node; the first edge comes after the nodes and `],` / `"edges": [`.
    lines[4] = (lines[4] as string).replace(/"name":"[^"]*",/, '');
    const firstEdge = lines.indexOf('"edges": [') + 1;
    lines[firstEdge] = (lines[firstEdge] as string).replace(/"target":"[^"]*"/, '"target":"product:ghost"');
    const issues = issuesOf(lines.join('\n'));
    // (The node refused, its relationships dangle too: those follow.)
    expect(issues.slice(0, 2).map((i) => [i.at, i.field, i.line, i.message])).toEqual([
      ['nodes[1]', 'name', 5, 'required field is missing'],
      ['edges[0]', 'target', firstEdge + 1, 'dangling edge: no node with id `product:ghost`'],
    ]);
    // A key written twice, with the same value: JSON.parse would keep one without a word.
    const twice = toJson(d).split('\n');
    const edge = twice.indexOf('"edges": [') + 2;
    twice[edge] = (twice[edge] as string).replace('"status":"EXISTING"', '"status":"EXISTING","status":"EXISTING"');
    expect(issuesOf(twice.join('\n'))).toEqual([
      expect.objectContaining({ at: 'edges[1]', field: 'status', line: edge + 1 }),
    ]);
    // A line that is not JSON: the general reader's message, with the line.
    lines.splice(6, 1, '{"id": "x",,}');
    expect(issuesOf(lines.join('\n'))[0]).toMatchObject({
      at: 'file',
      line: 7,
      message: expect.stringContaining('malformed JSON'),
    });
  });
});
