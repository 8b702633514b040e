// One throughput pass: stream the corpus through a processor (bare wink-nlp, or the whole
// coder), timing only the processor and watching memory. Every pass regenerates the corpus
// from its seed, so all passes read the same text and none holds it in memory.
import type { Document } from '../types.js';
import { generateCorpus, type CorpusOptions } from './corpus.js';
import {
  AccumulatingTimer, collectGarbage, MemorySampler, readMemory, Stopwatch, yieldToEventLoop,
} from './measure.js';
import type { ProgressReporter } from './progress.js';

/** What a processor found in one article. */
export interface ArticleCounts {
  sentences: number;
  /** Tokens read, or null when the processor does not expose them. */
  tokens: number | null;
  /** Events coded, or null for processors that do not code events. */
  events: number | null;
}

export type ArticleProcessor = (document: Document) => ArticleCounts;

/** Memory after a given share of the corpus, to show that it does not grow with the corpus. */
export interface MemoryCheckpoint {
  /** 0.25, 0.5, 0.75, 1. */
  fraction: number;
  corpusSentencesDone: number;
  rss: number;
  heapUsed: number;
  /**
   * Heap still in use after a full garbage collection at this point (null if GC could not be
   * forced): unlike heapUsed, which swings with uncollected garbage, this only grows if the
   * pass keeps something per article — the figure that shows the pass streams.
   */
  liveHeapAfterGc: number | null;
}

export interface PassFigures {
  kind: 'throughput';
  /** Section name ("baseline", "coding"). */
  name: string;
  title: string;
  corpusSentences: number;
  /** Sentences that report a factual event, as the generator wrote them. */
  corpusEventSentences: number;
  articles: number;
  characters: number;
  /** Counted by the processor. */
  sentences: number;
  tokens: number | null;
  events: number | null;
  /** Seconds creating the processor (loading models, dictionaries), not in `seconds`. */
  setupSeconds: number;
  /** Seconds inside the processor only: the figure throughput is computed from. */
  seconds: number;
  /** Seconds for the measured stretch including corpus generation and sampling (not setup, warm-up). */
  wallSeconds: number;
  /** Processor's sentences per processing second. */
  sentencesPerSecond: number;
  tokensPerSecond: number | null;
  warmUpSentences: number;
  rssAtStart: number;
  peakRss: number;
  peakHeapUsed: number;
  memorySamples: number;
  checkpoints: MemoryCheckpoint[];
}

export interface ThroughputPassOptions {
  name: string;
  title: string;
  corpus: Required<CorpusOptions>;
  /** Sentences processed before measuring, from a different seed, to warm up the JIT and caches. */
  warmUpSentences: number;
  /** Builds the processor; its time (loading models, dictionaries) is reported as setup. */
  createProcessor: () => ArticleProcessor | Promise<ArticleProcessor>;
  progress: (label: string, total: number) => ProgressReporter;
  /** Articles per batch; memory is sampled and the event loop let run between batches. */
  batchArticles?: number;
}

const CHECKPOINT_FRACTIONS = [0.25, 0.5, 0.75, 1];

/** Processes `sentences` of a corpus from another seed, so that the JIT and caches are warm before timing. */
export function warmUp(processor: ArticleProcessor, corpus: Required<CorpusOptions>, sentences: number): number {
  let done = 0;
  if (sentences <= 0) return done;
  for (const article of generateCorpus({ sentences, seed: `${corpus.seed}:warm-up` })) {
    processor(article.document);
    done += article.sentences;
  }
  return done;
}

export async function runThroughputPass(options: ThroughputPassOptions): Promise<PassFigures> {
  const { corpus, batchArticles = 16 } = options;
  const setup = new Stopwatch();
  const processor = await options.createProcessor();
  const setupSeconds = setup.elapsedSeconds();
  const warmUpSentences = warmUp(processor, corpus, options.warmUpSentences);

  collectGarbage();
  const rssAtStart = readMemory().rss;
  const sampler = new MemorySampler(50);
  sampler.start();
  const timer = new AccumulatingTimer();
  const progress = options.progress(options.name, corpus.sentences);
  const wall = new Stopwatch();

  const figures = {
    corpusSentences: 0, corpusEventSentences: 0, articles: 0, characters: 0,
    sentences: 0, tokens: null as number | null, events: null as number | null,
  };
  const checkpoints: MemoryCheckpoint[] = [];
  let nextCheckpoint = 0;

  const processBatch = async (batch: Document[]): Promise<void> => {
    const counts = timer.time(() => batch.map((document) => processor(document)));
    for (const c of counts) {
      figures.sentences += c.sentences;
      if (c.tokens !== null) figures.tokens = (figures.tokens ?? 0) + c.tokens;
      if (c.events !== null) figures.events = (figures.events ?? 0) + c.events;
    }
    const reading = sampler.sample();
    while (nextCheckpoint < CHECKPOINT_FRACTIONS.length) {
      const fraction = CHECKPOINT_FRACTIONS[nextCheckpoint] ?? 1;
      if (figures.corpusSentences < fraction * corpus.sentences) break;
      // Collected outside the processing timer: it costs wall time only.
      const liveHeapAfterGc = collectGarbage() ? readMemory().heapUsed : null;
      checkpoints.push({ fraction, corpusSentencesDone: figures.corpusSentences, ...reading, liveHeapAfterGc });
      nextCheckpoint++;
    }
    progress.update(figures.corpusSentences);
    await yieldToEventLoop();
  };

  let batch: Document[] = [];
  for (const article of generateCorpus(corpus)) {
    batch.push(article.document);
    figures.articles++;
    figures.corpusSentences += article.sentences;
    figures.corpusEventSentences += article.eventSentences;
    figures.characters += article.document.text.length;
    if (batch.length >= batchArticles) {
      await processBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await processBatch(batch);
  progress.finish();
  const peaks = sampler.stop();

  const seconds = timer.seconds;
  return {
    kind: 'throughput',
    name: options.name,
    title: options.title,
    ...figures,
    setupSeconds,
    seconds,
    wallSeconds: wall.elapsedSeconds(),
    sentencesPerSecond: seconds > 0 ? figures.sentences / seconds : 0,
    tokensPerSecond: figures.tokens !== null && seconds > 0 ? figures.tokens / seconds : null,
    warmUpSentences,
    rssAtStart,
    peakRss: peaks.peakRss,
    peakHeapUsed: peaks.peakHeapUsed,
    memorySamples: peaks.samples,
    checkpoints,
  };
}
