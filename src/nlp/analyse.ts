// The nlp stage: a Document becomes Sentences with tokens, tags, lemmas and resolved dates.
import type { Document, Sentence } from '../types.js';
import { fallbackYear, findDates } from './dates.js';
import { paragraphsOf, tagParagraph } from './tokenise.js';

export interface AnalyseOptions {
  /** Called after each paragraph with characters done and total, for progress on long texts. */
  onProgress?: (done: number, total: number) => void;
}

export function analyseDocument(document: Document, options: AnalyseOptions = {}): Sentence[] {
  const { text } = document;
  const dateContext = {
    published: document.published,
    fallbackYear: document.published ? null : fallbackYear(text),
  };
  const sentences: Sentence[] = [];
  for (const span of paragraphsOf(text)) {
    for (const sentence of tagParagraph(text, span, sentences.length)) {
      sentence.dates = findDates(sentence, dateContext);
      sentences.push(sentence);
    }
    options.onProgress?.(span.end, text.length);
  }
  return sentences;
}
