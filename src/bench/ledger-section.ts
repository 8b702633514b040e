// The ledger section of `npm run bench`: write a JSONL corpus of generated articles, ingest it
// into a fresh embedded ledger (timed: the ingest target), add articles until the ledger holds
// enough events to make query times mean something, then time the reads users wait on, and
// load-test the HTTP API's reads on the same ledger (so that no second ledger is built).
// Everything lives in a temporary folder that is removed at the end, also on failure.
// Loaded only when the section runs (see sections.ts), so other sections never load PGlite.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { countEvents } from '../ledger/event-query.js';
import { Ledger } from '../ledger/ledger.js';
import { articleStream, writeJsonlCorpus } from './jsonl-corpus.js';
import type { LedgerFigures } from './ledger-figures.js';
import { ingestFiles, type IngestFigures, type IngestRequest } from './ledger-ingest.js';
import { LedgerProfile } from './ledger-profile.js';
import { loadRequests } from './load-mix.js';
import { loadStep } from './load-test.js';
import { runQuerySuite } from './ledger-queries.js';
import { MemorySampler, Stopwatch } from './measure.js';
import type { BenchContext } from './sections.js';
import { withTempDir } from './temp-dir.js';
import { createCodingPool, type CodingPool } from '../workers/coding-pool.js';
import { generateCorpus } from './corpus.js';

/** Gives every thread of the pool a little work, so that all of them have loaded their model. */
async function warmUp(pool: CodingPool): Promise<void> {
  const documents = [...generateCorpus({ sentences: 50 * Math.max(1, pool.threads), seed: 'ledger warm-up' })].map((a) => a.document);
  await Promise.all(documents.map((document) => pool.code(document)));
}

/** Untimed runs of each query before the timed ones: the first run pays for cold caches. */
export const QUERY_WARM_UP_RUNS = 2;
/** Growth files written at most; one nearly always suffices, as each is sized from the events per article so far. */
const MAX_GROWTH_ROUNDS = 5;
/** Articles added beyond the estimate, so that one growth file nearly always reaches the goal. */
const GROWTH_MARGIN = 1.1;

/** Sums two ingests (growth in several files) as one. */
export function combineIngests(a: IngestFigures, b: IngestFigures): IngestFigures {
  const seconds = a.seconds + b.seconds;
  const added = a.added + b.added;
  const events = a.events + b.events;
  return {
    articles: a.articles + b.articles,
    added,
    unchanged: a.unchanged + b.unchanged,
    failed: a.failed + b.failed,
    errors: [...a.errors, ...b.errors].slice(0, 5),
    events,
    sentences: a.sentences + b.sentences,
    seconds,
    codingSeconds: a.codingSeconds + b.codingSeconds,
    ledgerSeconds: a.ledgerSeconds + b.ledgerSeconds,
    articlesPerSecond: seconds > 0 ? added / seconds : 0,
    eventsPerSecond: seconds > 0 ? events / seconds : 0,
    rssAtStart: a.rssAtStart,
    peakRss: Math.max(a.peakRss, b.peakRss),
    peakHeapUsed: Math.max(a.peakHeapUsed, b.peakHeapUsed),
    memorySamples: a.memorySamples + b.memorySamples,
  };
}

/** Bytes in a folder and its subfolders (walked by hand: Dirent.parentPath is missing before Node 20.12). */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

interface GrowthRequest extends Omit<IngestRequest, 'files' | 'expectedArticles' | 'progress'> {
  context: BenchContext;
  dir: string;
  articles: ReturnType<typeof articleStream>;
  /** Events and articles stored so far. */
  events: number;
  added: number;
}

