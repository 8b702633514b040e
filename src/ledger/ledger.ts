// The ledger: where coded events accumulate, day after day. Opens (and migrates) the
// database, stores coded documents, re-codes stored ones, and takes an analyst's corrections.
import type { Coder, CodedDocument } from '../pipeline.js';
import type { Document } from '../types.js';
import { canonicalActor } from './actor-store.js';
import type { StoredActor } from './actor-store.js';
import { DEFAULT_WINDOW_DAYS, rebuildAllClusters, recluster } from './clusters.js';
import { PLOVER_CATEGORIES } from './corrections.js';
import type { EventCorrection } from './corrections.js';
import type { Database, OpenOptions, Queryable } from './database.js';
import { openDatabase } from './database.js';
import { migrate } from './migrations.js';
import { clusterTouchesOfDocument, storeCodedDocument } from './store-document.js';
import type { StoreOptions, StoreResult } from './store-document.js';
import { insertEvents, rederiveEvents } from './store-events.js';
import { lockLedgerForWriting } from './writer-lock.js';
import type { CodingPool } from '../workers/coding-pool.js';
import { inOrder } from '../workers/coding-pool.js';

export interface RecodeProgress {
  done: number;
  total: number;
  events: number;
}

export class Ledger {
  private constructor(readonly db: Database) {}

