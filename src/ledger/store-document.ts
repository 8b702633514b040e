// Writes one coded document into the ledger in one transaction: the document, its sentences,
// its events with their actors and the corrections that apply, and the clusters they touch.
// A failure anywhere rolls all of it back: no half documents.
import type { CodedDocument } from '../pipeline.js';
import type { ClusterTouch } from './clusters.js';
import type { Database, Queryable } from './database.js';
import { insertEvents } from './store-events.js';

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
    const [existing] = await tx.query<{ id: number }>('select id from documents where content_hash = $1', [document.contentHash]);
    if (existing) return { status: 'unchanged', documentId: existing.id, events: 0 };
    // A changed article at a known URL replaces the old version and its events.
    const touched: ClusterTouch[] = [];
    let status: StoreStatus = 'added';
    if (document.url) {
      const old = await tx.query<{ id: number }>('select id from documents where url = $1', [document.url]);
      for (const { id } of old) {
        touched.push(...await clusterTouchesOfDocument(tx, id));
        await tx.query('delete from documents where id = $1', [id]);
        status = 'replaced';
      }
    }
    const [row] = await tx.query<{ id: number }>(
      `insert into documents (doc_key, origin, url, title, outlet, published, lang, text, content_hash, sentence_count)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [document.id, document.origin, document.url, document.title, outletOf(document.url), document.published,
        document.lang, document.text, document.contentHash, coded.sentenceCount],
    );
    const documentId = row!.id;
    await insertSentences(tx, documentId, coded);
    options.checkpoint?.('document');
    options.checkpoint?.('events');
    await insertEvents(tx, { id: documentId, contentHash: document.contentHash, outlet: outletOf(document.url) }, coded.events, options.windowDays, touched);
    options.checkpoint?.('clusters');
    return { status, documentId, events: coded.events.length };
  });
}

async function insertSentences(tx: Queryable, documentId: number, coded: CodedDocument): Promise<void> {
  const { sentences, document } = coded;
  if (sentences.length === 0) return;
  // One statement for all sentences: arrays unnested server-side.
  await tx.query(
    `insert into sentences (document_id, index, start_offset, end_offset, text)
     select $1, * from unnest($2::int[], $3::int[], $4::int[], $5::text[])`,
    [documentId, sentences.map((s) => s.index), sentences.map((s) => s.start), sentences.map((s) => s.end),
      sentences.map((s) => document.text.slice(s.start, s.end))],
  );
}

/** Where a document's events sit in the clusters: what removing or re-coding it touches. */
export async function clusterTouchesOfDocument(tx: Queryable, documentId: number): Promise<ClusterTouch[]> {
  const rows = await tx.query<{ source_actor_id: number; target_actor_id: number | null; plover: string; date: string | null }>(
    'select distinct source_actor_id, target_actor_id, plover, date from events where document_id = $1', [documentId],
  );
  return rows.map((r) => ({ source: r.source_actor_id, target: r.target_actor_id, plover: r.plover, date: r.date }));
}
