// What the ledger's readers receive (the CLI, the HTTP API, exports and digests, and the web
// explorer): plain types, importing nothing but the record types, so that the browser bundle
// shares them with the server instead of copying them.
import type { EventRecord, PloverCategory, QuadClass } from './types.js';

/** An event as stored: the DESIGN.md record plus what the ledger knows about it. */
export interface StoredEvent extends EventRecord {
  id: number;
  eventKey: string;
  sourceActorId: number;
  targetActorId: number | null;
  clusterId: number | null;
  rejected: boolean;
  corrected: boolean;
  url: string | null;
  title: string | null;
  outlet: string | null;
  documentId: number;
}

export type ActorKind = 'named' | 'country';

/** A role as the articles gave it, with the first and last day an event showed it. */
export interface ActorRole {
  role: string;
  country: string | null;
  sector: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Non-rejected events; `total` counts an event once even when the actor is both sides. */
export interface ActorEventCounts {
  asSource: number;
  asTarget: number;
  total: number;
}

/** Another actor and the number of events between the two, in either direction. */
export interface ActorPartner {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  events: number;
}

export interface ActorProfile {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  /** Other names the actor is known by (its own name left out). */
  aliases: string[];
  /** Oldest first. */
  roles: ActorRole[];
  events: ActorEventCounts;
  /** Most events first. */
  partners: ActorPartner[];
}

export interface CategoryCount extends ActorEventCounts {
  plover: PloverCategory;
}

export interface ActorDetail extends ActorProfile {
  /** Event counts by PLOVER category, most events first. */
  categories: CategoryCount[];
}

export interface DyadCounts {
  total: number;
  /** Events with A as source and B as target; both when A is B (events within one country). */
  aToB: number;
  bToA: number;
  quads: Record<QuadClass, number>;
}

/** One side: an ISO3 code at country level (id null), an actor at actor level. */
export interface DyadSide {
  id: number | null;
  name: string;
  country: string | null;
}

export interface DyadPeriod extends DyadCounts {
  /** The first day of the period, YYYY-MM-DD (weeks start on Monday). */
  period: string;
}

export interface Dyad extends DyadCounts {
  a: DyadSide;
  b: DyadSide;
  /** Per period, oldest first; only with an interval. Undated events count in the totals only. */
  periods?: DyadPeriod[];
}

export interface MonthCounts {
  /** YYYY-MM */
  month: string;
  total: number;
  quads: Record<QuadClass, number>;
}

export interface LedgerStats {
  documents: number;
  /** Events analysts have not rejected; rejected ones counted apart. */
  events: number;
  rejectedEvents: number;
  /** Canonical actors (merged ones are aliases now). */
  actors: number;
  clusters: number;
  /** Every month from the first to the last with events, empty months included, oldest first. */
  months: MonthCounts[];
  /** Events dated by year only, or undated: they cannot be placed in a month. */
  eventsWithoutMonth: number;
}

/** A page of a list: `total` counts the items over all pages. */
export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface ClusterActor {
  id: number;
  name: string;
  country: string | null;
}

export interface ClusterView {
  id: number;
  plover: PloverCategory;
  source: ClusterActor;
  target: ClusterActor | null;
  firstDate: string | null;
  lastDate: string | null;
  /** Reports (events), articles and outlets the cluster counts. */
  eventCount: number;
  articleCount: number;
  outletCount: number;
  /** The cluster's events, oldest first, each with its article's title, url and outlet. */
  events: Page<StoredEvent>;
}

export interface DocumentView {
  id: number;
  doc: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  ingestedAt: string;
  sentenceCount: number;
  text: string;
  /** Every event coded from it, rejected ones too (flagged), in text order: evidence offsets point into `text`. */
  events: StoredEvent[];
}

/** The filter of /api/events and the other lists, as query parameters (the CLI's filter options). */
export interface FilterQuery {
  actor?: string;
  source?: string;
  target?: string;
  country?: string;
  dyad?: string;
  category?: string;
  channel?: string;
  quad?: string;
  since?: string;
  until?: string;
  text?: string;
  cluster?: number;
  document?: number;
  includeRejected?: boolean;
}

/** POST /api/ingest: what happened to each document or address. */
export interface IngestResult {
  /** "documents[2]" for a document given in the body, the address for a URL. */
  input: string;
  status: 'added' | 'unchanged' | 'replaced' | 'failed';
  /** The document's key (its id) and its id in the ledger, when it was read. */
  doc?: string;
  documentId?: number;
  /** Events stored (0 when unchanged). */
  events?: number;
  error?: string;
}

export interface IngestResponse {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  events: number;
  results: IngestResult[];
  /** Notes that did not stop a document (a feed item skipped, a duplicate id). */
  warnings: string[];
}