  static async open(options: OpenOptions = {}): Promise<Ledger> {
    const db = await openDatabase(options);
    try {
      await migrate(db);
    } catch (error) {
      await db.close().catch(() => {});
      throw error;
    }
    return new Ledger(db);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /** Days two reports of one event may lie apart and still merge. */
  async windowDays(): Promise<number> {
    const [row] = await this.db.query<{ value: number }>("select value from settings where key = 'cluster_window_days'");
    return row ? Number(row.value) : DEFAULT_WINDOW_DAYS;
  }

  /**
   * The window, read once a second at most while storing: a round trip per document costs
   * more than the rare change of the window by another process.
   */
  private async currentWindowDays(): Promise<number> {
    const now = Date.now();
    if (!this.window || now - this.window.at > 1000) this.window = { days: await this.windowDays(), at: now };
    return this.window.days;
  }

  private window: { days: number; at: number } | null = null;

  /** Changes the window and rebuilds every cluster with it. */
  async setWindowDays(days: number): Promise<void> {
    if (!Number.isInteger(days) || days < 0 || days > 365) throw new RangeError(`invalid window "${days}" (expected whole days, 0 to 365)`);
    this.window = null;
    if (days === await this.windowDays()) return;
    await this.db.transaction(async (tx) => {
      await lockLedgerForWriting(this.db, tx);
      await tx.query(
        "insert into settings (key, value) values ('cluster_window_days', $1) on conflict (key) do update set value = excluded.value",
        [JSON.stringify(days)],
      );
      await rebuildAllClusters(tx, days);
    });
  }

  async store(coded: CodedDocument, options: Partial<StoreOptions> = {}): Promise<StoreResult> {
    return storeCodedDocument(this.db, coded, { windowDays: await this.currentWindowDays(), ...options });
  }

  /**
   * Marks the tables' pages as visible to every reader and refreshes the planner's statistics,
   * after a batch of writes (an ingest, a recode). Overviews then count and rank events from
   * the events_live index alone. A PostgreSQL server's autovacuum does this by itself in time;
   * the embedded ledger has no background worker, so the commands that write call this.
   */
  async tidy(): Promise<void> {
    await this.db.exec('vacuum (analyze) events, mentions, clusters, actors');
  }

  /** Whether a document with this content is stored already (so that coding it can be skipped). */
  async hasContent(contentHash: string): Promise<boolean> {
    return (await this.db.query('select 1 from documents where content_hash = $1', [contentHash])).length > 0;
  }

  /**
   * Codes every stored document again (after a dictionary or coder change), one transaction
   * per document; corrections apply again to the events they name.
   */
  /**
   * Codes every stored document again and replaces its events, one transaction per document,
   * in id order. `coder` may be a coding pool: `ahead` documents are then coded while earlier
   * ones are written.
   */
  async recode(coder: Pick<Coder, 'codeDocument'> | Pick<CodingPool, 'code'>, onProgress?: (progress: RecodeProgress) => void, ahead = 1): Promise<RecodeProgress> {
    const windowDays = await this.windowDays();
    const ids = (await this.db.query<{ id: number }>('select id from documents order by id')).map((r) => r.id);
    const progress: RecodeProgress = { done: 0, total: ids.length, events: 0 };
    const code = 'code' in coder ? (document: Document) => coder.code(document) : async (document: Document) => coder.codeDocument(document);
    const db = this.db;
    async function* storedDocuments(): AsyncGenerator<StoredDocumentRow> {
      for (const id of ids) {
        const [row] = await db.query<StoredDocumentRow>('select * from documents where id = $1', [id]);
        if (row) yield row;
      }
    }
    for await (const { item: row, result } of inOrder(storedDocuments(), (row) => code(documentOfRow(row)), Math.max(1, ahead))) {
      if (result.status === 'rejected') throw result.reason;
      const coded = result.value;
      await this.db.transaction(async (tx) => {
        await lockLedgerForWriting(this.db, tx);
        const removed = await clusterTouchesOfDocument(tx, row.id);
        await tx.query('delete from events where document_id = $1', [row.id]);
        await insertEvents(tx, { id: row.id, contentHash: row.content_hash, outlet: row.outlet }, coded.events, windowDays, removed);
        await tx.query('update documents set sentence_count = $2 where id = $1', [row.id, coded.sentenceCount]);
      });
      progress.done += 1;
      progress.events += coded.events.length;
      onProgress?.(progress);
    }
    return progress;
  }

  /** Records an analyst's correction of one event and applies it at once. */
  async correctEvent(eventId: number, correction: EventCorrection, author: string, note: string | null = null): Promise<void> {
    if (correction.kind === 'category' && !PLOVER_CATEGORIES.includes(correction.plover)) {
      throw new RangeError(`unknown PLOVER category "${correction.plover}" (expected one of ${PLOVER_CATEGORIES.join(', ')})`);
    }
    const windowDays = await this.windowDays();
    await this.db.transaction(async (tx) => {
      await lockLedgerForWriting(this.db, tx);
      const [event] = await tx.query<{ event_key: string }>('select event_key from events where id = $1', [eventId]);
      if (!event) throw new RangeError(`no event ${eventId}`);
      for (const id of [correction.kind === 'source' ? correction.actorId : null, correction.kind === 'target' ? correction.actorId : null]) {
        if (id !== null && (await tx.query('select 1 from actors where id = $1', [id])).length === 0) throw new RangeError(`no actor ${id}`);
      }
      const { kind, ...value } = correction;
      await tx.query('insert into corrections (kind, event_key, value, author, note) values ($1, $2, $3, $4, $5)',
        [kind, event.event_key, JSON.stringify(value), author, note]);
      const ids = (await tx.query<{ id: number }>('select id from events where event_key = $1', [event.event_key])).map((r) => r.id);
      await recluster(tx, await rederiveEvents(tx, ids), windowDays);
    });
  }

  /** Merges one actor into another ("Sergey Syrankov" is "Sergei Syrankov"): its events, names and roles follow. */
  async mergeActors(fromId: number, intoId: number, author: string, note: string | null = null): Promise<StoredActor> {
    const windowDays = await this.windowDays();
    return this.db.transaction(async (tx) => {
      await lockLedgerForWriting(this.db, tx);
      const from = await canonicalActor(tx, fromId).catch(() => null);
      const into = await canonicalActor(tx, intoId).catch(() => null);
      if (!from) throw new RangeError(`no actor ${fromId}`);
      if (!into) throw new RangeError(`no actor ${intoId}`);
      if (from.id === into.id) throw new RangeError(`actor ${fromId} is already actor ${into.id}`);
      await tx.query('insert into corrections (kind, actor_id, value, author, note) values ($1, $2, $3, $4, $5)',
        ['merge', from.id, JSON.stringify({ into: into.id }), author, note]);
      await tx.query('update actors set merged_into = $2 where id = $1', [from.id, into.id]);
      await tx.query(`insert into actor_aliases (actor_id, alias) select $2, alias from actor_aliases where actor_id = $1 on conflict do nothing`, [from.id, into.id]);
      await tx.query('insert into actor_aliases (actor_id, alias) values ($1, $2) on conflict do nothing', [into.id, from.name]);
      await tx.query(
        `insert into actor_roles (actor_id, role, country, sector, first_seen, last_seen)
         select $2, role, country, sector, first_seen, last_seen from actor_roles where actor_id = $1
         on conflict (actor_id, role, country, sector) do update set
           first_seen = least(actor_roles.first_seen, excluded.first_seen), last_seen = greatest(actor_roles.last_seen, excluded.last_seen)`,
        [from.id, into.id],
      );
      await rederiveActorEvents(tx, from.id, windowDays);
      return into;
    });
  }

  /** Gives an actor the name analysts know it by; the old name stays an alias. */
  async renameActor(actorId: number, name: string, author: string, note: string | null = null): Promise<StoredActor> {
    const trimmed = name.trim();
    if (trimmed === '') throw new RangeError('a name cannot be empty');
    const windowDays = await this.windowDays();
    return this.db.transaction(async (tx) => {
      await lockLedgerForWriting(this.db, tx);
      const actor = await canonicalActor(tx, actorId).catch(() => null);
      if (!actor) throw new RangeError(`no actor ${actorId}`);
      await tx.query('insert into corrections (kind, actor_id, value, author, note) values ($1, $2, $3, $4, $5)',
        ['rename', actor.id, JSON.stringify({ from: actor.name, to: trimmed }), author, note]);
      await tx.query('insert into actor_aliases (actor_id, alias) values ($1, $2) on conflict do nothing', [actor.id, actor.name]);
      await tx.query('update actors set name = $2 where id = $1', [actor.id, trimmed]);
      await rederiveActorEvents(tx, actor.id, windowDays);
      return { ...actor, name: trimmed };
    });
  }
}

/** Events that name an actor, derived again after a merge or rename. */
async function rederiveActorEvents(tx: Queryable, actorId: number, windowDays: number): Promise<void> {
  const ids = (await tx.query<{ id: number }>(
    'select id from events where source_actor_id = $1 or target_actor_id = $1', [actorId],
  )).map((r) => r.id);
  await recluster(tx, await rederiveEvents(tx, ids), windowDays);
}

export interface StoredDocumentRow {
  id: number;
  doc_key: string;
  origin: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  text: string;
  content_hash: string;
}

export function documentOfRow(row: StoredDocumentRow): Document {
  return {
    id: row.doc_key, origin: row.origin, url: row.url, title: row.title, published: row.published,
    text: row.text, lang: row.lang, contentHash: row.content_hash,
  };
}

