/** Percentiles and timing loops. Nearest-rank percentiles: with n = 200, p99 is the 198th value. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Runs `fn` over the arguments in turn until all are done or the time budget is spent (a slow
 * store still finishes the bench), after a few untimed warm-up calls. Returns milliseconds.
 */
export async function timeEach<A>(
  args: readonly A[],
  fn: (a: A) => Promise<unknown>,
  budgetMs: number,
  warmup = 5,
): Promise<number[]> {
  for (const a of args.slice(0, warmup)) await fn(a);
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (const a of args) {
    const t = performance.now();
    await fn(a);
    times.push(performance.now() - t);
    if (performance.now() > deadline) break;
  }
  return times.sort((x, y) => x - y);
}
