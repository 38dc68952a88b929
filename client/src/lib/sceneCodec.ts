/**
 * The scene in a link: its nodes, positions, pins, expands and open groups as compact JSON
 * (ids once, everything else by index, positions as integers), deflated and base64url-encoded
 * into the hash's `v` parameter. A Harbin view of 200 nodes is about 2 KB of link.
 *
 * Past BIG_SCENE nodes only the base, the expands and the open groups are written: such a view
 * is rebuilt from the server and laid out again (a saved view keeps everything, positions too).
 * Decoding never throws; a token that is not ours gives null.
 */
import type { Expansion, Positions, Scene, SceneBase } from './scene';
import { NODE_KINDS, type NodeKind, REL_TYPES, type RelType } from './types';

export const BIG_SCENE = 1500;

type Ref = number | string;
interface Packed {
  v: 1;
  b: 'o' | 'w' | ['c', string];
  n?: string[];
  /** x0, y0, x1, y1 … for n, in order; a node without a position has none (null pair). */
  p?: (number | null)[];
  pin?: Ref[];
  x?: [root: Ref, relTypes: number, kinds: number, added: Ref[], shown: number, total: number, also: Ref[]][];
  o?: string[];
}

const bits = <T extends string>(all: readonly T[], list: readonly T[] | null) =>
  list === null ? 0 : list.reduce((m, v) => m | (1 << (all.indexOf(v) + 1)), 1);
const unbits = <T extends string>(all: readonly T[], m: number): T[] | null =>
  m === 0 ? null : all.filter((_, i) => m & (1 << (i + 1)));

export function packScene(scene: Scene): Packed {
  const b: Packed['b'] =
    scene.base.kind === 'chain' ? ['c', scene.base.productId] : scene.base.kind === 'whole' ? 'w' : 'o';
  const big = scene.nodes.length > BIG_SCENE;
  const index = new Map(big ? [] : scene.nodes.map((id, i) => [id, i]));
  const ref = (id: string): Ref => index.get(id) ?? id;
  const out: Packed = { v: 1, b };
  if (!big) {
    out.n = scene.nodes;
    out.p = scene.nodes.flatMap((id) => scene.positions[id] ?? [null, null]);
    if (scene.pinned.length) out.pin = scene.pinned.map(ref);
  }
  if (scene.expansions.length)
    out.x = scene.expansions.map((e) => [
      ref(e.id),
      bits(REL_TYPES, e.relTypes),
      bits(NODE_KINDS, e.kinds),
      big ? [] : e.added.map(ref),
      e.shown,
      e.total,
      big ? [] : e.also.map(ref),
    ]);
  if (scene.open.length) out.o = scene.open;
  return out;
}

export function unpackScene(raw: unknown): Scene | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Partial<Packed>;
  if (p.v !== 1) return null;
  const base: SceneBase | null =
    p.b === 'o'
      ? { kind: 'overview' }
      : p.b === 'w'
        ? { kind: 'whole' }
        : Array.isArray(p.b) && p.b[0] === 'c' && typeof p.b[1] === 'string'
          ? { kind: 'chain', productId: p.b[1] }
          : null;
  if (!base) return null;
  const nodes = Array.isArray(p.n) ? p.n.filter((x): x is string => typeof x === 'string') : [];
  const id = (r: unknown): string | null =>
    typeof r === 'number' ? (nodes[r] ?? null) : typeof r === 'string' ? r : null;
  const refs = (list: unknown): string[] =>
    (Array.isArray(list) ? list : []).map(id).filter((v): v is string => v !== null);
  const positions: Positions = {};
  const coords = Array.isArray(p.p) ? p.p : [];
  nodes.forEach((n, i) => {
    const x = coords[2 * i];
    const y = coords[2 * i + 1];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
      positions[n] = [x, y];
  });
  const expansions: Expansion[] = [];
  for (const x of Array.isArray(p.x) ? p.x : []) {
    if (!Array.isArray(x)) continue;
    const root = id(x[0]);
    if (!root) continue;
    expansions.push({
      id: root,
      relTypes: unbits(REL_TYPES, Number(x[1]) || 0) as RelType[] | null,
      kinds: unbits(NODE_KINDS, Number(x[2]) || 0) as NodeKind[] | null,
      added: refs(x[3]),
      shown: Number(x[4]) || 0,
      total: Number(x[5]) || 0,
      also: refs(x[6]),
    });
  }
  return {
    base,
    nodes,
    positions,
    pinned: refs(p.pin),
    expansions,
    open: Array.isArray(p.o) ? p.o.filter((x): x is string => typeof x === 'string') : [],
  };
}

/** Whether a decoded scene holds its nodes (small) or must be rebuilt from its base (big). */
export function sceneIsComplete(scene: Scene): boolean {
  return scene.nodes.length > 0;
}

export async function encodeScene(scene: Scene): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(packScene(scene)));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

export async function decodeScene(token: string): Promise<Scene | null> {
  try {
    const bytes = await pipe(fromBase64Url(token), new DecompressionStream('deflate-raw'));
    return unpackScene(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}

async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([input as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(token)) throw new Error('not base64url');
  const s = atob(token.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
