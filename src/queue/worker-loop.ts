// A worker's lanes: each takes one job at a time from the ingest queue, hands it to `handle`,
// and completes the job with the outcome or fails it with the error (pg-boss then retries it
// with back-off, and after the last retry moves it to the dead-letter queue with its error).
//
// pg-boss's own `work()` completes and fails jobs without awaiting the call, so a connection
// lost at that moment becomes an unhandled rejection that ends the process; these lanes await
// every call and keep going through a PostgreSQL restart. A job whose completion cannot be
// recorded stays active until it expires, and is then run again: harmless, storing being
// idempotent.
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './ingest-queue.js';
import { messageOf } from '../error-message.js';

export interface LaneOptions {
  /** Jobs under way at once (one per lane). */
  concurrency: number;
  /** Seconds a lane waits before asking again when the queue is empty (or unreachable). */
  pollSeconds: number;
}

export interface WorkerEvents<Outcome> {
  onDone?: (job: PgBoss.Job<unknown>, outcome: Outcome) => void;
  onFailed?: (job: PgBoss.Job<unknown>, error: unknown) => void;
  /** A completion or failure that could not be recorded (the job will expire and run again). */
  onUnrecorded?: (job: PgBoss.Job<unknown>, error: unknown) => void;
}

export interface WorkerRun {
  done: number;
  failed: number;
}

/** Attempts at recording a job's end, a second apart: long enough to ride out a quick restart. */
const RECORD_ATTEMPTS = 10;
const RECORD_PAUSE_MS = 1000;

/** Jobs being worked on, so that a worker told to stop at once can release them. */
export class JobsUnderWay {
  private readonly ids = new Set<string>();
  add(id: string): void { this.ids.add(id); }
  delete(id: string): void { this.ids.delete(id); }
  list(): string[] { return [...this.ids]; }
}

function errorData(error: unknown): { message: string } {
  return { message: messageOf(error) };
}

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => {});
}

/** Runs `record` until it succeeds, a few times at most; rethrows the last error. */
async function recorded(record: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await record();
      return;
    } catch (error) {
      if (attempt >= RECORD_ATTEMPTS) throw error;
      await sleep(RECORD_PAUSE_MS);
    }
  }
}

/**
 * Works the ingest queue until `stop` is aborted: then each lane finishes the job it holds,
 * records its end, and returns. Resolves when every lane has returned.
 */
export async function workIngestQueue<Outcome extends object>(
  boss: PgBoss, handle: (data: unknown) => Promise<Outcome>, options: LaneOptions, stop: AbortSignal,
  events: WorkerEvents<Outcome> = {}, underWay: JobsUnderWay = new JobsUnderWay(),
): Promise<WorkerRun> {
  const run: WorkerRun = { done: 0, failed: 0 };
  const lane = async (): Promise<void> => {
    while (!stop.aborted) {
      // pg-boss's fetch answers [] when the database cannot be reached: wait and ask again.
      const [job] = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1 }).catch(() => []);
      if (!job) {
        await pause(options.pollSeconds * 1000, stop);
        continue;
      }
      underWay.add(job.id);
      try {
        let outcome: Outcome;
        try {
          outcome = await handle(job.data);
        } catch (error) {
          run.failed += 1;
          events.onFailed?.(job, error);
          await recorded(() => boss.fail(INGEST_QUEUE, job.id, errorData(error))).catch((e: unknown) => events.onUnrecorded?.(job, e));
          continue;
        }
        run.done += 1;
        events.onDone?.(job, outcome);
        await recorded(() => boss.complete(INGEST_QUEUE, job.id, outcome)).catch((e: unknown) => events.onUnrecorded?.(job, e));
      } finally {
        underWay.delete(job.id);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  return run;
}

/** Fails the jobs under way so that another worker takes them now rather than after they expire. */
export async function releaseJobs(boss: PgBoss, ids: readonly string[], reason: string): Promise<void> {
  await Promise.all(ids.map((id) => boss.fail(INGEST_QUEUE, id, { message: reason })));
}
