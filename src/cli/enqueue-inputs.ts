// `attache ingest --queue INPUT...`: the inputs read as ingest reads them, each document
// enqueued for the workers (`attache worker`) instead of coded here.
import type { IngestItem } from '../ingest/index.js';
import { Ledger } from '../ledger/ledger.js';
import { redact } from '../ledger/database.js';
import { enqueueItems } from '../queue/enqueue.js';
import type { EnqueueRun } from '../queue/enqueue.js';
import { INGEST_QUEUE, closeIngestQueue, openIngestQueue } from '../queue/ingest-queue.js';
import type { RetrySettings } from '../queue/ingest-queue.js';
import { startProgress } from './progress.js';
import { reportLine } from './queue-options.js';

export interface EnqueueRequest {
  url: string;
  items: AsyncIterable<IngestItem>;
  /** Articles expected (null: unknown, no progress line). */
  total: number | null;
  retry: RetrySettings;
}

export async function enqueueInputs(request: EnqueueRequest): Promise<EnqueueRun> {
  // The ledger is opened (and migrated) too: documents it holds already are not enqueued,
  // and the workers find its schema in place.
  const ledger = await Ledger.open({ url: request.url });
  try {
    const boss = await openIngestQueue(request.url, { maintain: false, onError: (error) => reportLine(`queue: ${error.message}`) });
    try {
      const progress = request.total === null ? null : startProgress('enqueue', request.total, 'articles');
      let done = 0;
      const run = await enqueueItems(
        { boss, retry: request.retry, isStored: (hash) => ledger.hasContent(hash) },
        request.items,
        (message) => reportLine(`error: ${message}`),
        (counts) => { done += 1; progress?.update(done, `${counts.queued} queued`); },
      );
      progress?.stop();
      reportLine(`queued in ${redact(request.url)} (${INGEST_QUEUE}): ${run.queued} queued, ${run.alreadyQueued} already queued, `
        + `${run.alreadyStored} already stored, ${run.failed} failed`);
      return run;
    } finally {
      await closeIngestQueue(boss);
    }
  } finally {
    await ledger.close();
  }
}
