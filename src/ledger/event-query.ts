// Events out of the ledger by filter: the one query behind `attache events`, exports,
// digests and the API. Every value is a bound parameter, never part of the SQL text.
import type { ActorRecord, Channel, PloverCategory, QuadClass } from '../types.js';
import { findActors } from './actor-store.js';
import type { Queryable } from './database.js';
import type { StoredEvent } from '../read-models.js';
export type { StoredEvent } from '../read-models.js';

export interface EventFilter {
  /** Events whose source or target is this actor (id, name or alias). */
  actor?: string;
  /** Events whose source or target is of this country (ISO3). */
  country?: string;
  /** Events between two actors or countries, either direction: [A, B]. */
  dyad?: [string, string];
  /** Only as source / only as target. */
  source?: string;
  target?: string;
  category?: PloverCategory[];
  channel?: Channel[];
  quad?: QuadClass[];
  /** ISO dates, inclusive. */
  since?: string;
  until?: string;
  /** Full-text search over the evidence sentence. */
  text?: string;
  documentId?: number;
  clusterId?: number;
  /** Rejected events are left out unless asked for. */
  includeRejected?: boolean;
}

export type EventSort = 'date' | '-date' | 'confidence' | '-confidence' | 'category' | 'id' | '-id';

export interface EventPage {
  limit?: number;
  offset?: number;
  sort?: EventSort;
}

const SORTS: Record<EventSort, string> = {
  date: 'e.date asc nulls last, e.id asc',
  '-date': 'e.date desc nulls last, e.id desc',
  confidence: 'e.confidence asc, e.id asc',
  '-confidence': 'e.confidence desc, e.id asc',
  category: 'e.plover asc, e.date desc nulls last, e.id asc',
  id: 'e.id asc',
  '-id': 'e.id desc',
};

export const EVENT_SORTS = Object.keys(SORTS) as EventSort[];

/** The SQL condition and parameters of a filter; actor names are resolved to ids first. */
export async function filterClause(db: Queryable, filter: EventFilter, params: unknown[] = []): Promise<{ where: string; params: unknown[] }> {
  const conditions: string[] = [];
  const bind = (value: unknown): string => { params.push(value); return `$${params.length}`; };
  const actorIds = async (query: string): Promise<number[]> => (await findActors(db, query)).map((a) => a.id);
  if (!filter.includeRejected) conditions.push('not e.rejected');
  if (filter.actor !== undefined) {
    const ids = bind(await actorIds(filter.actor));
    conditions.push(`(e.source_actor_id = any(${ids}::int[]) or e.target_actor_id = any(${ids}::int[]))`);
  }
  if (filter.source !== undefined) conditions.push(`e.source_actor_id = any(${bind(await actorIds(filter.source))}::int[])`);
  if (filter.target !== undefined) conditions.push(`e.target_actor_id = any(${bind(await actorIds(filter.target))}::int[])`);
  if (filter.country !== undefined) {
    const country = bind(filter.country.toUpperCase());
    conditions.push(`(e.source_country = ${country} or e.target_country = ${country})`);
  }
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    const side = async (value: string): Promise<{ actors: string; country: string }> => ({
      actors: bind(await actorIds(value)), country: bind(/^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : null),
    });
    const one = await side(a);
    const two = await side(b);
    const is = (column: 'source' | 'target', s: { actors: string; country: string }): string =>
      `(e.${column}_actor_id = any(${s.actors}::int[]) or e.${column}_country = ${s.country})`;
    conditions.push(`((${is('source', one)} and ${is('target', two)}) or (${is('source', two)} and ${is('target', one)}))`);
  }
  if (filter.category?.length) conditions.push(`e.plover = any(${bind(filter.category)}::text[])`);
  if (filter.channel?.length) conditions.push(`e.channel = any(${bind(filter.channel)}::text[])`);
  if (filter.quad?.length) conditions.push(`e.quad = any(${bind(filter.quad)}::text[])`);
  // Dates may be days, months or years: compared as text, "2025-03" falls in [2025-03-01, ...].
  // Byte order ("C"), not the locale's: "~" sorts after every digit and dash, so "2026-01-25~"
  // closes the day, month or year named.
  if (filter.since !== undefined) conditions.push(`e.date collate "C" >= ${bind(filter.since)}`);
  if (filter.until !== undefined) conditions.push(`e.date collate "C" <= ${bind(`${filter.until}~`)}`);
  if (filter.text !== undefined && filter.text.trim() !== '') {
    conditions.push(`e.search @@ websearch_to_tsquery('english', ${bind(filter.text)})`);
  }
  if (filter.documentId !== undefined) conditions.push(`e.document_id = ${bind(filter.documentId)}`);
  if (filter.clusterId !== undefined) conditions.push(`e.cluster_id = ${bind(filter.clusterId)}`);
  return { where: conditions.length > 0 ? `where ${conditions.join(' and ')}` : '', params };
}

interface EventRow {
  id: number; event_key: string; doc_key: string; sentence_index: number; date: string | null;
  source: ActorRecord; target: ActorRecord | null; plover: PloverCategory; mode: string | null; context: string[];
  cameo: string; quad: QuadClass; goldstein: number; channel: Channel | null; evidence_text: string;
  evidence_start: number; evidence_end: number; confidence: number; source_actor_id: number;
  target_actor_id: number | null; cluster_id: number | null; rejected: boolean; corrected: boolean;
  url: string | null; title: string | null; outlet: string | null; document_id: number;
}

function storedEvent(row: EventRow): StoredEvent {
  return {
    doc: row.doc_key, sentence: row.sentence_index, date: row.date, source: row.source, target: row.target,
    plover: row.plover, mode: row.mode, context: row.context, cameo: row.cameo, quad: row.quad,
    goldstein: Math.round(row.goldstein * 10) / 10, channel: row.channel,
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    confidence: Math.round(row.confidence * 100) / 100,
    id: row.id, eventKey: row.event_key, sourceActorId: row.source_actor_id, targetActorId: row.target_actor_id,
    clusterId: row.cluster_id, rejected: row.rejected, corrected: row.corrected, url: row.url, title: row.title,
    outlet: row.outlet, documentId: row.document_id,
  };
}

/** A non-negative integer: NaN, infinities and negatives become 0, fractions are cut. */
function wholeNumber(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export async function queryEvents(db: Queryable, filter: EventFilter, page: EventPage = {}): Promise<StoredEvent[]> {
  const { where, params } = await filterClause(db, filter);
  // Written into the SQL text, so made whole numbers here whatever a caller passed: a number
  // literal is all that can reach the query.
  const limit = wholeNumber(Math.min(page.limit ?? 100, 100_000));
  const offset = wholeNumber(page.offset ?? 0);
  const rows = await db.query<EventRow>(
    `select e.*, d.doc_key, d.url, d.title, d.outlet from events e join documents d on d.id = e.document_id
     ${where} order by ${SORTS[page.sort ?? '-date']} limit ${limit} offset ${offset}`,
    params,
  );
  return rows.map(storedEvent);
}

export async function countEvents(db: Queryable, filter: EventFilter): Promise<number> {
  const { where, params } = await filterClause(db, filter);
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from events e ${where}`, params);
  return row?.n ?? 0;
}

/** Every matching event, page by page, for exports of any size. */
export async function* streamEvents(db: Queryable, filter: EventFilter, sort: EventSort = 'date', pageSize = 2000): AsyncGenerator<StoredEvent> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await queryEvents(db, filter, { limit: pageSize, offset, sort });
    yield* page;
    if (page.length < pageSize) return;
  }
}
