// Documents coded in worker threads (piscina), so that coding runs beside whatever the main
// thread does with the results (storing them in the ledger): on two cores, ingest costs the
// larger of the two instead of their sum. With no threads the coder runs in the main thread.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import type { Document } from '../types.js';
import { threadEntry } from './thread-entry.js';

export interface CodingPool {
  /** Codes one document; results come back whatever order they are awaited in. */
  code(document: Document): Promise<CodedDocument>;
  /** Threads coding (0: the main thread codes). */
  readonly threads: number;
  close(): Promise<void>;
}

/** The default for `--workers`: one coding thread per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

export function createCodingPool(threads: number): CodingPool {
  if (!(threads > 0)) {
    const coder = createCoder();
    return {
      threads: 0,
      code: async (document) => coder.codeDocument(document),
      close: async () => {},
    };
  }
  const pool = new Piscina({ ...threadEntry('code-worker', import.meta.url), minThreads: threads, maxThreads: threads });
  return {
    threads,
    code: (document) => pool.run(document) as Promise<CodedDocument>,
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
