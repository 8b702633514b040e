// Coding throughput with 1 and 2 worker threads: the same share of the corpus coded through
// the piscina pool that `attache code`, `ingest` and `recode --workers N` use, documents a
// few ahead per thread and results taken in input order, as those commands take them. The
// scaling figure is the 2-thread rate over the 1-thread rate. Loading each thread's model and
// a warm-up per thread are setup, not timed.
import { createCodingPool, inOrder } from '../workers/coding-pool.js';
import type { Document } from '../types.js';
import { generateCorpus } from './corpus.js';
import { Stopwatch } from './measure.js';
import type { BenchContext } from './sections.js';

export interface ThreadRun {
  threads: number;
  seconds: number;
  sentencesPerSecond: number;
}

export interface ThreadFigures {
  kind: 'threads';
  name: string;
  title: string;
  /** Sentences coded in each run (a share of the corpus). */
  sentences: number;
  articles: number;
  runs: ThreadRun[];
  /** The 2-thread rate over the 1-thread rate. */
  scaling: number | null;
}

/** Share of the corpus each run codes: enough for a stable rate, short next to the others. */
const CORPUS_SHARE = 0.25;
const AHEAD_PER_THREAD = 2;
const WARM_UP_ARTICLES_PER_THREAD = 60;

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function timedRun(threads: number, documents: readonly Document[], warmUp: readonly Document[], sentences: number): Promise<ThreadRun> {
  const pool = createCodingPool(threads);
  try {
    // Every thread loads its model and warms up before the clock starts.
    await Promise.all(warmUp.slice(0, WARM_UP_ARTICLES_PER_THREAD * threads).map((document) => pool.code(document)));
    const clock = new Stopwatch();
    for await (const { result } of inOrder(each(documents), (document) => pool.code(document), threads * AHEAD_PER_THREAD)) {
      if (result.status === 'rejected') throw result.reason;
    }
    const seconds = clock.elapsedSeconds();
    return { threads, seconds, sentencesPerSecond: seconds > 0 ? sentences / seconds : 0 };
  } finally {
    await pool.close();
  }
}

export async function runThreadsSection(context: BenchContext, name: string, title: string): Promise<ThreadFigures> {
  const share = Math.max(1_000, Math.round(context.corpus.sentences * CORPUS_SHARE));
  // The articles are held in memory here (a quarter of the corpus), so that both runs send
  // the threads exactly the same documents and generating them is not timed.
  const articles = [...generateCorpus({ sentences: share, seed: context.corpus.seed })];
  const documents = articles.map((a) => a.document);
  const sentences = articles.reduce((sum, a) => sum + a.sentences, 0);
  const warmUp = [...generateCorpus({ sentences: 4_000, seed: `${context.corpus.seed}:threads-warm-up` })].map((a) => a.document);
  const runs: ThreadRun[] = [];
  for (const threads of [1, 2]) {
    context.log(`threads: coding ${sentences.toLocaleString('en-US')} sentences with ${threads} worker thread${threads > 1 ? 's' : ''}`);
    runs.push(await timedRun(threads, documents, warmUp, sentences));
  }
  const [one, two] = runs;
  return {
    kind: 'threads', name, title, sentences, articles: articles.length, runs,
    scaling: one && two && one.sentencesPerSecond > 0 ? two.sentencesPerSecond / one.sentencesPerSecond : null,
  };
}
