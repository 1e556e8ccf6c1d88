/** Small helpers for timing: percentiles over sorted samples, a timer, and rounding for tables. */

/** The p-th percentile (nearest rank) of samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Run fn and return how long it took in milliseconds, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

/** Run fn `warmUp + runs` times one after the other; keep the timings of the last `runs`. */
export async function sample(
  runs: number,
  warmUp: number,
  fn: () => Promise<unknown>,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const [ms] = await timed(fn);
    if (i >= warmUp) times.push(ms);
  }
  return times;
}

/** Seconds since `start` (a performance.now() reading), for progress lines. */
export function since(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}
