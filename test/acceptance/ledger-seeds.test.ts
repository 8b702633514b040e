// The founding articles in the ledger: one congratulation reported by two articles is one cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { queryEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { createCoder } from '../../src/pipeline.js';
import { hasShared, seedsDir } from '../shared-paths.js';

let ledger: Ledger;

beforeAll(async () => {
  if (!hasShared) return;
  ledger = await openTestLedger();
  const coder = createCoder();
  for await (const item of readInputs([seedsDir])) {
    if (item.kind === 'document') await ledger.store(coder.codeDocument(item.document));
  }
});
afterAll(async () => { await ledger?.close(); });

describe.skipIf(!hasShared)('the seed articles in the ledger', () => {
  it("merges Putin's congratulation of To Lam, reported by two articles, into one cluster", async () => {
    const events = await queryEvents(ledger.db, { source: 'Vladimir Putin', target: 'To Lam', category: ['SUPPORT'] });
    const clusters = new Set(events.map((e) => e.clusterId));
    expect(clusters.size).toBe(1);
    const [cluster] = await ledger.db.query<{ articles: number; first_date: string }>(
      'select articles, first_date from clusters where id = $1', [[...clusters][0]]);
    expect(cluster).toEqual({ articles: 2, first_date: '2026-01-24' });
  });
});
