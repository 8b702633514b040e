// The ratio section: bare wink-nlp and the coder, each in a thread of its own, taking turns
// on the same blocks of a small corpus; the assessment reads its ratio for the target.
import { describe, expect, it } from 'vitest';
import type { BlockDone } from '../../src/bench/paired-protocol.js';
import { stretchRatios } from '../../src/bench/ratio-section.js';
import { formatTextReport } from '../../src/bench/report.js';
import { RATIO_SECTION, type BenchContext } from '../../src/bench/sections.js';
import { assess } from '../../src/bench/targets.js';
import { reportOf } from './report-of.js';

const block = (sentences: number, seconds: number): BlockDone => ({ type: 'block', articles: 1, sentences, seconds, exhausted: false });

describe('the ratio section', () => {
  it('runs both processors over the same blocks and reports the ratio the target reads', async () => {
    const context: BenchContext = {
      corpus: { sentences: 3_000, seed: 'attache-bench-ratio' },
      warmUpSentences: 200,
      threadWarmUpSentences: 200,
      ledger: { articles: 1, minEvents: 0, queryRuns: 1, workers: 0, loadSeconds: 0, loadConnections: 1 },
      progress: () => ({ update: () => undefined, finish: () => undefined }),
      log: () => undefined,
    };
    const figures = await RATIO_SECTION.run(context);
    expect(figures.kind).toBe('ratio');
    if (figures.kind !== 'ratio') return;
    // Both read the whole corpus, block for block.
    expect(figures.coder.sentences).toBe(3_000);
    expect(Math.abs(figures.baseline.sentences - 3_000)).toBeLessThan(60);
    expect(figures.blocks).toBe(Math.ceil(figures.articles / 16));
    expect(figures.ratio).toBeCloseTo(figures.coder.sentencesPerSecond / figures.baseline.sentencesPerSecond, 9);
    // The coder does all that bare wink-nlp does and more.
    expect(figures.ratio!).toBeLessThan(1);
    expect(figures.stretchRatios.length).toBeGreaterThan(0);

    const assessment = assess([figures]);
    expect(assessment.throughputRatio).toBe(figures.ratio);
    expect(assessment.separatePassRatio).toBeNull();
    const target = assessment.targets.find((t) => t.name === 'throughput ratio');
    expect(target?.verdict).toBe(figures.ratio! >= 0.35 ? 'PASS' : 'MISS');
    expect(target?.note).toBe('taking turns on each block');
    const report = reportOf([figures], assessment);
    expect(formatTextReport(report)).toMatch(/ratio\s+\d\.\d\d \(each tenth of the run: \d\.\d\d–\d\.\d\d over \d+ stretches\)/);
  }, 120_000);

  it('gives each stretch of blocks its own ratio from its sums, not an average of block ratios', () => {
    const blocks = [
      { baseline: block(100, 1), coder: block(100, 2) },
      { baseline: block(300, 1), coder: block(300, 4) },
      { baseline: block(100, 1), coder: block(100, 1) },
    ];
    // Two stretches: blocks 1–2 (baseline 400/2 s, coder 400/6 s → 1/3) and block 3 (1).
    const ratios = stretchRatios(blocks, 2);
    expect(ratios).toHaveLength(2);
    expect(ratios[0]).toBeCloseTo(1 / 3, 9);
    expect(ratios[1]).toBeCloseTo(1, 9);
  });
});
