// Acceptance: one-sentence PLOVER gold records across all sixteen categories (issue #2).
import { describe, expect, it } from 'vitest';
import { goldInputs, loadGold, scoreEvents } from '../../src/eval/index.js';
import type { SentencesEvalReport } from '../../src/eval/index.js';
import { makeDocument } from '../../src/ingest/index.js';
import { createCoder } from '../../src/pipeline.js';
import { hasShared, ploverDevGold } from '../shared-paths.js';

describe.skipIf(!hasShared)('PLOVER dev sentences against ../shared/gold/plover-gsr-dev.jsonl (skipped without ../shared)', () => {
  it('finds the gold category, codes precisely, and gets the actors', () => {
    const gold = loadGold(ploverDevGold);
    const coder = createCoder();
    const events = goldInputs(gold).flatMap(({ id, text }) => coder.codeDocument(makeDocument({ id, origin: id, text })).events);
    const report = scoreEvents(gold, events) as SentencesEvalReport;
    const figures = {
      recall: report.categoryRecall.value ?? 0, precision: report.categoryPrecision.value ?? 0, full: report.fullMatch.value ?? 0,
    };
    console.log('plover dev eval', figures);
    expect(figures.recall).toBeGreaterThanOrEqual(0.7);
    expect(figures.precision).toBeGreaterThanOrEqual(0.6);
    expect(figures.full).toBeGreaterThanOrEqual(0.5);
  });
});
