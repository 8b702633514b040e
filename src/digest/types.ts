// The digest as data: what the CLI renders as Markdown or text and what the HTTP API can
// return as JSON. Every field is plain data (no functions, no Dates) so it serialises as is.
import type { EventFilter } from '../ledger/event-query.js';
import type { Channel, PloverCategory } from '../types.js';

export type DigestFormat = 'markdown' | 'text';

export const DIGEST_FORMATS: readonly DigestFormat[] = ['markdown', 'text'];

export interface DigestRequest {
  /** Which events the digest is about: the same filter as `attache events` and the API. */
  filter: EventFilter;
  /** At most this many events are read (the digest says when it stopped early). Default 10 000. */
  maxEvents?: number;
}

/** One article the digest cites, numbered in the order the digest first cites it. */
export interface DigestSource {
  /** The citation number: [1], [2], ... */
  number: number;
  documentId: number;
  /** The document's key: file name without extension, or a JSONL line's id. */
  doc: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** The article's date (ISO), when known. */
  published: string | null;
}

/**
 * One thing that happened: the events of one ledger cluster that matched the filter (one
 * congratulation reported by two articles is one item), or a lone event without a cluster.
 */
export interface DigestItem {
  clusterId: number | null;
  eventIds: number[];
  plover: PloverCategory;
  /** The CAMEO code most of the item's events carry. */
  cameo: string;
  /** Who it was done to, as the digest names them (a name, a country, or null). */
  target: string | null;
  channel: Channel | null;
  /** The earliest date among the item's events (day, month or year), or null when undated. */
  date: string | null;
  /** What the actor did, in the digest's own words: "congratulated To Lam by phone on 24 January 2026". */
  text: string;
  /** The verb phrase alone, with its preposition ("held phone talks with"), for summaries. */
  verb: string;
  /** Citation numbers (see Digest.sources), ascending. */
  sources: number[];
}

/** One actor (a person, or a country's government when no person is named) and what it did. */
export interface DigestActor {
  actorId: number;
  name: string | null;
  role: string | null;
  /** How the digest names the actor: "President Vladimir Putin", "The government". */
  label: string;
  /** True when the actor is a named person with a role, as in "Leaders of ...". */
  person: boolean;
  items: DigestItem[];
}

/** The actors of one country, ordered by their earliest item. */
export interface DigestCountry {
  /** ISO3, "IGO", or null when the coder did not know the country. */
  code: string | null;
  /** A readable name from data/countries.json ("Russia"), never an ISO code. */
  name: string;
  firstDate: string | null;
  actors: DigestActor[];
}

export interface Digest {
  title: string;
  /** One sentence naming the countries and what their actors did. */
  summary: string;
  filter: EventFilter;
  /** Countries ordered by their earliest item, then by name. */
  countries: DigestCountry[];
  sources: DigestSource[];
  /** Events read from the ledger, and the items they made after merging clusters. */
  eventCount: number;
  itemCount: number;
  /** True when more events matched than `maxEvents` allowed: the digest is partial. */
  truncated: boolean;
}
