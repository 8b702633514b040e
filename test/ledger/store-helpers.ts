// Shared by the ledger tests: a fresh in-memory ledger and the project's fixture reports.
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import type { Document } from '../../src/types.js';
import { projectRoot } from '../shared-paths.js';

export const reportsFile = join(projectRoot, 'test', 'fixtures', 'store', 'reports.jsonl');

export async function readDocuments(inputs: string[]): Promise<Document[]> {
  const documents: Document[] = [];
  for await (const item of readInputs(inputs)) {
    if (item.kind !== 'document') throw new Error(item.message);
    documents.push(item.document);
  }
  return documents;
}

export { emptyLedger } from '../ledger-under-test.js';
