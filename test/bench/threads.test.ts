// The threads section of the benchmark: a tiny run through the coding pool with 1 and 2
// threads, its report lines and its target.
import { describe, expect, it } from 'vitest';
import { formatTextReport } from '../../src/bench/report.js';
import { THREADS_SECTION, type BenchContext } from '../../src/bench/sections.js';
import { assess } from '../../src/bench/targets.js';
import { reportOf } from './report-of.js';

describe('the threads section', () => {
  it('codes the same documents with 1 and 2 threads and reports the scaling', async () => {
    const logs: string[] = [];
    const context: BenchContext = {
      corpus: { sentences: 4_000, seed: 'attache-bench-threads' },
      warmUpSentences: 100,
      threadWarmUpSentences: 100,
      ledger: { articles: 1, minEvents: 0, queryRuns: 1, workers: 0, loadSeconds: 0, loadConnections: 1 },
      progress: () => ({ update: () => undefined, finish: () => undefined }),
      log: (message) => logs.push(message),
    };
    const figures = await THREADS_SECTION.run(context);
    expect(figures.kind).toBe('threads');
    if (figures.kind !== 'threads') return;
    // A quarter of the corpus, counted from the generated articles.
    expect(figures.sentences).toBeGreaterThan(900);
    expect(figures.sentences).toBeLessThan(1_200);
    expect(figures.runs.map((r) => r.threads)).toEqual([1, 2]);
    for (const run of figures.runs) expect(run.sentencesPerSecond).toBeCloseTo(figures.sentences / run.seconds, 6);
    expect(figures.scaling).toBeCloseTo(figures.runs[1]!.sentencesPerSecond / figures.runs[0]!.sentencesPerSecond, 6);
    expect(figures.warmUpSentencesPerThread).toBe(100);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(/each thread warmed up on 100 sentences/);
    expect(logs[1]).toMatch(/blocks of up to 48 articles/);

    const assessment = assess([figures]);
    const scaling = assessment.targets.find((t) => t.name === 'thread scaling');
    expect(scaling?.value).toBe(figures.scaling);
    expect(scaling?.verdict).toBe(figures.scaling! >= 1.7 ? 'PASS' : 'MISS');
    const report = reportOf([figures], assessment);
    const text = formatTextReport(report);
    expect(text).toContain(' 2 threads');
    expect(text).toContain('each thread warmed up on 100');
    expect(text).toMatch(/scaling\s+\d+\.\d\d× with 2 threads/);
  }, 120_000);

  it('leaves the target not measured when the section did not run', () => {
    expect(assess([]).targets.find((t) => t.name === 'thread scaling')?.verdict).toBe('n/a');
  });
});
