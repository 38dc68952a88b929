/**
 * The edges' file positions in id order, and the refusal of a repeated id.
 *
 * When every id is `source-[TYPE]->target`, the order is worked out on numbers: grouped by
 * source (groups in the order of `source + "-["`, which differs from the order of the sources
 * only where one source id is a prefix of another), then by the type's name (no name is a prefix
 * of another, so the first differing character decides), then by target number (a target that
 * is a prefix of another ends its id first, as its number comes first). Each group's keys are
 * sorted as numbers. Otherwise the ids themselves are sorted.
 */
import { InvalidInputError } from '../../domain/errors';
import { REL_TYPES } from '../../domain/model';
import { compareStrings } from '../semantics/order';

/** Type index → rank of its name in string order. */
const TYPE_RANK = (() => {
  const names = [...REL_TYPES].sort();
  for (let i = 1; i < names.length; i++)
    if ((names[i] as string).startsWith(names[i - 1] as string)) throw new Error('internal: type names nest');
  return Int32Array.from(REL_TYPES, (t) => names.indexOf(t));
})();

/** `idOf(i)`: the id of the edge at file position i (built only when the ids must be sorted). */
export function edgeOrder(
  ids: readonly string[],
  src: Int32Array,
  tgt: Int32Array,
  bits: Uint8Array,
  customIds: boolean,
  idOf: (i: number) => string,
): Int32Array {
  // Node ids come from a validated dataset and cannot hold `[`; were one to, the numeric order
  // could differ from the ids', so the ids are sorted instead.
  const numeric = !customIds && !ids.some((id) => id.includes('['));
  if (numeric) return byNumbers(ids, src, tgt, bits, idOf);
  return byIdStrings(
    Array.from({ length: src.length }, (_, i) => idOf(i)),
    src,
    ids.length,
  );
}

function groupRanks(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const rank = new Int32Array(n);
  let nested = false;
  for (let u = 0; u < n; u++) {
    rank[u] = u;
    if (u > 0 && (ids[u] as string).startsWith(ids[u - 1] as string)) nested = true;
  }
  if (!nested) return rank;
  const keys = ids.map((id) => `${id}-[`);
  const byKey = Array.from(rank).sort((a, b) => compareStrings(keys[a] as string, keys[b] as string));
  for (let r = 0; r < n; r++) rank[byKey[r] as number] = r;
  return rank;
}

function byNumbers(
  ids: readonly string[],
  src: Int32Array,
  tgt: Int32Array,
  bits: Uint8Array,
  idOf: (i: number) => string,
): Int32Array {
  const n = ids.length;
  const m = src.length;
  const group = groupRanks(ids);
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const g = (group[src[i] as number] as number) + 1;
    starts[g] = (starts[g] as number) + 1;
  }
  for (let g = 0; g < n; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  // Within a group: (type rank, target) * m + file position, exact in a double below 2^53.
  if (REL_TYPES.length * n * m >= 2 ** 53) throw new Error('internal: graph too large for numeric edge keys');
  const keys = new Float64Array(m);
  const fill = starts.slice(0, n);
  for (let i = 0; i < m; i++) {
    const key = (TYPE_RANK[(bits[i] as number) & 15] as number) * n + (tgt[i] as number);
    keys[(fill[group[src[i] as number] as number] as number)++] = key * m + i;
  }
  const order = new Int32Array(m);
  for (let g = 0; g < n; g++) {
    const from = starts[g] as number;
    const to = starts[g + 1] as number;
    if (to - from > 1) keys.subarray(from, to).sort();
    let last = -1;
    for (let k = from; k < to; k++) {
      const i = (keys[k] as number) % m;
      const key = ((keys[k] as number) - i) / m;
      if (key === last) throw new InvalidInputError(`the relationship id ${idOf(i)} is repeated`);
      last = key;
      order[k] = i;
    }
  }
  return order;
}

/**
 * Grouped by source first (a counting sort), each group sorted on its own: the list is then in
 * id order except where one source id is a prefix of another (or ids are not derived), and the
 * final sort, a merge sort that runs in linear time over what is already ordered, fixes that.
 */
function byIdStrings(edgeIds: readonly string[], src: Int32Array, n: number): Int32Array {
  const m = edgeIds.length;
  const starts = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const b = (src[e] as number) + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  for (let b = 0; b < n; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const grouped = new Array<number>(m);
  const fill = starts.slice();
  for (let e = 0; e < m; e++) grouped[(fill[src[e] as number] as number)++] = e;
  const byId = (a: number, b: number) => compareStrings(edgeIds[a] as string, edgeIds[b] as string);
  const out = new Array<number>(m);
  for (let b = 0; b < n; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    const part = grouped.slice(from, to);
    if (part.length > 1) part.sort(byId);
    for (let k = 0; k < part.length; k++) out[from + k] = part[k] as number;
  }
  out.sort(byId);
  for (let i = 1; i < m; i++)
    if (byId(out[i - 1] as number, out[i] as number) === 0)
      throw new InvalidInputError(`the relationship id ${edgeIds[out[i] as number]} is repeated`);
  return Int32Array.from(out);
}
