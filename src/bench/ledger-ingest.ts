// Ingest of JSONL files into the ledger, timed, the way `attache ingest corpus.jsonl` does it:
// readInputs reads the file, the coder codes each article, the ledger stores it in one
// transaction, and an article whose content is stored already is skipped without coding.
// It is the loop of ingestInputs (src/cli/ingest-command.ts) written out rather than called,
// because the benchmark needs what that function does not give back: the coded events (to
// pick the queries' filters), the split of time between coding and storing, and one coder
// for all files, loaded once, so that its loading counts as setup and not as ingest.
import { readInputs } from '../ingest/index.js';
import type { Ledger } from '../ledger/ledger.js';
import type { Coder } from '../pipeline.js';
import type { Document } from '../types.js';
import type { LedgerProfile } from './ledger-profile.js';
import { AccumulatingTimer, MemorySampler, readMemory, Stopwatch, yieldToEventLoop, type MemoryPeaks } from './measure.js';
import type { ProgressReporter } from './progress.js';

export interface IngestFigures {
  /** Articles read from the files (documents and unreadable lines). */
  articles: number;
  added: number;
  /** Skipped: the same content was stored already. */
  unchanged: number;
  /** Unreadable, or not stored; see `errors`. */
  failed: number;
  /** The first few failures and reader warnings, for the report. */
  errors: string[];
  /** Events stored, as the ledger counted them. */
  events: number;
  /** Sentences the coder found in the stored articles. */
  sentences: number;
  /** Wall seconds from the first read to the last store: what a user waits for. */
  seconds: number;
  /** Of those, seconds in the coder, and in the ledger (the stored-content check and the store). */
  codingSeconds: number;
  ledgerSeconds: number;
  articlesPerSecond: number;
  eventsPerSecond: number;
  rssAtStart: number;
  peakRss: number;
  peakHeapUsed: number;
  memorySamples: number;
}

export interface IngestRequest {
  ledger: Ledger;
  coder: Coder;
  files: readonly string[];
  /** Articles in the files, for the progress line. */
  expectedArticles: number;
  /** Receives the events of every article stored. */
  profile: LedgerProfile;
  progress: ProgressReporter;
}

const KEPT_ERRORS = 5;
/** Articles between turns of the event loop, so that the memory sampler's timer fires. */
const YIELD_EVERY = 16;

export async function ingestFiles(request: IngestRequest): Promise<IngestFigures> {
  const { ledger, coder, profile, progress } = request;
  const figures = { articles: 0, added: 0, unchanged: 0, failed: 0, errors: [] as string[], events: 0, sentences: 0 };
  const note = (message: string): void => {
    if (figures.errors.length < KEPT_ERRORS) figures.errors.push(message);
  };
  const fail = (message: string): void => {
    figures.failed++;
    note(message);
  };
  const coding = new AccumulatingTimer();
  const storing = new AccumulatingTimer();
  const rssAtStart = readMemory().rss;
  /** Times the ledger's part of `work`: the stored-content check and the store. */
  const inLedger = async <T>(work: () => Promise<T>): Promise<T> => {
    storing.start();
    try {
      return await work();
    } finally {
      storing.stop();
    }
  };
  const storeArticle = async (document: Document): Promise<void> => {
    if (await inLedger(() => ledger.hasContent(document.contentHash))) {
      figures.unchanged++;
      return;
    }
    const coded = coding.time(() => coder.codeDocument(document));
    const result = await inLedger(() => ledger.store(coded));
    if (result.status === 'unchanged') {
      figures.unchanged++;
      return;
    }
    figures.added++;
    figures.events += result.events;
    figures.sentences += coded.sentenceCount;
    profile.add(coded.events);
  };
  const sampler = new MemorySampler(50);
  sampler.start();
  const wall = new Stopwatch();
  let peaks: MemoryPeaks;
  try {
    for await (const item of readInputs([...request.files], { onWarning: (message) => note(`warning: ${message}`) })) {
      figures.articles++;
      if (item.kind === 'error') {
        fail(item.message);
      } else {
        try {
          await storeArticle(item.document);
        } catch (error) {
          fail(`${item.document.origin}: not stored: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      progress.update(figures.articles);
      // Sampled per article: the ledger's promises may resolve without the timer getting a turn.
      sampler.sample();
      if (figures.articles % YIELD_EVERY === 0) await yieldToEventLoop();
    }
  } finally {
    progress.finish();
    peaks = sampler.stop();
  }
  const seconds = wall.elapsedSeconds();
  return {
    ...figures,
    seconds,
    codingSeconds: coding.seconds,
    ledgerSeconds: storing.seconds,
    articlesPerSecond: seconds > 0 ? figures.added / seconds : 0,
    eventsPerSecond: seconds > 0 ? figures.events / seconds : 0,
    rssAtStart,
    peakRss: peaks.peakRss,
    peakHeapUsed: peaks.peakHeapUsed,
    memorySamples: peaks.samples,
  };
}
