// The whole coder, one document at a time: nlp → actors → coding. Sentences stream through
// the stages paragraph by paragraph, so memory stays flat however long the document is.
import { ActorResolver } from './actors/resolve.js';
import type { ResolvedSentence } from './actors/resolve.js';
import type { TriggerExplanation } from './coding/code-document.js';
import { DocumentCoder } from './coding/code-document.js';
import { streamSentences } from './nlp/analyse.js';
import type { Document, EventRecord } from './types.js';

export interface CodedDocument {
  document: Document;
  sentenceCount: number;
  events: EventRecord[];
}

export interface ExplainedDocument extends CodedDocument {
  sentences: ResolvedSentence[];
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
  let sentenceCount = 0;
  for (const sentence of streamSentences(document, onProgress ? { onProgress } : {})) {
    const resolved = resolver.resolveSentence(sentence);
    coder.codeSentence(resolved);
    sentenceCount += 1;
    if (explain) kept.push(resolved);
  }
  const { events, explanations } = coder.result();
  return { document, sentenceCount, events, sentences: kept, explanations };
}

export function createCoder(): Coder {
  return {
    codeDocument(document, onProgress) {
      const { sentenceCount, events } = run(document, false, onProgress);
      return { document, sentenceCount, events };
    },
    explainDocument: (document) => run(document, true),
  };
}
