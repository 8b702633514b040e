// The measuring side of the benchmark: timers, the memory sampler, progress output, options,
// targets, the pass driver and the report.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  AccumulatingTimer, collectGarbage, MemorySampler, readMemory, Stopwatch, yieldToEventLoop,
} from '../../src/bench/measure.js';
import { parseBenchOptions } from '../../src/bench/options.js';
import { runThroughputPass, type PassFigures } from '../../src/bench/pass.js';
import { createProgress } from '../../src/bench/progress.js';
import { formatJsonReport, formatTextReport } from '../../src/bench/report.js';
import { countCoded } from '../../src/bench/coder-processor.js';
import { selectSections } from '../../src/bench/sections.js';
import { assess } from '../../src/bench/targets.js';
import { reportOf } from './report-of.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (text) => { written.push(text); return true; } };
}

function passFigures(name: string, sentencesPerSecond: number, sentences = 1000): PassFigures {
  return {
    kind: 'throughput', name, title: name, corpusSentences: 1000, corpusEventSentences: 400, articles: 40,
    characters: 100_000, sentences, tokens: 20_000, events: name === 'coding' ? 300 : null, setupSeconds: 0.1,
    seconds: 1, wallSeconds: 1.2, sentencesPerSecond, tokensPerSecond: 20_000, warmUpSentences: 0,
    rssAtStart: 100e6, peakRss: 120e6, peakHeapUsed: 40e6, memorySamples: 10,
    checkpoints: [0.25, 0.5, 0.75, 1].map((fraction) => ({
      fraction, corpusSentencesDone: fraction * 1000, rss: 110e6, heapUsed: 30e6, liveHeapAfterGc: 20e6,
    })),
  };
}

describe('timers', () => {
  it('Stopwatch measures elapsed wall time', async () => {
    const watch = new Stopwatch();
    await sleep(20);
    expect(watch.elapsedMs()).toBeGreaterThanOrEqual(15);
    expect(watch.elapsedSeconds()).toBeCloseTo(watch.elapsedMs() / 1000, 1);
  });

  it('AccumulatingTimer counts only the timed stretches', async () => {
    const timer = new AccumulatingTimer();
    expect(timer.time(() => 42)).toBe(42);
    await sleep(40); // not timed
    timer.start();
    await sleep(20);
    timer.stop();
    expect(timer.seconds).toBeGreaterThanOrEqual(0.015);
    expect(timer.seconds).toBeLessThan(0.04);
    expect(() => timer.stop()).toThrow();
    timer.start();
    expect(() => timer.start()).toThrow();
  });
});

describe('MemorySampler', () => {
  it('keeps the peaks of explicit samples', () => {
    const readings = [{ rss: 10, heapUsed: 5 }, { rss: 30, heapUsed: 2 }, { rss: 20, heapUsed: 9 }];
    let i = 0;
    const sampler = new MemorySampler(50, () => readings[i++ % readings.length] ?? { rss: 0, heapUsed: 0 });
    sampler.sample();
    sampler.sample();
    sampler.sample();
    expect(sampler.peaks()).toEqual({ peakRss: 30, peakHeapUsed: 9, samples: 3 });
  });

  it('samples on its interval while the event loop runs, and stops', async () => {
    let reads = 0;
    const sampler = new MemorySampler(5, () => { reads++; return readMemory(); });
    sampler.start();
    for (let k = 0; k < 10; k++) {
      await sleep(5);
      await yieldToEventLoop();
    }
    const peaks = sampler.stop();
    expect(peaks.samples).toBeGreaterThan(3);
    expect(peaks.peakRss).toBeGreaterThan(0);
    const after = reads;
    await sleep(20);
    expect(reads).toBe(after);
  });

  it('can force a garbage collection', () => {
    expect(collectGarbage()).toBe(true);
  });
});

