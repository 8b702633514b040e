// Command-line options of `npm run bench` (node dist/bench/run.js).
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_SENTENCES } from './corpus.js';
import { defaultWorkerCount } from '../workers/coding-pool.js';
import { LOAD_TEST_CONNECTIONS, LOAD_TEST_SECONDS, MIN_LEDGER_CORPUS_ARTICLES, MIN_LEDGER_EVENTS } from './targets.js';

/**
 * Sentences before the clock starts. V8 keeps optimising the coder for some 20,000 sentences
 * (measured: its compiler threads used 780 ms of CPU over the next 40,000 sentences after a
 * 4,000-sentence warm-up, 190 ms after 20,000): timed earlier, a pass measures the JIT.
 */
export const DEFAULT_WARM_UP_SENTENCES = 20_000;

/**
 * Sentences each coding thread codes before the threads section's clock starts. Twenty thousand
 * settle the coder's speed, not V8's compiler: it still met branches the warm-up had not taken
 * and compiled the coder's large functions again in the background, 350 ms of compiler time
 * over the next 20,000 sentences, 110 ms after 100,000 and 15 ms after 160,000 (measured with
 * --trace-opt on the benchmark corpus). A 1-thread pool compiles on the idle core, a 2-thread
 * pool on a core that codes, so timed that early the scaling figure measured the compiler
 * (1.51-1.60 against 1.62-1.68 warmed on 100,000, in runs alternated on one machine); a long
 * `attache ingest` is past it after its first minute.
 */
export const DEFAULT_THREAD_WARM_UP_SENTENCES = 100_000;

/** What the ledger section ingests and how often it repeats each query. */
export interface LedgerBenchOptions {
  /** Articles in the JSONL corpus whose ingest is timed. */
  articles: number;
  /** More articles are ingested until the ledger holds this many events, before the queries. */
  minEvents: number;
  /** Timed runs of each query (after a few untimed ones). */
  queryRuns: number;
  /** Coding threads beside the storing main thread, as `attache ingest --workers`. */
  workers: number;
  /** Seconds of the HTTP load test after the queries (0: no load test)... */
  loadSeconds: number;
  /** ...and its concurrent connections. */
  loadConnections: number;
}

export const DEFAULT_QUERY_RUNS = 20;

/** What the queue section enqueues for each of its runs. */
export interface QueueBenchOptions {
  /** Articles in the JSONL corpus enqueued, then drained by 1, 2 and 4 workers. */
  articles: number;
}

/**
 * Enough articles that the workers' start-up (a second or two) is a small part of each run, few
 * enough that the three runs take under two minutes on 2 cores.
 */
export const DEFAULT_QUEUE_ARTICLES = 600;

export interface BenchOptions {
  sentences: number;
  seed: string;
  warmUpSentences: number;
  /** Sentences each coding thread codes before the threads section's clock starts. */
  threadWarmUpSentences: number;
  json: boolean;
  ledger: LedgerBenchOptions;
  queue: QueueBenchOptions;
  /** Section names to run, or null for all. */
  only: string[] | null;
  help: boolean;
}

export const USAGE = `Usage: node dist/bench/run.js [options]

Generates a synthetic corpus of international-politics news and measures how fast bare
wink-nlp and the attaché coder read it, and how much memory they take; then ingests generated
articles into a fresh embedded ledger (in a temporary folder) and times queries and a digest,
then serves that ledger over HTTP on 127.0.0.1 and load-tests the API's reads. With
DATABASE_URL (a PostgreSQL server), also times 1, 2 and 4 \`attache worker\` processes draining
the ingest queue, each run in a database of its own created and dropped on that server.

Options:
  --sentences N   sentences in the corpus (default ${DEFAULT_SENTENCES.toLocaleString('en-US')})
  --seed TEXT     corpus seed (default "${DEFAULT_SEED}"); same seed, same text
  --warm-up N     sentences processed before measuring each pass
                  (default ${DEFAULT_WARM_UP_SENTENCES.toLocaleString('en-US')})
  --thread-warm-up N
                  sentences each coding thread codes before the threads section's
                  clock starts (default ${DEFAULT_THREAD_WARM_UP_SENTENCES.toLocaleString('en-US')})
  --only A,B      run only these sections: baseline, coding, ratio, threads, queue, ledger
                  (e.g. --only coding)
  --ledger-articles N
                  articles in the JSONL corpus ingested into the ledger and timed
                  (default ${MIN_LEDGER_CORPUS_ARTICLES.toLocaleString('en-US')})
  --ledger-events N
                  then add articles until the ledger holds N events, before timing the
                  queries (default ${MIN_LEDGER_EVENTS.toLocaleString('en-US')}; 0: query what the corpus gave)
  --workers N     coding threads while the ledger section ingests, as attache ingest --workers
                  (default: one per core, ${defaultWorkerCount()} here; 0: the main thread codes)
  --query-runs N  timed runs of each ledger query and of the digest (default ${DEFAULT_QUERY_RUNS})
  --load-seconds N
                  seconds of the load test of the HTTP API on the ledger, with autocannon
                  against a server on 127.0.0.1 (default ${LOAD_TEST_SECONDS}; 0: no load test)
  --load-connections N
                  concurrent connections of the load test (default ${LOAD_TEST_CONNECTIONS})
  --queue-articles N
                  articles enqueued with attache ingest --queue for each run of the queue
                  section (default ${DEFAULT_QUEUE_ARTICLES.toLocaleString('en-US')})
  --json          print the report as JSON on stdout
  -h, --help      show this help
`;

function positiveInteger(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  // Accept "200000", "200,000" and "200_000", as people type big numbers all three ways.
  const value = Number(raw.replace(/[,_]/g, ''));
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new Error(`--${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${raw}"`);
  }
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sentences: { type: 'string' },
      seed: { type: 'string' },
      'warm-up': { type: 'string' },
      'thread-warm-up': { type: 'string' },
      'ledger-articles': { type: 'string' },
      'ledger-events': { type: 'string' },
      'query-runs': { type: 'string' },
      workers: { type: 'string' },
      'load-seconds': { type: 'string' },
      'load-connections': { type: 'string' },
      'queue-articles': { type: 'string' },
      only: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const only = values.only?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0) ?? null;
  return {
    sentences: positiveInteger('sentences', values.sentences, DEFAULT_SENTENCES),
    seed: values.seed ?? DEFAULT_SEED,
    warmUpSentences: positiveInteger('warm-up', values['warm-up'], DEFAULT_WARM_UP_SENTENCES, true),
    threadWarmUpSentences: positiveInteger('thread-warm-up', values['thread-warm-up'], DEFAULT_THREAD_WARM_UP_SENTENCES, true),
    ledger: {
      articles: positiveInteger('ledger-articles', values['ledger-articles'], MIN_LEDGER_CORPUS_ARTICLES),
      minEvents: positiveInteger('ledger-events', values['ledger-events'], MIN_LEDGER_EVENTS, true),
      queryRuns: positiveInteger('query-runs', values['query-runs'], DEFAULT_QUERY_RUNS),
      workers: positiveInteger('workers', values.workers, defaultWorkerCount(), true),
      loadSeconds: positiveInteger('load-seconds', values['load-seconds'], LOAD_TEST_SECONDS, true),
      loadConnections: positiveInteger('load-connections', values['load-connections'], LOAD_TEST_CONNECTIONS),
    },
    queue: {
      articles: positiveInteger('queue-articles', values['queue-articles'], DEFAULT_QUEUE_ARTICLES),
    },
    json: values.json ?? false,
    only: only && only.length > 0 ? only : null,
    help: values.help ?? false,
  };
}
