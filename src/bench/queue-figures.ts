// The queue section's figures, as the report and the assessment read them. Types and pure
// helpers only, so that the report is built without loading pg, pg-boss or the coder.

/** Worker processes in each run of the section. */
export const QUEUE_WORKER_COUNTS: readonly number[] = [1, 2, 4];

/**
 * What each worker process runs: `attache worker`'s own default for one article at a time
 * (the main thread codes; a coding thread would only add a hand-off, as the process waits
 * for each article's coding before storing it), said explicitly so that a change of default
 * does not silently change the figure. k workers are then k processes, k articles under way.
 */
export const QUEUE_WORKER_ARGS: readonly string[] = ['worker', '--concurrency', '1', '--workers', '0'];
export const QUEUE_WORKER_DESCRIPTION = 'one process, one article at a time, coded in its main thread';

/** Printed, and kept in the figures, when the section has no server to run on. */
export const NO_POSTGRES_REASON = 'no PostgreSQL: set DATABASE_URL, or run `scripts/with-postgres.sh npm run bench -- --only queue`';

export interface QueueRun {
  /** `attache worker` processes draining the queue at once. */
  workers: number;
  /** `attache ingest --queue` of the corpus into the fresh database: CLI start-up and migrations included. */
  enqueueSeconds: number;
  /**
   * From spawning the workers until the queue had no job waiting or under way and every article
   * was in the ledger: their start-up (loading the coder) included, as a worker pays it.
   */
  seconds: number;
  /** Seconds from spawning the workers to the first article in the ledger: mostly start-up (node, the coder's dictionaries). */
  firstStoredSeconds: number | null;
  articlesPerSecond: number;
  eventsPerSecond: number;
  /** What the ledger held at the end of the run. */
  documents: number;
  events: number;
  /** Jobs out of retries (each also a dead letter). */
  failedJobs: number;
}

export interface QueueCorpusFigures {
  seed: string;
  articles: number;
  sentences: number;
  bytes: number;
}

export interface QueueMeasured {
  kind: 'queue';
  status: 'measured';
  name: string;
  title: string;
  corpus: QueueCorpusFigures;
  /** The command line each worker process runs, e.g. "attache worker --concurrency 1 --workers 0"... */
  workerCommand: string;
  /** ...and what that means. */
  workerDescription: string;
  /** The server's version and address (without a password). */
  server: string;
  runs: QueueRun[];
}

export interface QueueNotMeasured {
  kind: 'queue';
  status: 'not measured';
  name: string;
  title: string;
  reason: string;
}

export type QueueFigures = QueueMeasured | QueueNotMeasured;

export function queueNotMeasured(name: string, title: string, reason = NO_POSTGRES_REASON): QueueNotMeasured {
  return { kind: 'queue', status: 'not measured', name, title, reason };
}

/** The run's articles/s over the one-worker run's, or null without a one-worker run to compare with. */
export function queueScaling(runs: readonly QueueRun[], run: QueueRun): number | null {
  const one = runs.find((r) => r.workers === 1);
  return one && one.articlesPerSecond > 0 ? run.articlesPerSecond / one.articlesPerSecond : null;
}
