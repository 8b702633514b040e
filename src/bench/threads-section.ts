// Coding throughput with 1 and 2 worker threads: the same share of the corpus coded through
// the piscina pool that `attache code`, `ingest` and `recode --workers N` use, documents a
// few ahead per thread (`pool.ahead`) and results taken in input order, as those commands
// take them; a 1-thread and a 2-thread pool take turns on its blocks. The scaling figure is
// the 2-thread rate over the 1-thread rate. Loading each thread's model and a warm-up are setup, not timed.
// The warm-up is the bench's --thread-warm-up for every thread: V8 compiles the coder anew in
// each thread, and keeps at it for some 100,000 sentences (its large rule functions are
// optimised, meet a rare branch, and are optimised again; see options.ts). Timed before that,
// the 2-thread pool's compiling took turns with its coding on the two cores, while the
// 1-thread pool compiled on the idle core: the figure measured the JIT, not the threads.
import { createCodingPool, inOrder, type CodingPool } from '../workers/coding-pool.js';
import type { Document } from '../types.js';
import { generateCorpus, type BenchArticle } from './corpus.js';
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
  /** Sentences each thread coded before the clock started. */
  warmUpSentencesPerThread: number;
  articles: number;
  runs: ThreadRun[];
  /** The 2-thread rate over the 1-thread rate. */
  scaling: number | null;
}

/** Share of the corpus each run codes: enough for a stable rate, short next to the others. */
const CORPUS_SHARE = 0.25;
/**
 * Documents per turn. The two pools take turns on blocks of the corpus, the order swapped
 * every block, so that the VM's changing speed (up to half within minutes here) falls on both
 * alike instead of on whichever ran second; the idle pool's threads sleep meanwhile.
 */
const BLOCK_DOCUMENTS = 48;
/** The threads of the two pools compared. */
const POOL_THREADS = [1, 2];

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Milliseconds to code `documents` through `pool`, results taken in input order as the commands take them. */
async function timeBlock(pool: CodingPool, documents: readonly Document[]): Promise<number> {
  const clock = new Stopwatch();
  for await (const { result } of inOrder(each(documents), (document) => pool.code(document), pool.ahead)) {
    if (result.status === 'rejected') throw result.reason;
  }
  return clock.elapsedMs();
}

/** Articles of about `sentences` sentences in all, from the front of `articles`. */
function leading(articles: readonly BenchArticle[], sentences: number): Document[] {
  const documents: Document[] = [];
  let count = 0;
  for (const article of articles) {
    if (count >= sentences) break;
    documents.push(article.document);
    count += article.sentences;
  }
  return documents;
}

async function timedRuns(documents: readonly Document[], warmUp: readonly BenchArticle[], warmUpPerThread: number, sentences: number, log: (message: string) => void): Promise<ThreadRun[]> {
  const pools = POOL_THREADS.map((threads) => createCodingPool(threads));
  try {
    // Every thread loads its model and warms up before the clock starts: the pool hands each
    // document to a free thread, so its threads share the warm-up about evenly.
    for (const pool of pools) {
      await Promise.all(leading(warmUp, warmUpPerThread * pool.threads).map((document) => pool.code(document)));
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
  const warmUpPerThread = context.threadWarmUpSentences;
  const warmUp = warmUpPerThread > 0
    ? [...generateCorpus({ sentences: warmUpPerThread * Math.max(...POOL_THREADS), seed: `${context.corpus.seed}:threads-warm-up` })]
    : [];
  context.log(`threads: coding ${sentences.toLocaleString('en-US')} sentences with 1 and with 2 worker threads, taking turns, `
    + `each thread warmed up on ${warmUpPerThread.toLocaleString('en-US')} sentences`);
  const runs = await timedRuns(documents, warmUp, warmUpPerThread, sentences, context.log);
  const [one, two] = runs;
  return {
    kind: 'threads', name, title, sentences, warmUpSentencesPerThread: warmUpPerThread, articles: articles.length, runs,
    scaling: one && two && one.sentencesPerSecond > 0 ? two.sentencesPerSecond / one.sentencesPerSecond : null,
  };
}
