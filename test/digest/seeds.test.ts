// The founding articles (../shared/seeds) through the ledger into a digest: the round of
// congratulations to To Lam names Russia, and Putin's congratulation, reported by two
// articles, is one item citing both. Skipped when ../shared is absent.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, renderDigest } from '../../src/digest/index.js';
import type { Digest } from '../../src/digest/index.js';
import { readInputs } from '../../src/ingest/index.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { createCoder } from '../../src/pipeline.js';
import { seedsDir } from '../shared-paths.js';
import { sharedRun } from './verbatim.js';

const hasSeeds = existsSync(seedsDir);

describe.skipIf(!hasSeeds)(`digest of the seed articles in ${seedsDir} (skipped without ../shared)`, () => {
  let ledger: Ledger;
  let digest: Digest;
  const texts: string[] = [];

  beforeAll(async () => {
    ledger = await openTestLedger();
    const coder = createCoder();
    for await (const item of readInputs([seedsDir])) {
      if (item.kind !== 'document') continue;
      texts.push(item.document.text);
      await ledger.store(coder.codeDocument(item.document));
    }
    digest = await buildDigest(ledger.db, { filter: { target: 'To Lam', category: ['SUPPORT'], since: '2026-01-20' } });
  });
  afterAll(async () => { await ledger?.close(); });

  it('names Russia among the congratulating countries', () => {
    const names = digest.countries.map((c) => c.name);
    expect(names).toContain('Russia');
    expect(digest.summary).toMatch(/^Leaders of .*\bRussia\b.* congratulated/);
    expect(digest.summary).toContain('To Lam');
  });

  it('makes Putin\'s congratulation one item citing two articles', () => {
    const russia = digest.countries.find((c) => c.code === 'RUS');
    const putin = russia?.actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.items).toHaveLength(1);
    const item = putin!.items[0]!;
    expect(item.sources).toHaveLength(2);
    const docs = item.sources.map((n) => digest.sources.find((s) => s.number === n)?.doc);
    expect(new Set(docs).size).toBe(2);
    const markdown = renderDigest(digest);
    const bullet = markdown.split('\n').find((line) => line.includes('Vladimir Putin'));
    expect(bullet).toMatch(/^- \*\*President Vladimir Putin\*\* congratulated To Lam .*on 2\d January 2026 \[\d+\] \[\d+\]\.$/);
    expect(markdown.match(/Vladimir Putin/g)).toHaveLength(1);
  });

  it('does not repeat the articles\' sentences', () => {
    const output = renderDigest(digest, 'markdown') + renderDigest(digest, 'text');
    for (const text of texts) expect(sharedRun(text, output)).toBeNull();
  });
});
