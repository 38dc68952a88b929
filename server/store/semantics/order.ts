/** Deterministic orders shared by both stores: every tie in the API is broken here. */
import type { Path } from '../types';

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lexicographic order of two id sequences (a prefix sorts first). */
export function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareStrings(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Paths: shortest first, then by the node-id sequence, then by the edge-id sequence. */
export function comparePaths(a: Path, b: Path): number {
  return (
    a.length - b.length ||
    compareIdSequences(
      a.nodes.map((n) => n.id),
      b.nodes.map((n) => n.id),
    ) ||
    compareIdSequences(
      a.edges.map((e) => e.id),
      b.edges.map((e) => e.id),
    )
  );
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}