/** Ingests further articles, in files sized from the events per article so far, until minEvents. */
async function growLedger(request: GrowthRequest): Promise<(IngestFigures & { files: number }) | null> {
  const { context, dir } = request;
  const goal = context.ledger.minEvents;
  let { events, added } = request;
  let growth: (IngestFigures & { files: number }) | null = null;
  for (let round = 1; events < goal && round <= MAX_GROWTH_ROUNDS; round++) {
    if (events === 0) throw new Error(`the ledger holds no events after ${added} articles; it cannot be grown to ${goal.toLocaleString('en-US')}`);
    const count = Math.ceil(((goal - events) / (events / added)) * GROWTH_MARGIN) + 10;
    context.log(`ledger: ${events.toLocaleString('en-US')} events; adding about ${count.toLocaleString('en-US')} articles to reach ${goal.toLocaleString('en-US')}`);
    const file = await writeJsonlCorpus(join(dir, `grow-${round}.jsonl`), request.articles, count);
    const figures = await ingestFiles({
      ledger: request.ledger, pool: request.pool, profile: request.profile, files: [file.path], expectedArticles: file.articles,
      progress: context.progress('ledger grow', file.articles, 'articles'),
    });
    growth = growth === null ? { ...figures, files: 1 } : { ...combineIngests(growth, figures), files: growth.files + 1 };
    events += figures.events;
    added += figures.added;
  }
  return growth;
}

export async function runLedgerSection(context: BenchContext, name: string, title: string): Promise<LedgerFigures> {
  const { seed } = context.corpus;
  const options = context.ledger;
  const wall = new Stopwatch();
  const sampler = new MemorySampler(100);
  sampler.start();
  try {
    return await withTempDir('attache-bench-ledger-', async (dir) => {
      context.log(`ledger: writing ${options.articles.toLocaleString('en-US')} articles as JSONL in ${dir}`);
      const articles = articleStream(seed);
      const corpus = await writeJsonlCorpus(join(dir, 'corpus.jsonl'), articles, options.articles);

      const setup = new Stopwatch();
      // Started here, and each thread given work once, so that loading the threads' models
      // counts as setup, as in the coding section.
      const pool = createCodingPool(options.workers);
      await warmUp(pool);
      const dataDir = join(dir, 'data');
      const ledger = await Ledger.open({ dataDir });
      const setupSeconds = setup.elapsedSeconds();
      const profile = new LedgerProfile();
      let figures: Omit<LedgerFigures, 'dataBytes' | 'peakRss' | 'wallSeconds'>;
      try {
        const ingest = await ingestFiles({
          ledger, pool, profile, files: [corpus.path], expectedArticles: corpus.articles,
          progress: context.progress('ledger ingest', corpus.articles, 'articles'),
        });
        const growth = await growLedger({ context, dir, articles, ledger, pool, profile, events: ingest.events, added: ingest.added });
        const ledgerEvents = await countEvents(ledger.db, {});
        context.log(`ledger: ${ledgerEvents.toLocaleString('en-US')} events stored; timing queries`);
        const choices = profile.choices();
        const { timings, searchWord } = await runQuerySuite(ledger.db, choices, {
          runs: options.queryRuns, warmUpRuns: QUERY_WARM_UP_RUNS, log: context.log,
        });
        const load = await loadStep({
          ledger, requests: loadRequests({ ...choices, searchWord }), seconds: options.loadSeconds, connections: options.loadConnections, log: context.log,
        });
        figures = {
          kind: 'ledger', name, title,
          corpus: { seed, articles: corpus.articles, sentences: corpus.sentences, eventSentences: corpus.eventSentences, bytes: corpus.bytes },
          setupSeconds, workers: pool.threads, ingest, growth, minEvents: options.minEvents, ledgerEvents,
          ledgerArticles: ingest.added + (growth?.added ?? 0),
          choices: { ...choices, searchWord }, queries: timings, load,
        };
      } finally {
        // A PGlite folder must be closed cleanly, also when a step failed, before it is removed.
        await Promise.all([ledger.close(), pool.close()]);
      }
      const dataBytes = await folderBytes(dataDir);
      const peaks = sampler.stop();
      return {
        ...figures,
        dataBytes,
        peakRss: Math.max(peaks.peakRss, figures.ingest.peakRss, figures.growth?.peakRss ?? 0),
        wallSeconds: wall.elapsedSeconds(),
      };
    });
  } finally {
    sampler.stop();
  }
}
