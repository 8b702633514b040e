// The nlp stage: a Document becomes Sentences with tokens, tags, lemmas and resolved dates.
import type { DateMention, Document, Sentence } from '../types.js';
import type { DateContext } from './dates.js';
import { fallbackYear, findDates } from './dates.js';
import type { TaggedSentence, WordForm } from './tokenise.js';
import { chunksOf, tagParagraph } from './tokenise.js';

export interface AnalyseOptions {
  /** Called after each paragraph with characters done and total, for progress on long texts. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The sentences of a document, paragraph by paragraph, so that later stages can consume them
 * as they come and a huge document never sits in memory as tokens all at once.
 */
export function* streamSentences(document: Document, options: AnalyseOptions = {}): Generator<Sentence> {
  const { text } = document;
  const dateContext = {
    published: document.published,
    fallbackYear: document.published ? null : fallbackYear(text),
  };
  let count = 0;
  for (const span of chunksOf(text)) {
    for (const sentence of tagParagraph(text, span, count)) {
      count += 1;
      yield new AnalysedSentence(sentence, dateContext);
    }
    options.onProgress?.(span.end, text.length);
  }
}

/**
 * A sentence whose dates are resolved the first time a later stage reads them: chrono is the
 * costliest step of the stage, and most sentences carry no event whose date anyone asks for.
 */
class AnalysedSentence implements TaggedSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: Sentence['tokens'];
  readonly forms: readonly (WordForm | null)[];
  private resolvedDates: DateMention[] | null = null;

  constructor(sentence: TaggedSentence, private readonly context: DateContext) {
    this.index = sentence.index;
    this.start = sentence.start;
    this.end = sentence.end;
    this.text = sentence.text;
    this.tokens = sentence.tokens;
    this.forms = sentence.forms;
  }

  get dates(): DateMention[] {
    this.resolvedDates ??= findDates(this, this.context);
    return this.resolvedDates;
  }

  toJSON(): Sentence {
    return { index: this.index, start: this.start, end: this.end, text: this.text, tokens: this.tokens, dates: this.dates };
  }
}

export function analyseDocument(document: Document, options: AnalyseOptions = {}): Sentence[] {
  return [...streamSentences(document, options)];
}
