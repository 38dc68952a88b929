/**
 * A binary snapshot of a built memory graph beside its dataset file (`<file>.snapshot`), so a
 * restart reads arrays instead of reading, validating and building (the search keys' pinyin
 * above all). `npm run cli -- load` writes it; `MemoryStore.fromFile` uses it only when it was
 * made from the very bytes of the dataset file and by the very code that would build the graph
 * now (a SHA-256 of each is in the header), and otherwise builds as if it were not there.
 *
 * The file: `CGSNAP01`, the header's length (u32, little-endian), the header (JSON, with the
 * body's own SHA-256), then the sections it lists, each at an offset that is a multiple of 8:
 * typed arrays as their bytes, the rest as UTF-8 text.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphNode, RelType, Source, Status } from '../../domain/model';
import { REL_TYPES } from '../../domain/model';
import type { StoredNode } from '../types';
import { spare } from './build';
import { type GraphParts, IndexedGraph } from './graph';
import { SearchIndex } from './search-index';
import { MetaTable } from './sources';

const MAGIC = 'CGSNAP01';
type Typed = Int32Array | Uint8Array | Uint16Array | Uint32Array;
const KINDS = { i32: Int32Array, u8: Uint8Array, u16: Uint16Array, u32: Uint32Array } as const;
type Kind = keyof typeof KINDS | 'text';

interface Section {
  name: string;
  kind: Kind;
  offset: number;
  bytes: number;
}

interface Header {
  dataset: string;
  code: string;
  /** SHA-256 of everything after the header: a damaged file is not used. */
  body: string;
  bodyBytes: number;
  nodes: number;
  edges: number;
  sections: Section[];
  homeZoneId?: string | null;
}

export const snapshotFile = (datasetFile: string) => `${datasetFile}.snapshot`;

/** SHA-256 of a file's bytes, read as a stream. */
export async function fileHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** SHA-256 of the code a snapshot's content depends on: the memory store, the search keys, the schema, pinyin-pro. */
async function codeHash(): Promise<string> {
  const server = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const hash = createHash('sha256');
  for (const dir of ['store/memory', 'store/semantics', 'domain', 'dataset']) {
    for (const name of (await readdir(join(server, dir))).filter((f) => f.endsWith('.ts')).sort())
      hash.update(name).update(await readFile(join(server, dir, name)));
  }
  const pinyin = fileURLToPath(new URL('../../../node_modules/pinyin-pro/package.json', import.meta.url));
  hash.update(await readFile(pinyin).catch(() => Buffer.from('pinyin-pro ?')));
  return hash.digest('hex');
}

/** Writes the snapshot of a graph without overlay, built from `datasetFile` whose hash is `dataset`. */
export async function writeSnapshot(g: IndexedGraph, datasetFile: string, dataset: string): Promise<string> {
  if (g.version !== 0 || !g.nodesInIdOrder || !g.edgesInIdOrder || g.removedEdges.size > 0)
    throw new Error('internal: only a freshly built graph is written as a snapshot');
  const n = g.order;
  const m = g.edgeCount;
  const lists: Source[][] = [];
  const listIndex = new Map<Source[], number>();
  const listOf = (sources: Source[]) => {
    let i = listIndex.get(sources);
    if (i === undefined) {
      i = lists.length;
      lists.push(sources);
      listIndex.set(sources, i);
    }
    return i;
  };
  const nodes = g.nodes.map((node) => {
    const { degree: _, ...rest } = node as StoredNode;
    return { ...rest, sources: listOf(rest.sources) };
  });
  const metas = g.metas.map((meta) => [REL_TYPES.indexOf(meta.type), meta.status, listOf(meta.sources)]);
  const search = g.search.parts();
  const parts: [string, Kind, Typed | string][] = [
    ['nodes', 'text', JSON.stringify(nodes)],
    ['lists', 'text', JSON.stringify(lists)],
    ['metas', 'text', JSON.stringify(metas)],
    ['customIds', 'text', JSON.stringify([...g.customIds])],
    ['keys', 'text', search.keys.map((keys) => keys.join('\u0001')).join('\u0002')],
    ['kindBits', 'u8', g.kindBits.subarray(0, n)],
    ['edgeSource', 'i32', g.edgeSource.subarray(0, m)],
    ['edgeTarget', 'i32', g.edgeTarget.subarray(0, m)],
    ['edgeBits', 'u8', g.edgeBits.subarray(0, m)],
    ['edgeMeta', g.edgeMeta instanceof Uint16Array ? 'u16' : 'u32', g.edgeMeta.subarray(0, m)],
    ['rowStart', 'i32', g.rowStart.subarray(0, n)],
    ['rowEnd', 'i32', g.rowEnd.subarray(0, n)],
    ['adjOther', 'i32', g.adjOther.subarray(0, 2 * m)],
    ['adjEdge', 'i32', g.adjEdge.subarray(0, 2 * m)],
    ['byRank', 'i32', search.byRank],
    ['rankKinds', 'u8', search.kindBits],
    ['triOffsets', 'i32', search.tri.offsets],
    ['triRanks', 'i32', search.tri.ranks],
    ['biOffsets', 'i32', search.bi.offsets],
    ['biRanks', 'i32', search.bi.ranks],
  ];
  const sections: Section[] = [];
  const bodies: Buffer[] = [];
  let offset = 0;
  for (const [name, kind, value] of parts) {
    const body =
      typeof value === 'string'
        ? Buffer.from(value, 'utf8')
        : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    sections.push({ name, kind, offset, bytes: body.length });
    const padded = Math.ceil(body.length / 8) * 8;
    bodies.push(body, Buffer.alloc(padded - body.length));
    offset += padded;
  }
  const hash = createHash('sha256');
  for (const body of bodies) hash.update(body);
  const header: Header = {
    dataset,
    code: await codeHash(),
    body: hash.digest('hex'),
    bodyBytes: offset,
    nodes: n,
    edges: m,
    sections,
    homeZoneId: g.homeZoneId,
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const start = Math.ceil((MAGIC.length + 4 + head.length) / 8) * 8;
  const file = snapshotFile(datasetFile);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, [
    Buffer.from(MAGIC),
    length,
    head,
    Buffer.alloc(start - MAGIC.length - 4 - head.length),
    ...bodies,
  ]);
  await rename(temporary, file);
  return file;
}

