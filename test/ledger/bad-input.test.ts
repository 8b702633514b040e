// Bad input against a ledger: each gets a clear error and changes nothing stored.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../src/ledger/ledger.js';
import { runCli } from '../cli/run-cli.js';
import { freshLedgerFolder, openTestLedger } from '../ledger-under-test.js';
import { reportsFile } from './store-helpers.js';

let data: string;
let scratch: string;

/** Every row of the tables an error must not touch, as one comparable value. */
async function snapshot(): Promise<string> {
  const ledger: Ledger = await openTestLedger(data);
  try {
    const tables = ['documents', 'events', 'clusters', 'actors', 'corrections', 'mentions'];
    const parts = await Promise.all(tables.map(async (t) => JSON.stringify(await ledger.db.query(`select * from ${t} order by 1`))));
    return parts.join('\n');
  } finally {
    await ledger.close();
  }
}

beforeAll(async () => {
  data = await freshLedgerFolder();
  scratch = mkdtempSync(join(tmpdir(), 'attache-bad-'));
  expect((await runCli('ingest', '--data', data, reportsFile)).code).toBe(0);
});

describe('bad input leaves the ledger as it was', () => {
  it('a feed that is not XML, a file over the size limit and an unreachable URL', async () => {
    const before = await snapshot();
    const feed = join(scratch, 'news.rss');
    writeFileSync(feed, 'this is not a feed at all { "json": true }');
    const big = join(scratch, 'big.txt');
    writeFileSync(big, 'Peruvian troops crossed the border. '.repeat(40_000));
    const result = await runCli('ingest', '--data', data, '--max-mb', '1', feed, big, 'http://127.0.0.1:9/unreachable');
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('attache: error:'));
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.includes('news.rss'))).toBeDefined();
    expect(errors.find((e) => e.includes('big.txt'))).toMatch(/larger than|limit/);
    expect(errors.find((e) => e.includes('127.0.0.1:9'))).toBeDefined();
    expect(await snapshot()).toBe(before);
  });

  it('malformed corrections', async () => {
    const before = await snapshot();
    const attempts: [string[], RegExp][] = [
      [['correct', 'category', '1', 'CONGRATULATE'], /expected one of AGREE/],
      [['correct', 'reject', '999999'], /no event 999999/],
      [['correct', 'reject', 'first'], /numeric id/],
      [['correct', 'source', '1', 'Nobody Atall'], /no actor matches "Nobody Atall"/],
      [['correct', 'merge', 'Ingrid Halvorsen', 'Ingrid Halvorsen'], /already actor/],
      [['correct', 'rename', 'Ingrid Halvorsen', '   '], /cannot be empty/],
    ];
    for (const [args, message] of attempts) {
      const result = await runCli(...args, '--data', data);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await snapshot()).toBe(before);
  });
});
