// Ingest of JSONL files into the ledger, timed, the way `attache ingest corpus.jsonl` does it:
// readInputs reads the file, the coding pool codes the articles in worker threads a few ahead,
// the ledger stores each in one transaction in input order, and an article whose content is
// stored already is skipped without coding. It is the loop of ingestInputs
// (src/cli/ingest-command.ts) written out rather than called, because the benchmark needs
// what that function does not give back: the coded events (to pick the queries' filters), the
// split of the main thread's time between waiting for coding and storing, and one pool for
// all files, started once, so that loading the threads' models counts as setup.
import { readInputs } from '../ingest/index.js';
import type { Ledger } from '../ledger/ledger.js';
import type { CodedDocument } from '../pipeline.js';
import { codeForLedger } from '../workers/code-for-ledger.js';
import type { CodingPool } from '../workers/coding-pool.js';
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
  /**
   * Of those, seconds the main thread waited for coding (with threads, only what storing did
   * not hide), and seconds in the ledger's store.
   */
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
  pool: CodingPool;
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
  const { ledger, pool, profile, progress } = request;
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
  /** Times the ledger's part of `work`. */
  const inLedger = async <T>(work: () => Promise<T>): Promise<T> => {
    storing.start();
    try {
      return await work();
    } finally {
      storing.stop();
    }
  };
  const storeArticle = async (coded: CodedDocument): Promise<void> => {
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
    const items = readInputs([...request.files], { onWarning: (message) => note(`warning: ${message}`) });
    // The stored-content check is not timed as storing: it runs beside an earlier store.
    const prepared = codeForLedger(items, ledger, pool);
    while (true) {
      // The wait for the next coded article is coding time the store of the last did not hide.
      coding.start();
      const next = await prepared.next();
      coding.stop();
      if (next.done) break;
      const { item, result } = next.value;
      figures.articles++;
      if (item.kind === 'error') {
        fail(item.message);
      } else if (result.status === 'rejected') {
        fail(`${item.document.origin}: not coded: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
      } else if (result.value.kind === 'stored already') {
        figures.unchanged++;
      } else if (result.value.kind === 'coded') {
        try {
          await storeArticle(result.value.coded);
        } catch (error) {
          fail(`${item.document.origin}: not stored: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      progress.update(figures.articles);
      // Sampled per article: the ledger's promises may resolve without the timer getting a turn.
      sampler.sample();
      if (figures.articles % YIELD_EVERY === 0) await yieldToEventLoop();
    }
    // attache ingest tidies the ledger at the end of a run: part of what a user waits for.
    if (figures.added > 0) await inLedger(() => ledger.tidy());
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
