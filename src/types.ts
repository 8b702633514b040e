// The typed records that flow from one stage to the next (see ARCHITECTURE.md).
// Each stage reads the records of the stage before it and never reaches back further.

/** An article after ingest: text normalised once (NFC, whitespace), offsets point into it. */
export interface Document {
  /** File name without extension, or the `id` of a JSONL line. */
  id: string;
  /** Where the document came from (path, "stdin", URL), for error messages and provenance. */
  origin: string;
  url: string | null;
  title: string | null;
  /** The article's date, ISO `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  text: string;
  lang: string;
  /** sha256 (hex) of the normalised text. */
  contentHash: string;
}

/** One token from wink-nlp, with character offsets into Document.text. */
export interface Token {
  text: string;
  /** Lower-cased text with diacritics folded ("Lâm" → "lam"). */
  norm: string;
  lemma: string;
  /** Universal POS tag as wink-nlp gives it (NOUN, VERB, PROPN, ADP, ...). */
  pos: string;
  start: number;
  end: number;
  /** Index of the token within its sentence. */
  index: number;
  negated: boolean;
}

/** A date expression found in a sentence and resolved against the article's date. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** ISO date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
  value: string;
  /**
   * Set when the text names only a weekday ("on Tuesday"): `value` is then the nearest such
   * day to the article's date, before or after it, which is right for what will happen.
   */
  weekday?: true;
}

export interface Sentence {
  /** Index of the sentence within its document. */
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  dates: DateMention[];
}

/** An actor as it appears in the event record. */
export interface ActorRecord {
  /** The words of the sentence that name the actor (after coreference: the words used there). */
  text: string;
  name: string | null;
  /** ISO 3166-1 alpha-3, `IGO`, or null. */
  country: string | null;
  /** CAMEO/PLOVER agent code (GOV, PTY, MIL, ...), or null. */
  sector: string | null;
  role: string | null;
}

export type Channel = 'letter' | 'message' | 'phone' | 'meeting' | 'visit' | 'statement';

export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'COOPERATE' | 'AID' | 'CONCEDE' | 'RETREAT'
  | 'REQUEST' | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION'
  | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type QuadClass =
  | 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

/** The event record: the contract of `attache code --jsonl` (DESIGN.md). Only add fields. */
export interface EventRecord {
  doc: string;
  sentence: number;
  date: string | null;
  source: ActorRecord;
  target: ActorRecord | null;
  plover: PloverCategory;
  mode: string | null;
  context: string[];
  cameo: string;
  quad: QuadClass;
  goldstein: number;
  channel: Channel | null;
  evidence: { text: string; start: number; end: number };
  confidence: number;
}
