// The whole coder, one document at a time: nlp → actors → coding. Sentences stream through
// the stages paragraph by paragraph, so memory stays flat however long the document is.
// Each document has a time limit (coding/time-limit.ts), checked between sentences.
import { ActorResolver } from './actors/resolve.js';
import type { ResolvedSentence } from './actors/resolve.js';
import type { TriggerExplanation } from './coding/code-document.js';
import { DocumentCoder } from './coding/code-document.js';
import { baseLimitFromEnvironment, Deadline, documentLimitMs } from './coding/time-limit.js';
import { streamSentences } from './nlp/analyse.js';
import type { Document, EventRecord } from './types.js';

/** Where a sentence lies in the document's text. */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

export interface CodedDocument {
  document: Document;
  sentenceCount: number;
  /** Every sentence's span, for the ledger's sentence table and for reading evidence in context. */
  sentences: SentenceSpan[];
  events: EventRecord[];
}

export interface ExplainedDocument extends CodedDocument {
  resolved: ResolvedSentence[];
  explanations: TriggerExplanation[];
}

export interface CoderOptions {
  /**
   * The base of each document's time limit, in ms, to which a minute per million characters
   * is added (0: no limit). Default: ATTACHE_TIME_LIMIT seconds from the environment, or 60 s.
   */
  timeLimitMs?: number;
}

export interface CodeDocumentOptions {
  /** This document's whole time limit in ms, instead of the coder's (0: none). */
  timeLimitMs?: number;
}

export interface Coder {
  /**
   * Codes one document. `onProgress` is called with characters done / total as paragraphs
   * finish. Throws CodingTimeLimitError when the document takes longer than its time limit.
   */
  codeDocument(document: Document, onProgress?: (done: number, total: number) => void, options?: CodeDocumentOptions): CodedDocument;
  /** Codes one document and keeps every intermediate decision, for `attache explain`. */
  explainDocument(document: Document): ExplainedDocument;
}

function run(document: Document, explain: boolean, limitMs: number | null, onProgress?: (done: number, total: number) => void): ExplainedDocument {
  const resolver = new ActorResolver();
  const coder = new DocumentCoder(document, resolver.actors, explain);
  const kept: ResolvedSentence[] = [];
  const spans: SentenceSpan[] = [];
  const deadline = new Deadline(document.id, limitMs);
  for (const sentence of streamSentences(document, onProgress ? { onProgress } : {})) {
    // Between sentences: the one place a synchronous coder can stop (the clock is read every
    // few sentences, not per token, so coding speed does not pay for it).
    deadline.check();
    const resolved = resolver.resolveSentence(sentence);
    coder.codeSentence(resolved);
    spans.push({ index: sentence.index, start: sentence.start, end: sentence.end });
    if (explain) kept.push(resolved);
  }
  const { events, explanations } = coder.result();
  return { document, sentenceCount: spans.length, sentences: spans, events, resolved: kept, explanations };
}

export function createCoder(options: CoderOptions = {}): Coder {
  const baseMs = options.timeLimitMs ?? baseLimitFromEnvironment();
  const limitFor = (document: Document, override: number | undefined): number | null => (
    override === undefined ? documentLimitMs(baseMs, document.text.length) : override > 0 ? override : null
  );
  return {
    codeDocument(document, onProgress, codeOptions = {}) {
      const { sentenceCount, sentences, events } = run(document, false, limitFor(document, codeOptions.timeLimitMs), onProgress);
      return { document, sentenceCount, sentences, events };
    },
    explainDocument: (document) => run(document, true, limitFor(document, undefined)),
  };
}