describe('progress', () => {
  it('writes one line per tenth when stderr is not a terminal', () => {
    const stream = fakeStream(false);
    const progress = createProgress({ label: 'baseline', total: 1000, stream });
    for (let done = 0; done <= 1000; done += 10) progress.update(done);
    progress.finish();
    expect(stream.written).toHaveLength(10);
    expect(stream.written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
    expect(stream.written.at(-1)).toMatch(/baseline: 100%.*sentences\/s/);
  });

  it('rewrites one line in place on a terminal', () => {
    const stream = fakeStream(true);
    let now = 0;
    const progress = createProgress({ label: 'coding', total: 100, stream, refreshMs: 100, now: () => now });
    for (let done = 1; done <= 100; done++) {
      now += 10;
      progress.update(done);
    }
    progress.finish();
    expect(stream.written.length).toBeGreaterThan(5);
    expect(stream.written.length).toBeLessThan(15);
    expect(stream.written.every((chunk) => chunk.startsWith('\r'))).toBe(true);
    expect(stream.written.at(-1)).toMatch(/100%.*\n$/);
  });
});

describe('options and sections', () => {
  it('parses the command line', () => {
    expect(parseBenchOptions([])).toMatchObject({ sentences: 200_000, json: false, only: null });
    expect(parseBenchOptions(['--sentences', '20,000', '--json', '--only', 'coding'])).toMatchObject({
      sentences: 20_000, json: true, only: ['coding'],
    });
    expect(parseBenchOptions(['--only', 'baseline,coding']).only).toEqual(['baseline', 'coding']);
    expect(parseBenchOptions([])).toMatchObject({ warmUpSentences: 20_000, threadWarmUpSentences: 100_000 });
    expect(parseBenchOptions(['--warm-up', '0', '--thread-warm-up', '5,000'])).toMatchObject({ warmUpSentences: 0, threadWarmUpSentences: 5_000 });
    expect(() => parseBenchOptions(['--sentences', 'many'])).toThrow(/--sentences/);
    expect(parseBenchOptions([]).ledger).toEqual({
      articles: 5_000, minEvents: 100_000, queryRuns: 20, workers: availableParallelism(), loadSeconds: 20, loadConnections: 50,
    });
    expect(parseBenchOptions([
      '--ledger-articles', '30', '--ledger-events', '0', '--query-runs', '3', '--workers', '0', '--load-seconds', '0', '--load-connections', '4',
    ]).ledger).toEqual({
      articles: 30, minEvents: 0, queryRuns: 3, workers: 0, loadSeconds: 0, loadConnections: 4,
    });
    expect(() => parseBenchOptions(['--load-connections', '0'])).toThrow(/--load-connections/);
    expect(() => parseBenchOptions(['--load-seconds', '-1'])).toThrow(/--load-seconds/);
    expect(() => parseBenchOptions(['--ledger-articles', '0'])).toThrow(/--ledger-articles/);
    expect(() => parseBenchOptions(['--bogus'])).toThrow();
  });

  it('selects sections by name and rejects unknown ones', () => {
    expect(selectSections(null).map((s) => s.name)).toEqual(['baseline', 'coding', 'ratio', 'threads', 'queue', 'ledger']);
    expect(selectSections(['ledger']).map((s) => s.name)).toEqual(['ledger']);
    expect(selectSections(['coding']).map((s) => s.name)).toEqual(['coding']);
    expect(() => selectSections(['nope'])).toThrow(/unknown section "nope"/);
  });

  it('counts the sentences the pipeline returns', () => {
    expect(countCoded({ sentenceCount: 7, events: [] })).toEqual({ sentences: 7, tokens: null });
    // The pipeline's sentence spans carry no tokens: no token count is made up from them.
    expect(countCoded({ sentenceCount: 2, sentences: [{ index: 0, start: 0, end: 5 }, { index: 1, start: 6, end: 9 }], events: [] })).toEqual({ sentences: 2, tokens: null });
  });
});

describe('targets and report', () => {
  it('passes, misses, and leaves unmeasured targets n/a', () => {
    const fast = assess([passFigures('baseline', 10_000), passFigures('coding', 6_000)]);
    expect(fast.throughputRatio).toBeCloseTo(0.6);
    // The thread, ledger and load targets are n/a here: their sections did not run.
    expect(fast.targets.map((t) => t.verdict)).toEqual(['PASS', 'PASS', 'n/a', 'n/a', 'n/a', 'n/a']);
    const slow = assess([passFigures('baseline', 20_000), passFigures('coding', 4_000)]);
    expect(slow.targets.map((t) => t.verdict)).toEqual(['MISS', 'MISS', 'n/a', 'n/a', 'n/a', 'n/a']);
    const alone = assess([passFigures('coding', 6_000)]);
    expect(alone.targets.map((t) => t.verdict)).toEqual(['PASS', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a']);
    expect(assess([passFigures('coding', 6_000, 0)]).warnings[0]).toMatch(/counted 0 sentences/);
  });

  it('prints figures, quartile memory and PASS/MISS markers, as text and as JSON', () => {
    const sections = [passFigures('baseline', 10_000), passFigures('coding', 3_000)];
    const report = reportOf(sections);
    const text = formatTextReport(report);
    expect(text).toMatch(/10,000 sentences\/s/);
    expect(text).toMatch(/ratio attaché\/baseline throughput: 0\.30/);
    expect(text).toMatch(/\[MISS\] coder throughput/);
    expect(text).toMatch(/\[PASS\]|\[MISS\]/);
    expect(text).toMatch(/RSS over run +25% .* 50% .* 75% .* 100% /);
    expect(text).toMatch(/peak RSS/);
    expect(JSON.parse(formatJsonReport(report))).toMatchObject({ assessment: { throughputRatio: 0.3 } });
  });
});

describe('runThroughputPass', () => {
  it('streams the corpus through a processor and records time, memory and quartiles', async () => {
    const figures = await runThroughputPass({
      name: 'fake',
      title: 'fake processor',
      corpus: { sentences: 600, seed: 'test' },
      warmUpSentences: 50,
      threadWarmUpSentences: 50,
      createProcessor: () => (document) => {
        return { sentences: document.text.split(/(?<=\.) /).length, tokens: 10, events: 1 };
      },
      progress: () => ({ update: () => undefined, finish: () => undefined }),
      batchArticles: 4,
    });
    expect(figures.corpusSentences).toBe(600);
    expect(figures.articles).toBeGreaterThanOrEqual(15);
    // One event per article: warm-up articles are processed but not counted.
    expect(figures.events).toBe(figures.articles);
    expect(figures.warmUpSentences).toBe(50);
    expect(figures.seconds).toBeGreaterThan(0);
    expect(figures.wallSeconds).toBeGreaterThanOrEqual(figures.seconds);
    expect(figures.sentencesPerSecond).toBeGreaterThan(0);
    expect(figures.peakRss).toBeGreaterThan(0);
    expect(figures.checkpoints.map((c) => c.fraction)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(figures.checkpoints.at(-1)?.corpusSentencesDone).toBe(600);
  });
});
