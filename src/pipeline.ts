// The whole coder, one document at a time: nlp → actors → coding.
// PLACEHOLDER: replaced by the real pipeline; the interface below is stable.
import type { Document, EventRecord, Sentence } from './types.js';

export interface CodedDocument {
  document: Document;
  sentences: Sentence[];
  events: EventRecord[];
}

export interface Coder {
  /** Codes one document. `onProgress` is called with sentences done / total on long documents. */
  codeDocument(document: Document, onProgress?: (done: number, total: number) => void): CodedDocument;
}

export function createCoder(): Coder {
  return {
    codeDocument(document) {
      return { document, sentences: [], events: [] };
    },
  };
}
