// What a worker does with one job: the document checked, coded and stored in one
// transaction. Storing is idempotent by content hash, so a job run twice (its first worker
// died after storing, before completing the job) stores nothing twice.
import type { Ledger } from '../ledger/ledger.js';
import type { StoreStatus } from '../ledger/store-document.js';
import type { CodingPool } from '../workers/coding-pool.js';
import { documentOfJob } from './document-job.js';

export interface DocumentOutcome {
  status: StoreStatus;
  events: number;
}

/** Codes and stores the document of a job; throws (failing the job) when either fails. */
export async function processDocumentJob(ledger: Ledger, pool: CodingPool, data: unknown): Promise<DocumentOutcome> {
  const document = documentOfJob(data);
  // Coding is the costly part: skip it when a retried job finds its document stored.
  if (await ledger.hasContent(document.contentHash)) return { status: 'unchanged', events: 0 };
  const coded = await pool.code(document);
  const stored = await ledger.store(coded);
  return { status: stored.status, events: stored.events };
}
