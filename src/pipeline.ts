// The whole coder, one document at a time: nlp → actors → coding. Sentences stream through
// the stages paragraph by paragraph, so memory stays flat however long the document is.
import { ActorResolver } from './actors/resolve.js';
import type { ResolvedSentence } from './actors/resolve.js';
import type { TriggerExplanation } from './coding/code-document.js';
import { DocumentCoder } from './coding/code-document.js';
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

export interface Coder {
  /** Codes one document. `onProgress` is called with characters done / total as paragraphs finish. */
  codeDocument(document: Document, onProgress?: (done: number, total: number) => void): CodedDocument;
  /** Codes one document and keeps every intermediate decision, for `attache explain`. */
  explainDocument(document: Document): ExplainedDocument;
}

function run(document: Document, explain: boolean, onProgress?: (done: number, total: number) => void): ExplainedDocument {
  const resolver = new ActorResolver();
  const coder = new DocumentCoder(document, resolver.actors, explain);
  const kept: ResolvedSentence[] = [];
  const spans: SentenceSpan[] = [];
  for (const sentence of streamSentences(document, onProgress ? { onProgress } : {})) {
    const resolved = resolver.resolveSentence(sentence);
    coder.codeSentence(resolved);
    spans.push({ index: sentence.index, start: sentence.start, end: sentence.end });
    if (explain) kept.push(resolved);
  }
  const { events, explanations } = coder.result();
  return { document, sentenceCount: spans.length, sentences: spans, events, resolved: kept, explanations };
}

export function createCoder(): Coder {
  return {
    codeDocument(document, onProgress) {
      const { sentenceCount, sentences, events } = run(document, false, onProgress);
      return { document, sentenceCount, sentences, events };
    },
    explainDocument: (document) => run(document, true),
  };
}
