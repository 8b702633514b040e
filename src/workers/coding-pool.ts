// Documents coded in worker threads (piscina), so that coding runs beside whatever the main
// thread does with the results (storing them in the ledger): on two cores, ingest costs the
// larger of the two instead of their sum. With no threads the coder runs in the main thread.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import type { Document } from '../types.js';
import type { CodedInThread } from './code-worker.js';
import { threadEntry } from './thread-entry.js';

export interface CodingPool {
  /** Codes one document; results come back whatever order they are awaited in. */
  code(document: Document): Promise<CodedDocument>;
  /** Threads coding (0: the main thread codes). */
  readonly threads: number;
  /** Documents to keep under way (for `inOrder`) so that no thread waits for work. */
  readonly ahead: number;
  close(): Promise<void>;
}

/**
 * Documents each thread is handed at once: it starts the next the moment it finishes one,
 * instead of waiting for the main thread to take the result and send more. With one at a
 * time a thread waited 11% (1 thread) to 20% (2 threads) of the run: on two cores the main
 * thread is often not scheduled at once when a result arrives.
 */
const TASKS_PER_THREAD = 2;
/**
 * Documents under way per thread, counting those handed over and those waiting in the pool:
 * results are taken in input order, so one long document must not leave the other thread
 * with nothing to do while it is waited for.
 */
const AHEAD_PER_THREAD = 4;

/**
 * Each coding thread's young generation, in MB (V8's default here is 48: 16 MB semi-spaces).
 * The coder allocates fast, and a document's tokens are alive while it is coded, so every
 * scavenge copies the document under way: with a young generation three times larger there
 * are three times fewer. Measured with pools taking turns on the same blocks of the
 * benchmark corpus: 2 threads coded 12-13% more sentences a second than with V8's default
 * while V8 tenured the tokens (tagger), 0-7% since it no longer does; 86 MB more peak memory
 * in all (729 MB against 643 MB).
 */
export const CODING_THREAD_YOUNG_GENERATION_MB = 144;

/** The default for `--workers`: one coding thread per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

export function createCodingPool(threads: number): CodingPool {
  if (!(threads > 0)) {
    const coder = createCoder();
    return {
      threads: 0,
      ahead: 1,
      code: async (document) => coder.codeDocument(document),
      close: async () => {},
    };
  }
  const pool = new Piscina({
    ...threadEntry('code-worker', import.meta.url), minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: TASKS_PER_THREAD,
    resourceLimits: { maxYoungGenerationSizeMb: CODING_THREAD_YOUNG_GENERATION_MB },
  });
  return {
    threads,
    ahead: threads * AHEAD_PER_THREAD,
    // The thread sends back what it made, not the document it was given (see code-worker.ts).
    code: async (document) => ({ ...(await pool.run(document) as CodedInThread), document }),
    close: () => pool.destroy(),
  };
}

/**
 * Maps `items` through `work` with at most `ahead` calls under way, yielding the results in
 * the order of the items: output stays in input order however the threads finish.
 */
export async function* inOrder<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, ahead: number): AsyncGenerator<{ item: T; result: PromiseSettledResult<R> }> {
  const pending: { item: T; result: Promise<PromiseSettledResult<R>> }[] = [];
  const settle = (promise: Promise<R>): Promise<PromiseSettledResult<R>> => promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
  for await (const item of items) {
    pending.push({ item, result: settle(work(item)) });
    if (pending.length >= ahead) {
      const next = pending.shift()!;
      yield { item: next.item, result: await next.result };
    }
  }
  while (pending.length > 0) {
    const next = pending.shift()!;
    yield { item: next.item, result: await next.result };
  }
}
