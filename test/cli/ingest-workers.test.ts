// `attache ingest --workers N` and `attache recode --workers N`: documents coded in threads
// beside the main thread give the ledger that coding in the main thread gives, documents
// stored in input order.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshLedgerFolder, onServer, openTestLedger } from '../ledger-under-test.js';
import { projectRoot } from '../shared-paths.js';
import { runCli } from './run-cli.js';

const inputs = [join(projectRoot, 'test', 'fixtures', 'store', 'reports.jsonl'), join(projectRoot, 'test', 'fixtures', 'ledger')];

/** The ledger's content by value: documents in id order, their events and clusters. */
async function ledgerContent(data: string): Promise<unknown[]> {
  const ledger = await openTestLedger(data);
  try {
    return await ledger.db.query(
      `select d.id, d.doc_key, e.sentence_index, e.event_key, e.plover, e.source->>'name' as source, e.target->>'name' as target,
         c.events as cluster_events, c.articles as cluster_articles
       from documents d left join events e on e.document_id = d.id left join clusters c on c.id = e.cluster_id
       order by d.id, e.sentence_index, e.event_key`);
  } finally {
    await ledger.close();
  }
}

describe.skipIf(onServer())('attache ingest and recode --workers', () => {
  it('stores what the main thread alone stores, in the same order', async () => {
    const single = await freshLedgerFolder();
    const threaded = await freshLedgerFolder();
    const one = await runCli('ingest', '--data', single, '--workers', '0', ...inputs);
    const two = await runCli('ingest', '--data', threaded, '--workers', '2', ...inputs);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr.split('\n').at(-2)).toBe(one.stderr.split('\n').at(-2)!.replace(single, threaded));
    const content = await ledgerContent(single);
    expect(content.length).toBeGreaterThan(20);
    expect(await ledgerContent(threaded)).toEqual(content);
  }, 120_000);

  it('recodes with threads to the ledger a main-thread recode gives', async () => {
    const single = await freshLedgerFolder();
    const threaded = await freshLedgerFolder();
    for (const data of [single, threaded]) expect((await runCli('ingest', '--data', data, '--workers', '0', ...inputs)).code).toBe(0);
    const one = await runCli('recode', '--data', single, '--workers', '0');
    const two = await runCli('recode', '--data', threaded, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr).toMatch(/recoded \d+ articles/);
    expect(await ledgerContent(threaded)).toEqual(await ledgerContent(single));
  }, 180_000);

  it('refuses a thread count that is not a whole number', async () => {
    const data = await freshLedgerFolder();
    const result = await runCli('ingest', '--data', data, '--workers', 'many', ...inputs);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--workers');
  });
});
