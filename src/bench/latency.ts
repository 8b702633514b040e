// Latency of one repeated operation (a ledger query, a digest): run it a few times untimed to
// warm caches and the JIT, then time each run on its own. A single timing says little on a
// shared machine, so the report gives the median (the typical wait) and the 95th percentile
// (the slow tail a user will also meet).

export interface LatencyFigures {
  /** Timed runs (warm-up runs not included). */
  runs: number;
  warmUpRuns: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

export interface TimedResult<T> {
  latency: LatencyFigures;
  /** What the last run returned, so the caller can show the operation did real work. */
  last: T;
}

/**
 * The value at the given quantile (0–1) of ascending `sorted`, by the nearest-rank method:
 * always one of the measured values, never an interpolation between two runs.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(Math.min(1, Math.max(0, q)) * sorted.length);
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}

export function summariseLatency(samplesMs: readonly number[], warmUpRuns: number): LatencyFigures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    warmUpRuns,
    medianMs: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    minMs: sorted[0] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `operation` `warmUpRuns` times untimed, then `runs` times timed one by one. */
export async function timeRepeated<T>(operation: () => Promise<T>, runs: number, warmUpRuns: number): Promise<TimedResult<T>> {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  let last: T | undefined;
  for (let i = 0; i < warmUpRuns; i++) last = await operation();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const startedAt = performance.now();
    last = await operation();
    samples.push(performance.now() - startedAt);
  }
  // runs ≥ 1, so the loop above assigned `last`.
  return { latency: summariseLatency(samples, warmUpRuns), last: last as T };
}
