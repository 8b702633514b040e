// Single things by id that the ledger's query modules have no function for: one event (with
// rejected ones), one cluster with its actors, one document. Read-only SQL over the schema of
// src/ledger/migrations.ts; events themselves always come from queryEvents so they have the
// same shape everywhere.
import type { Queryable } from '../ledger/database.js';
import type { StoredEvent } from '../ledger/event-query.js';
import { countEvents, queryEvents } from '../ledger/event-query.js';
import type { PloverCategory } from '../types.js';
import type { ClusterView, DocumentView } from '../read-models.js';
export type { ClusterActor, ClusterView, DocumentView } from '../read-models.js';

/** Every event of a document is below this; queryEvents' own ceiling. */
const ALL = 100_000;

export async function eventById(db: Queryable, id: number): Promise<StoredEvent | null> {
  // EventFilter has no id: find the event's document, then the event among the document's.
  const [row] = await db.query<{ document_id: number }>('select document_id from events where id = $1', [id]);
  if (!row) return null;
  const events = await queryEvents(db, { documentId: row.document_id, includeRejected: true }, { limit: ALL, sort: 'id' });
  return events.find((e) => e.id === id) ?? null;
}

interface ClusterRow {
  id: number; plover: PloverCategory; first_date: string | null; last_date: string | null;
  events: number; articles: number; outlets: number;
  source_id: number; source_name: string; source_country: string | null;
  target_id: number | null; target_name: string | null; target_country: string | null;
}

export async function clusterView(db: Queryable, id: number, page: { limit: number; offset: number }): Promise<ClusterView | null> {
  const [row] = await db.query<ClusterRow>(
    `select c.id, c.plover, c.first_date, c.last_date, c.events, c.articles, c.outlets,
       s.id as source_id, s.name as source_name, s.country as source_country,
       t.id as target_id, t.name as target_name, t.country as target_country
     from clusters c join actors s on s.id = c.source_actor_id left join actors t on t.id = c.target_actor_id
     where c.id = $1`,
    [id],
  );
  if (!row) return null;
  const filter = { clusterId: id };
  const [total, items] = [await countEvents(db, filter), await queryEvents(db, filter, { ...page, sort: 'date' })];
  return {
    id: row.id,
    plover: row.plover,
    source: { id: row.source_id, name: row.source_name, country: row.source_country },
    target: row.target_id === null ? null : { id: row.target_id, name: row.target_name ?? `actor ${row.target_id}`, country: row.target_country },
    firstDate: row.first_date,
    lastDate: row.last_date,
    eventCount: row.events,
    articleCount: row.articles,
    outletCount: row.outlets,
    events: { total, limit: page.limit, offset: page.offset, items },
  };
}

interface DocumentRow {
  id: number; doc_key: string; url: string | null; title: string | null; outlet: string | null;
  published: string | null; lang: string; ingested_at: string; sentence_count: number; text: string;
}

export async function documentView(db: Queryable, id: number): Promise<DocumentView | null> {
  const [row] = await db.query<DocumentRow>(
    'select id, doc_key, url, title, outlet, published, lang, ingested_at, sentence_count, text from documents where id = $1',
    [id],
  );
  if (!row) return null;
  // `origin` (a path on the server's disk, for a file) is left out: reads are open to anyone.
  const events = await queryEvents(db, { documentId: id, includeRejected: true }, { limit: ALL, sort: 'id' });
  events.sort((a, b) => a.evidence.start - b.evidence.start || a.id - b.id);
  return {
    id: row.id, doc: row.doc_key, url: row.url, title: row.title, outlet: row.outlet,
    published: row.published, lang: row.lang, ingestedAt: row.ingested_at, sentenceCount: row.sentence_count,
    text: row.text, events,
  };
}