/** The graph in the snapshot beside `datasetFile`, or null when there is none or it does not match. */
export async function readSnapshot(datasetFile: string, dataset?: string): Promise<IndexedGraph | null> {
  if (endianness() !== 'LE') return null;
  const buffer = await readFile(snapshotFile(datasetFile)).catch(() => null);
  if (!buffer || buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const headLength = buffer.readUInt32LE(MAGIC.length);
  const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headLength)) as Header;
  if (header.code !== (await codeHash()) || header.dataset !== (dataset ?? (await fileHash(datasetFile)))) return null;
  const start = Math.ceil((MAGIC.length + 4 + headLength) / 8) * 8;
  const body = buffer.subarray(start);
  if (body.length !== header.bodyBytes || createHash('sha256').update(body).digest('hex') !== header.body) return null;
  const section = (name: string) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`internal: snapshot has no ${name}`);
    return { ...s, at: start + s.offset };
  };
  const text = (name: string) => {
    const s = section(name);
    return buffer.toString('utf8', s.at, s.at + s.bytes);
  };
  /** A copy of a typed section in an array of `capacity` elements (room for edits). */
  const typed = <K extends keyof typeof KINDS>(
    name: string,
    kind: K,
    capacity?: number,
  ): InstanceType<(typeof KINDS)[K]> => {
    const s = section(name);
    const Type = KINDS[(s.kind === 'text' ? kind : s.kind) as K];
    const length = s.bytes / Type.BYTES_PER_ELEMENT;
    const out = new Type(Math.max(capacity ?? length, length)) as InstanceType<(typeof KINDS)[K]>;
    new Uint8Array(out.buffer).set(buffer.subarray(s.at, s.at + s.bytes));
    return out;
  };
  return restore(header, text, typed);
}

function restore(
  header: Header,
  text: (name: string) => string,
  typed: <K extends keyof typeof KINDS>(name: string, kind: K, capacity?: number) => InstanceType<(typeof KINDS)[K]>,
): IndexedGraph {
  const { nodes: n, edges: m } = header;
  const metaTable = new MetaTable();
  const lists = (JSON.parse(text('lists')) as Source[][]).map((list) => metaTable.sources.intern(list));
  for (const [type, status, list] of JSON.parse(text('metas')) as [number, Status, number][])
    metaTable.metaFor({ type: REL_TYPES[type] as RelType, status, sources: lists[list] as Source[] }, type);
  const nodeCapacity = spare(n, 16);
  const rowStart = typed('rowStart', 'i32', nodeCapacity);
  const rowEnd = typed('rowEnd', 'i32', nodeCapacity);
  const numbers = new Map<string, number>();
  const nodes = (JSON.parse(text('nodes')) as (Omit<GraphNode, 'sources'> & { sources: number })[]).map((node, u) => {
    numbers.set(node.id, u);
    const stored = node as unknown as StoredNode;
    stored.sources = lists[node.sources] as Source[];
    stored.degree = (rowEnd[u] as number) - (rowStart[u] as number);
    return stored;
  });
  const keys = text('keys')
    .split('\u0002')
    .map((list) => (list === '' ? [] : list.split('\u0001')));
  const edgeCapacity = spare(m, 64);
  const parts: GraphParts = {
    nodes,
    numbers,
    kindBits: typed('kindBits', 'u8', nodeCapacity),
    edgeSource: typed('edgeSource', 'i32', edgeCapacity),
    edgeTarget: typed('edgeTarget', 'i32', edgeCapacity),
    edgeBits: typed('edgeBits', 'u8', edgeCapacity),
    edgeMeta: typed('edgeMeta', 'u16', edgeCapacity),
    edgeCount: m,
    metaTable,
    customIds: new Map(JSON.parse(text('customIds')) as [number, string][]),
    rowStart,
    rowEnd,
    adjOther: typed('adjOther', 'i32', spare(2 * m, 256)),
    adjEdge: typed('adjEdge', 'i32', spare(2 * m, 256)),
    search: new SearchIndex(nodes, {
      byRank: typed('byRank', 'i32'),
      kindBits: typed('rankKinds', 'u8'),
      keys: n === 0 ? [] : keys,
      tri: { offsets: typed('triOffsets', 'i32'), ranks: typed('triRanks', 'i32') },
      bi: { offsets: typed('biOffsets', 'i32'), ranks: typed('biRanks', 'i32') },
    }),
    homeZoneId: header.homeZoneId ?? null,
  };
  return new IndexedGraph(parts);
}
