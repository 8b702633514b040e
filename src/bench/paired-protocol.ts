// Messages between the ratio section and its two processor threads (paired-thread.ts).
import type { CorpusOptions } from './corpus.js';

export type ProcessorKind = 'baseline' | 'coder';

export interface PairedThreadData {
  processor: ProcessorKind;
  corpus: Required<CorpusOptions>;
  warmUpSentences: number;
}

/** Main → thread: process the next `articles` articles of your copy of the corpus. */
export interface BlockRequest {
  articles: number;
}

/** Thread → main, once, when the processor is built and warmed up. */
export interface ThreadReady {
  type: 'ready';
  setupSeconds: number;
}

/** Thread → main, for each block. */
export interface BlockDone {
  type: 'block';
  articles: number;
  sentences: number;
  /** Seconds inside the processor only (the corpus generator is not timed). */
  seconds: number;
  /** The corpus has no more articles. */
  exhausted: boolean;
}

export type ThreadMessage = ThreadReady | BlockDone;
