// The throughput ratio, attaché over bare wink-nlp, measured so that the machine's changing
// speed cancels out. The two separate passes (baseline, coding) run one after the other, and
// on a shared VM the speed can change by half between them, which moves their ratio as much.
// Here each processor runs in a thread of its own (its own heap, so neither pays for the
// other's garbage), and the two take turns on the same blocks of the corpus, one block at a
// time, the order swapped every block: both see the same text under the same conditions, and
// only one runs at any moment, so they never compete for a core.
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { threadEntry } from '../workers/thread-entry.js';
import type { BlockDone, PairedThreadData, ProcessorKind, ThreadMessage } from './paired-protocol.js';
import type { BenchContext } from './sections.js';

/** Articles per turn: about 400 sentences, some tens of milliseconds for the coder. */
const BLOCK_ARTICLES = 16;
/** The run is cut into this many stretches, each with its own ratio, to show how steady it is. */
const STRETCHES = 10;

export interface ProcessorTotals {
  sentences: number;
  seconds: number;
  sentencesPerSecond: number;
  setupSeconds: number;
}

export interface RatioFigures {
  kind: 'ratio';
  name: string;
  title: string;
  articles: number;
  blocks: number;
  baseline: ProcessorTotals;
  coder: ProcessorTotals;
  /** coder sentences/s over baseline sentences/s, over the whole corpus. */
  ratio: number | null;
  /** The same ratio in each tenth of the run: its spread is the measurement's own noise. */
  stretchRatios: number[];
}

interface ProcessorThread {
  ready: Promise<number>;
  block(articles: number): Promise<BlockDone>;
  close(): Promise<void>;
}

function startThread(processor: ProcessorKind, context: BenchContext): ProcessorThread {
  const data: PairedThreadData = { processor, corpus: context.corpus, warmUpSentences: context.warmUpSentences };
  const { filename, execArgv } = threadEntry('paired-thread', import.meta.url);
  // Started through import() from a small script: run from the sources (tests), the thread
  // registers tsx's loader itself first, as a .ts entry point is not loaded through the
  // execArgv `--import tsx` that piscina's threads use.
  const load = `import(${JSON.stringify(pathToFileURL(filename).href)})`;
  const entry = `${execArgv.length > 0 ? `import('tsx/esm/api').then(({ register }) => { register(); return ${load}; })` : load}`
    + '.catch((error) => { process.nextTick(() => { throw error; }); });';
  const worker = new Worker(entry, { eval: true, workerData: data });
  let waiting: { resolve: (message: ThreadMessage) => void; reject: (error: Error) => void } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error): void => {
    failure = error;
    waiting?.reject(error);
    waiting = null;
  };
  worker.on('message', (message: ThreadMessage) => { const w = waiting; waiting = null; w?.resolve(message); });
  worker.on('error', (error) => fail(new Error(`${processor} thread failed: ${error.message}`)));
  worker.on('exit', (code) => { if (code !== 0) fail(new Error(`${processor} thread exited with code ${code}`)); });
  const next = (): Promise<ThreadMessage> => new Promise((resolve, reject) => {
    if (failure !== null) { reject(failure); return; }
    waiting = { resolve, reject };
  });
  const expect = async <K extends ThreadMessage['type']>(type: K): Promise<Extract<ThreadMessage, { type: K }>> => {
    const message = await next();
    if (message.type !== type) throw new Error(`${processor} thread sent "${message.type}", expected "${type}"`);
    return message as Extract<ThreadMessage, { type: K }>;
  };
  const ready = expect('ready').then((m) => m.setupSeconds);
  // Awaited later, one thread after the other: a thread that fails first must not be unhandled.
  ready.catch(() => undefined);
  return {
    ready,
    block: async (articles) => {
      const reply = expect('block');
      worker.postMessage({ articles });
      return reply;
    },
    close: async () => { await worker.terminate(); },
  };
}

const rate = (sentences: number, seconds: number): number => (seconds > 0 ? sentences / seconds : 0);

export async function runRatioSection(context: BenchContext, name: string, title: string): Promise<RatioFigures> {
  const threads = { baseline: startThread('baseline', context), coder: startThread('coder', context) };
  try {
    // Built and warmed up one after the other, so that neither's setup slows the other's.
    const baselineSetup = await threads.baseline.ready;
    const coderSetup = await threads.coder.ready;
    const totals = { baseline: { sentences: 0, seconds: 0 }, coder: { sentences: 0, seconds: 0 } };
    const blocks: { baseline: BlockDone; coder: BlockDone }[] = [];
    const progress = context.progress(name, context.corpus.sentences);
    let articles = 0;
    for (let index = 0; ; index++) {
      const order: ProcessorKind[] = index % 2 === 0 ? ['baseline', 'coder'] : ['coder', 'baseline'];
      const done: Partial<Record<ProcessorKind, BlockDone>> = {};
      for (const kind of order) done[kind] = await threads[kind].block(BLOCK_ARTICLES);
      const baseline = done.baseline!;
      const coder = done.coder!;
      if (baseline.articles !== coder.articles) {
        throw new Error(`the two threads read different corpora (block ${index}: ${baseline.articles} and ${coder.articles} articles)`);
      }
      if (baseline.articles > 0) blocks.push({ baseline, coder });
      for (const kind of ['baseline', 'coder'] as const) {
        totals[kind].sentences += done[kind]!.sentences;
        totals[kind].seconds += done[kind]!.seconds;
      }
      articles += baseline.articles;
      progress.update(totals.baseline.sentences);
      if (baseline.exhausted) break;
    }
    progress.finish();
    const baselineRate = rate(totals.baseline.sentences, totals.baseline.seconds);
    const coderRate = rate(totals.coder.sentences, totals.coder.seconds);
    return {
      kind: 'ratio', name, title, articles, blocks: blocks.length,
      baseline: { ...totals.baseline, sentencesPerSecond: baselineRate, setupSeconds: baselineSetup },
      coder: { ...totals.coder, sentencesPerSecond: coderRate, setupSeconds: coderSetup },
      ratio: baselineRate > 0 ? coderRate / baselineRate : null,
      stretchRatios: stretchRatios(blocks),
    };
  } finally {
    await Promise.all([threads.baseline.close(), threads.coder.close()]);
  }
}

/** The ratio within each of STRETCHES consecutive runs of blocks. */
export function stretchRatios(blocks: readonly { baseline: BlockDone; coder: BlockDone }[], stretches = STRETCHES): number[] {
  const size = Math.ceil(blocks.length / stretches);
  const ratios: number[] = [];
  for (let start = 0; size > 0 && start < blocks.length; start += size) {
    const part = blocks.slice(start, start + size);
    const sum = (kind: 'baseline' | 'coder', field: 'sentences' | 'seconds'): number => part.reduce((s, b) => s + b[kind][field], 0);
    const baselineRate = rate(sum('baseline', 'sentences'), sum('baseline', 'seconds'));
    if (baselineRate > 0) ratios.push(rate(sum('coder', 'sentences'), sum('coder', 'seconds')) / baselineRate);
  }
  return ratios;
}
