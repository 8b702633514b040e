// Writes one coded document into the ledger in one transaction: the document, its sentences,
// its events with their actors and the corrections that apply, and the clusters they touch.
// A failure anywhere rolls all of it back: no half documents.
import type { CodedDocument } from '../pipeline.js';
import type { ClusterTouch } from './clusters.js';
import type { Database, Queryable } from './database.js';
import { insertEvents } from './store-events.js';
import { lockLedgerForWriting } from './writer-lock.js';

export type StoreStatus = 'added' | 'unchanged' | 'replaced';

export interface StoreResult {
  status: StoreStatus;
  documentId: number;
  events: number;
}

export interface StoreOptions {
  windowDays: number;
  /** Called between the steps of the transaction; tests throw from it to prove rollback. */
  checkpoint?: (step: 'document' | 'events' | 'clusters') => void;
}

/** "www.example.com" → "example.com": the outlet that published the article. */
export function outletOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export async function storeCodedDocument(db: Database, coded: CodedDocument, options: StoreOptions): Promise<StoreResult> {
  const { document } = coded;
  return db.transaction(async (tx) => {
    // Other processes may be storing at the same moment (queue workers): one writer at a time.
    await lockLedgerForWriting(db, tx);
    // Every statement below is written for a generic plan (arrays and per-key index probes,
    // no estimate that depends on the values), and a prepared statement that keeps being
    // planned anew costs more than it runs: PostgreSQL's own choice kept re-planning one
    // whose generic estimate (of a series of unknown length) looked worse.
    await tx.query('set local plan_cache_mode = force_generic_plan');
    const { sentences } = coded;
    // One statement: the same content stored already, or an older version at this URL (the
    // look-up), and the document with its sentences unless the same content is there. A
    // writer in another process storing the same content at the same time meets the unique
    // hash and leaves the stored copy alone.
    const [row] = await tx.query<{ id: number | null; known: { id: number; same: boolean }[] }>(
      `with known as (
         select id, content_hash = $9 as same from documents where content_hash = $9 or ($3::text is not null and url = $3)),
       stored as (
         insert into documents (doc_key, origin, url, title, outlet, published, lang, text, content_hash, sentence_count)
         select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 where not exists (select 1 from known where same)
         on conflict (content_hash) do nothing
         returning id),
       split as (
         insert into sentences (document_id, index, start_offset, end_offset, text)
         select stored.id, u.* from stored, unnest($11::int[], $12::int[], $13::int[], $14::text[]) as u)
       select (select id from stored) as id, (select coalesce(json_agg(known order by id), '[]') from known) as known`,
      [document.id, document.origin, document.url, document.title, outletOf(document.url), document.published,
        document.lang, document.text, document.contentHash, coded.sentenceCount,
        sentences.map((s) => s.index), sentences.map((s) => s.start), sentences.map((s) => s.end),
        sentences.map((s) => document.text.slice(s.start, s.end))],
    );
    if (row!.id === null) {
      const existing = row!.known.find((k) => k.same)
        ?? (await tx.query<{ id: number }>('select id from documents where content_hash = $1', [document.contentHash]))[0];
      return { status: 'unchanged', documentId: existing!.id, events: 0 };
    }
    // A changed article at a known URL replaces the old version and its events.
    const touched: ClusterTouch[] = [];
    let status: StoreStatus = 'added';
    for (const { id } of row!.known) {
      touched.push(...await clusterTouchesOfDocument(tx, id));
      await tx.query('delete from documents where id = $1', [id]);
      status = 'replaced';
    }
    const documentId = row!.id;
    options.checkpoint?.('document');
    options.checkpoint?.('events');
    await insertEvents(tx, { id: documentId, contentHash: document.contentHash, outlet: outletOf(document.url) }, coded.events, options.windowDays, touched);
    options.checkpoint?.('clusters');
    return { status, documentId, events: coded.events.length };
  });
}

/** Where a document's events sit in the clusters: what removing or re-coding it touches. */
export async function clusterTouchesOfDocument(tx: Queryable, documentId: number): Promise<ClusterTouch[]> {
  const rows = await tx.query<{ source_actor_id: number; target_actor_id: number | null; plover: string; date: string | null }>(
    'select distinct source_actor_id, target_actor_id, plover, date from events where document_id = $1', [documentId],
  );
  return rows.map((r) => ({ source: r.source_actor_id, target: r.target_actor_id, plover: r.plover, date: r.date }));
}
