// A document stopped by the per-document time limit is one error line naming it in `attache
// code`, like any other bad input: the other inputs are still coded and the exit code is 1.
// The clock is made to run fast (30 s a reading) rather than the coder slow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TIME_LIMIT_VARIABLE } from '../../src/coding/time-limit.js';
import { makeTempDir } from '../ingest/helpers.js';
import { runCli } from '../cli/run-cli.js';
import { writeInput } from './fuzz-helpers.js';

const dir = makeTempDir('attache-fuzz-limit-');
const previous = process.env[TIME_LIMIT_VARIABLE];
const slow = writeInput(dir, 'slow.txt', 'Russian President Vladimir Putin congratulated To Lam on his election. '.repeat(100));
const quick = writeInput(dir, 'quick.txt', 'Peruvian President Jose Jeri held phone talks with Chilean President Gabriel Boric.');

function fastClock(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 30_000));
}

afterEach(() => {
  vi.restoreAllMocks();
  if (previous === undefined) delete process.env[TIME_LIMIT_VARIABLE];
  else process.env[TIME_LIMIT_VARIABLE] = previous;
});

describe('the time limit in attache code', () => {
  it('reports the slow document on one line and codes the others', async () => {
    delete process.env[TIME_LIMIT_VARIABLE];
    fastClock();
    // The quick article (one sentence) never reaches a reading of the clock; the slow one
    // (100 sentences, 7,100 characters: 60 s and 0.4 s for its length) is stopped.
    const result = await runCli('code', '--jsonl', '--workers', '0', slow, quick);
    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('attache: error:'));
    expect(errors).toEqual([expect.stringMatching(
      /^attache: error: .*slow\.txt: not coded: slow: coding stopped after 60 s \(the per-document time limit; raise ATTACHE_TIME_LIMIT, in seconds, or set it to 0 for none\)$/,
    )]);
    expect(result.stdout).toMatch(/"doc":"quick"/);
    expect(result.stdout).not.toMatch(/"doc":"slow"/);
  });

  it('has no limit with ATTACHE_TIME_LIMIT=0', async () => {
    process.env[TIME_LIMIT_VARIABLE] = '0';
    fastClock();
    const result = await runCli('code', '--jsonl', '--workers', '0', slow, quick);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/"doc":"slow"/);
  });

  it('refuses a time limit that is not a number of seconds', async () => {
    process.env[TIME_LIMIT_VARIABLE] = 'soon';
    const result = await runCli('code', '--jsonl', '--workers', '0', quick);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^attache: error: ATTACHE_TIME_LIMIT="soon" is not a number of seconds/);
  });
});
