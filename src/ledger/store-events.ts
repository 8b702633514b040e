// Coded events as stored rows: actors found or created, the stored actor's name shown (an
// analyst may have merged or renamed it), corrections applied. Used when a document is
// written and again whenever a correction, merge or rename changes what an event says.
import type { ActorRecord, EventRecord } from '../types.js';
import type { StoredActor } from './actor-store.js';
import { actorFor } from './actor-store.js';
import type { ClusterKey } from './clusters.js';
import type { ActorSummary, StoredCorrection } from './corrections.js';
import { applyCorrections, correctionsFor } from './corrections.js';
import type { Queryable } from './database.js';
import { eventKey } from './event-key.js';

export interface DerivedEvent {
  source_actor_id: number;
  target_actor_id: number | null;
  source: ActorRecord;
  target: ActorRecord | null;
  plover: string;
  cameo: string;
  quad: string;
  goldstein: number;
  rejected: boolean;
  corrected: boolean;
}

function shown(record: ActorRecord, actor: StoredActor): ActorRecord {
  return actor.kind === 'named' ? { ...record, name: actor.name } : record;
}

async function derive(tx: Queryable, event: EventRecord, corrections: readonly StoredCorrection[]): Promise<DerivedEvent> {
  const source = await actorFor(tx, event.source, event.date);
  const target = event.target ? await actorFor(tx, event.target, event.date) : null;
  const actorById = async (id: number): Promise<ActorSummary | null> => {
    const [actor] = await tx.query<ActorSummary>('select id, name, kind, country, sector from actors where id = $1', [id]);
    return actor ?? null;
  };
  return applyCorrections({
    source_actor_id: source.id, target_actor_id: target?.id ?? null,
    source: shown(event.source, source), target: event.target && target ? shown(event.target, target) : null,
    plover: event.plover, cameo: event.cameo, quad: event.quad, goldstein: event.goldstein,
    rejected: false, corrected: false,
  }, corrections, actorById);
}

function keyOf(event: DerivedEvent): ClusterKey {
  return { source: event.source_actor_id, target: event.target_actor_id, plover: event.plover };
}

async function insertMentions(tx: Queryable, eventId: number, derived: DerivedEvent): Promise<void> {
  await tx.query('delete from mentions where event_id = $1', [eventId]);
  await tx.query(`insert into mentions (event_id, actor_id, position, text) values ($1, $2, 'source', $3)`,
    [eventId, derived.source_actor_id, derived.source.text]);
  if (derived.target_actor_id !== null) {
    await tx.query(`insert into mentions (event_id, actor_id, position, text) values ($1, $2, 'target', $3)`,
      [eventId, derived.target_actor_id, derived.target?.text ?? '']);
  }
}

/** Inserts a document's coded events (corrections applied); returns the cluster keys touched. */
export async function insertEvents(tx: Queryable, documentId: number, contentHash: string, events: readonly EventRecord[]): Promise<ClusterKey[]> {
  const keys = events.map((event) => eventKey(contentHash, event));
  const corrections = await correctionsFor(tx, keys);
  const touched: ClusterKey[] = [];
  for (const [i, event] of events.entries()) {
    const derived = await derive(tx, event, corrections.get(keys[i]!) ?? []);
    const [inserted] = await tx.query<{ id: number }>(
      `insert into events (document_id, sentence_index, event_key, date, source_actor_id, target_actor_id, source, target,
         source_country, target_country, plover, mode, context, cameo, quad, goldstein, channel,
         evidence_text, evidence_start, evidence_end, confidence, coded, rejected, corrected)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)
       returning id`,
      [documentId, event.sentence, keys[i], event.date, derived.source_actor_id, derived.target_actor_id,
        JSON.stringify(derived.source), derived.target ? JSON.stringify(derived.target) : null,
        derived.source.country, derived.target?.country ?? null, derived.plover, event.mode, event.context,
        derived.cameo, derived.quad, derived.goldstein, event.channel, event.evidence.text, event.evidence.start,
        event.evidence.end, event.confidence, JSON.stringify(event), derived.rejected, derived.corrected],
    );
    await insertMentions(tx, inserted!.id, derived);
    touched.push(keyOf(derived));
  }
  return touched;
}

/**
 * Derives stored events again from their coded records (after a correction, merge or
 * rename); returns the cluster keys before and after, all of which need reclustering.
 */
export async function rederiveEvents(tx: Queryable, eventIds: readonly number[]): Promise<ClusterKey[]> {
  if (eventIds.length === 0) return [];
  const rows = await tx.query<{ id: number; event_key: string; coded: EventRecord; source_actor_id: number; target_actor_id: number | null; plover: string }>(
    'select id, event_key, coded, source_actor_id, target_actor_id, plover from events where id = any($1::int[])', [eventIds],
  );
  const corrections = await correctionsFor(tx, rows.map((r) => r.event_key));
  const touched: ClusterKey[] = [];
  for (const row of rows) {
    touched.push({ source: row.source_actor_id, target: row.target_actor_id, plover: row.plover });
    const derived = await derive(tx, row.coded, corrections.get(row.event_key) ?? []);
    await tx.query(
      `update events set source_actor_id = $2, target_actor_id = $3, source = $4, target = $5, source_country = $6,
         target_country = $7, plover = $8, cameo = $9, quad = $10, goldstein = $11, rejected = $12, corrected = $13
       where id = $1`,
      [row.id, derived.source_actor_id, derived.target_actor_id, JSON.stringify(derived.source),
        derived.target ? JSON.stringify(derived.target) : null, derived.source.country, derived.target?.country ?? null,
        derived.plover, derived.cameo, derived.quad, derived.goldstein, derived.rejected, derived.corrected],
    );
    await insertMentions(tx, row.id, derived);
    touched.push(keyOf(derived));
  }
  return touched;
}
