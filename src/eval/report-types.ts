// The shape of `attache eval --json`: plain data (numbers, strings, arrays, null), so it
// serialises as is and a script can compare two runs.
import type { PloverCategory } from '../types.js';
import type { Prf, Ratio } from './metrics.js';

export type { Prf, Ratio } from './metrics.js';

export interface CategoryPrf extends Prf {
  category: PloverCategory;
}

/** One event in short form, for listing what went wrong. */
export interface EventSummary {
  doc: string;
  /** "Name [CTY]" for a named actor, "CTY" for a bare country. */
  source: string;
  target: string | null;
  plover: PloverCategory;
  channel: string | null;
  date: string | null;
  /** Sentence index of the (first) coded occurrence; null for gold events. */
  sentence: number | null;
  /** The gold quote or the coded evidence, shortened. */
  snippet: string | null;
}

export interface LevelReport {
  /** What a tuple is at this level, in words. */
  key: string;
  overall: Prf;
  /** Categories with any gold or coded event, in PLOVER order. */
  byCategory: CategoryPrf[];
  /** Gold events no coded event matched. */
  missed: EventSummary[];
  /** Coded events (after removing duplicates) that matched no gold event. */
  spurious: EventSummary[];
}

export interface AttributeMismatch {
  doc: string;
  /** The matched gold event, "source → target CATEGORY". */
  event: string;
  gold: string | null;
  coded: string | null;
  sentence: number | null;
}

export interface AttributeAccuracy {
  /** The matched pairs the accuracy is computed over. */
  basis: 'person-level matched pairs';
  accuracy: Ratio;
  mismatches: AttributeMismatch[];
}

export interface DocumentsEvalReport {
  format: 'documents';
  gold: string;
  documents: {
    /** Documents in the gold file. */
    gold: number;
    /** Gold documents for which the coder produced at least one event. */
    coded: number;
    /** Coded documents absent from the gold: not scored. */
    ignored: string[];
  };
  events: {
    /** Distinct gold events (person level). */
    gold: number;
    /** Coded events in gold documents, before removing duplicates. */
    coded: number;
    codedDistinct: { country: number; person: number };
  };
  country: LevelReport;
  person: LevelReport;
  channel: AttributeAccuracy;
  date: AttributeAccuracy;
}

export interface SentenceMiss {
  id: string;
  gold: PloverCategory;
  /** Distinct categories coded for the sentence, in PLOVER order. */
  coded: PloverCategory[];
  /** no-events: nothing coded; category: gold category not coded; actors: category coded, actors wrong. */
  reason: 'no-events' | 'category' | 'actors';
  goldSource: string[];
  goldTarget: string[];
  /** The coded events in short form, "SRC → TGT CATEGORY". */
  codedEvents: string[];
  text: string;
}

export interface SentenceOvercoding {
  id: string;
  gold: PloverCategory;
  /** Categories coded for the sentence besides the gold one. */
  extra: PloverCategory[];
}

export interface SentencesEvalReport {
  format: 'sentences';
  gold: string;
  sentences: {
    gold: number;
    /** Gold sentences for which the coder produced at least one event. */
    coded: number;
    /** Coded documents absent from the gold: not scored. */
    ignored: string[];
  };
  /** Sentences whose gold category is among the coded categories. */
  categoryRecall: Ratio;
  /** Distinct (sentence, category) pairs coded that equal the sentence's gold category. */
  categoryPrecision: Ratio;
  /** Sentences with a coded event of the gold category whose actors fit the gold codes. */
  fullMatch: Ratio;
  /** Category alone, micro-averaged over (sentence, category) pairs. */
  overall: Prf;
  byCategory: CategoryPrf[];
  /** Sentences without a full match. */
  misses: SentenceMiss[];
  /** Sentences with categories coded besides the gold one (precision losses). */
  overcoded: SentenceOvercoding[];
}

export type EvalReport = DocumentsEvalReport | SentencesEvalReport;
