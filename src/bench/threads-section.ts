// Coding throughput with 1 and 2 worker threads: the same share of the corpus coded through
// the piscina pool that `attache code`, `ingest` and `recode --workers N` use, documents a
// few ahead per thread and results taken in input order, as those commands take them; a
// 1-thread and a 2-thread pool take turns on its blocks. The scaling figure is the 2-thread
// rate over the 1-thread rate. Loading each thread's model and a warm-up are setup, not timed.
import { createCodingPool, inOrder, type CodingPool } from '../workers/coding-pool.js';
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
/** Documents under way per thread, as the commands keep them. */
const AHEAD_PER_THREAD = 2;
const WARM_UP_ARTICLES_PER_THREAD = 60;
/**
 * Documents per turn. The two pools take turns on blocks of the corpus, the order swapped
 * every block, so that the VM's changing speed (up to half within minutes here) falls on both
 * alike instead of on whichever ran second; the idle pool's threads sleep meanwhile.
 */
const BLOCK_DOCUMENTS = 48;

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Milliseconds to code `documents` through `pool`, results taken in input order as the commands take them. */
async function timeBlock(pool: CodingPool, documents: readonly Document[]): Promise<number> {
  const clock = new Stopwatch();
  for await (const { result } of inOrder(each(documents), (document) => pool.code(document), pool.threads * AHEAD_PER_THREAD)) {
    if (result.status === 'rejected') throw result.reason;
  }
  return clock.elapsedMs();
}

async function timedRuns(documents: readonly Document[], warmUp: readonly Document[], sentences: number, log: (message: string) => void): Promise<ThreadRun[]> {
  const pools = [createCodingPool(1), createCodingPool(2)];
  try {
    // Every thread loads its model and warms up before the clock starts.
    for (const pool of pools) {
      await Promise.all(warmUp.slice(0, WARM_UP_ARTICLES_PER_THREAD * pool.threads).map((document) => pool.code(document)));
    }
    const ms = pools.map(() => 0);
    let blocks = 0;
    for (let start = 0; start < documents.length; start += BLOCK_DOCUMENTS, blocks++) {
      const block = documents.slice(start, start + BLOCK_DOCUMENTS);
      const order = blocks % 2 === 0 ? [0, 1] : [1, 0];
      for (const index of order) ms[index]! += await timeBlock(pools[index]!, block);
    }
    log(`threads: ${blocks} blocks of up to ${BLOCK_DOCUMENTS} articles, each coded with 1 and with 2 threads`);
    return pools.map((pool, index) => {
      const seconds = ms[index]! / 1000;
      return { threads: pool.threads, seconds, sentencesPerSecond: seconds > 0 ? sentences / seconds : 0 };
    });
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
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
  context.log(`threads: coding ${sentences.toLocaleString('en-US')} sentences with 1 and with 2 worker threads, taking turns`);
  const runs = await timedRuns(documents, warmUp, sentences, context.log);
  const [one, two] = runs;
  return {
    kind: 'threads', name, title, sentences, articles: articles.length, runs,
    scaling: one && two && one.sentencesPerSecond > 0 ? two.sentencesPerSecond / one.sentencesPerSecond : null,
  };
}
