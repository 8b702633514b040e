// Enqueuing: each document read becomes one job of the ingest queue, keyed by its content so
// that the same article enqueued twice is one job. Documents the ledger holds already are not
// enqueued at all; coding and storing are the workers' part.
import type PgBoss from 'pg-boss';
import type { IngestItem } from '../ingest/index.js';
import type { Document } from '../types.js';
import type { DocumentJobData } from './document-job.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from './ingest-queue.js';
import type { RetrySettings } from './ingest-queue.js';
import { jobIdOf } from './job-id.js';
import { messageOf } from '../error-message.js';

export interface EnqueueRun {
  queued: number;
  /** A job for the same content was in the queue already (waiting, running, done or failed). */
  alreadyQueued: number;
  /** The ledger holds this content already. */
  alreadyStored: number;
  failed: number;
}

export type EnqueueOutcome = 'queued' | 'already queued' | 'already stored';

export interface EnqueueContext {
  boss: PgBoss;
  retry: RetrySettings;
  /** Whether the ledger holds a document with this content hash. */
  isStored: (contentHash: string) => Promise<boolean>;
}

/** Enqueues one document; resolves to what became of it. */
export async function enqueueDocument(context: EnqueueContext, document: Document): Promise<EnqueueOutcome> {
  if (await context.isStored(document.contentHash)) return 'already stored';
  const { retry } = context;
  const data: DocumentJobData = document;
  const id = await context.boss.send(INGEST_QUEUE, data, {
    id: jobIdOf(document.contentHash),
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: retry.retryBackoff,
    expireInSeconds: retry.expireSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  });
  return id === null ? 'already queued' : 'queued';
}

/**
 * Enqueues every document of `items`; an unreadable input, or a document that cannot be
 * enqueued, is passed to `onError` and the others go on. `onItem` is called after each item.
 */
export async function enqueueItems(
  context: EnqueueContext, items: AsyncIterable<IngestItem>, onError: (message: string) => void, onItem: (run: EnqueueRun) => void = () => {},
): Promise<EnqueueRun> {
  const run: EnqueueRun = { queued: 0, alreadyQueued: 0, alreadyStored: 0, failed: 0 };
  for await (const item of items) {
    if (item.kind === 'error') {
      run.failed += 1;
      onError(item.message);
    } else {
      try {
        const outcome = await enqueueDocument(context, item.document);
        if (outcome === 'queued') run.queued += 1;
        else if (outcome === 'already queued') run.alreadyQueued += 1;
        else run.alreadyStored += 1;
      } catch (error) {
        run.failed += 1;
        onError(`${item.document.origin}: not queued: ${messageOf(error)}`);
      }
    }
    onItem(run);
  }
  return run;
}
