// Coded events as stored rows: actors found or created, the stored actor's name shown (an
// analyst may have merged or renamed it), corrections applied. Used when a document is
// written and again whenever a correction, merge or rename changes what an event says.
// Each step is one statement for all of a document's events: ingest speed depends on it.
import type { ActorRecord, EventRecord } from '../types.js';
import type { StoredActor } from './actor-store.js';
import type { ActorSighting } from './actor-store.js';
import { actorsFor, keysToLookUp } from './actor-store.js';
import type { ClusterTouch, IncomingEvent } from './clusters.js';
import { applyClusterPlan, clusterPlanExpressions, planClusters } from './clusters.js';
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

function sightingsOf(events: readonly EventRecord[]): ActorSighting[] {
  return events.flatMap((event) => [
    { record: event.source, date: event.date },
    ...(event.target ? [{ record: event.target, date: event.date }] : []),
  ]);
}

/** What deriving new events needs to know first, read in one statement (see `prefetch`). */
interface Prefetched {
  storedActorKeys: ReadonlySet<string>;
  anyCorrection: boolean;
}

/** Actors, shown names and corrections for a batch of coded events (keys: their event keys). */
async function deriveAll(tx: Queryable, events: readonly EventRecord[], keys: readonly string[], known?: Prefetched): Promise<DerivedEvent[]> {
  const actors = await actorsFor(tx, sightingsOf(events), known?.storedActorKeys);
  const corrections = known && !known.anyCorrection ? new Map<string, StoredCorrection[]>() : await correctionsFor(tx, keys);
  const actorById = async (id: number): Promise<ActorSummary | null> => {
    const [actor] = await tx.query<ActorSummary>('select id, name, kind, country, sector from actors where id = $1', [id]);
    return actor ?? null;
  };
  const derived: DerivedEvent[] = [];
  let at = 0;
  for (const [i, event] of events.entries()) {
    const source = actors[at++]!;
    const target = event.target ? actors[at++]! : null;
    const base: DerivedEvent = {
      source_actor_id: source.id, target_actor_id: target?.id ?? null,
      source: shown(event.source, source), target: event.target && target ? shown(event.target, target) : null,
      plover: event.plover, cameo: event.cameo, quad: event.quad, goldstein: event.goldstein,
      rejected: false, corrected: false,
    };
    const own: readonly StoredCorrection[] = corrections.get(keys[i]!) ?? [];
    derived.push(own.length > 0 ? await applyCorrections(base, own, actorById) : base);
  }
  return derived;
}

function touchOf(event: DerivedEvent, date: string | null): ClusterTouch {
  return { source: event.source_actor_id, target: event.target_actor_id, plover: event.plover, date };
}

/** Mention rows (event, actor, position, text) of events, as four arrays for `unnest`. */
function mentionRows(ids: readonly number[], derived: readonly DerivedEvent[]): [number[], number[], string[], string[]] {
  const rows = derived.flatMap((d, i) => [
    [ids[i]!, d.source_actor_id, 'source', d.source.text] as const,
    ...(d.target_actor_id !== null ? [[ids[i]!, d.target_actor_id, 'target', d.target?.text ?? ''] as const] : []),
  ]);
  return [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])];
}

/** Replaces the mentions of these events with their current source and target. */
async function writeMentions(tx: Queryable, ids: readonly number[], derived: readonly DerivedEvent[]): Promise<void> {
  // Two statements: within one, the insert would not see the delete's effect.
  await tx.query('delete from mentions where event_id = any($1::int[])', [ids]);
  await tx.query(
    'insert into mentions (event_id, actor_id, position, text) select * from unnest($1::int[], $2::int[], $3::text[], $4::text[])',
    mentionRows(ids, derived),
  );
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

export interface StoredDocumentRef {
  id: number;
  contentHash: string;
  outlet: string | null;
}

/**
 * One statement for three questions whose answers the later steps need: the new events' ids
 * (taken first, so that mentions and clusters can name the events before they are written),
 * whether any correction names one of them, and which of their actors are stored already.
 * Each statement costs a round trip (about half a millisecond in PGlite), whatever it asks.
 */
async function prefetch(tx: Queryable, events: readonly EventRecord[], keys: readonly string[]): Promise<Prefetched & { ids: number[] }> {
  const [row] = await tx.query<{ ids: number[]; any_correction: boolean; stored_keys: string[] }>(
    `select array(select nextval(pg_get_serial_sequence('events', 'id'))::int from generate_series(1, $1::int)) as ids,
       exists (select 1 from corrections where event_key = any($2::text[])) as any_correction,
       array(select key from actors where key = any($3::text[])) as stored_keys`,
    [events.length, keys, keysToLookUp(sightingsOf(events))],
  );
  return {
    // Sorted: events are inserted in the order of their ids.
    ids: [...row!.ids].sort((a, b) => a - b),
    anyCorrection: row!.any_correction,
    storedActorKeys: new Set(row!.stored_keys),
  };
}

/**
 * Inserts a document's coded events (corrections applied) with their clusters: the clusters
 * are planned first, with the new events in them, so each event is written once, already in
 * its cluster. `removed` are where events of an earlier version were (they change clusters too).
 */
export async function insertEvents(tx: Queryable, document: StoredDocumentRef, events: readonly EventRecord[], windowDays: number, removed: readonly ClusterTouch[] = []): Promise<void> {
  const keys = events.map((event) => eventKey(document.contentHash, event));
  const { ids, ...known } = await prefetch(tx, events, keys);
  const derived = await deriveAll(tx, events, keys, known);
  const incoming: IncomingEvent[] = derived.flatMap((d, i) => (d.rejected ? [] : [{
    id: ids[i]!, date: events[i]!.date, document_id: document.id, outlet: document.outlet,
    source_actor_id: d.source_actor_id, target_actor_id: d.target_actor_id, plover: d.plover,
  }]));
  const plan = await planClusters(tx, [...removed, ...derived.map((d, i) => touchOf(d, events[i]!.date))], windowDays, incoming);
  if (events.length === 0) {
    await applyClusterPlan(tx, plan);
    return;
  }
  // The clusters are written in the same statement as the events (parameters from $4 on).
  const clustering = clusterPlanExpressions(plan, new Set(ids), 4);
  const clusterOf = new Map(plan.members);
  // The rows go as one JSON text rather than an array per column: PGlite escapes and measures
  // every string of an array parameter in JavaScript, while JSON.stringify and PostgreSQL's
  // JSON reader do the same work natively.
  const rows = events.map((event, i) => {
    const d = derived[i]!;
    return {
      id: ids[i], sentence: event.sentence, key: keys[i], date: event.date, source_id: d.source_actor_id,
      target_id: d.target_actor_id, source: d.source, target: d.target, source_country: d.source.country,
      target_country: d.target?.country ?? null, plover: d.plover, mode: event.mode, context: event.context,
      cameo: d.cameo, quad: d.quad, goldstein: d.goldstein, channel: event.channel, evidence: event.evidence.text,
      evidence_start: event.evidence.start, evidence_end: event.evidence.end, confidence: event.confidence, coded: event,
      rejected: d.rejected, corrected: d.corrected, cluster: clusterOf.get(ids[i]!) ?? null,
    };
  });
  const [mentionEvents, mentionActors, mentionPositions, mentionTexts] = mentionRows(ids, derived);
  const mentions = mentionEvents.map((event, i) => ({ event, actor: mentionActors[i], position: mentionPositions[i], text: mentionTexts[i] }));
  // Events and their mentions in one statement: each round trip to the database costs.
  await tx.query(
    `with ${clustering.sql},
     inserted as (
       insert into events (id, document_id, sentence_index, event_key, date, source_actor_id, target_actor_id, source, target,
         source_country, target_country, plover, mode, context, cameo, quad, goldstein, channel,
         evidence_text, evidence_start, evidence_end, confidence, coded, rejected, corrected, cluster_id)
       select u.id, $2, u.sentence, u.key, u.date, u.source_id, u.target_id, u.source, u.target,
         u.source_country, u.target_country, u.plover, u.mode, coalesce(u.context, '{}'), u.cameo, u.quad, u.goldstein, u.channel,
         u.evidence, u.evidence_start, u.evidence_end, u.confidence, u.coded, u.rejected, u.corrected, u.cluster
       from json_to_recordset($1::json) as u(id int, sentence int, key text, date text, source_id int, target_id int,
         source jsonb, target jsonb, source_country text, target_country text, plover text, mode text, context text[],
         cameo text, quad text, goldstein real, channel text, evidence text, evidence_start int, evidence_end int,
         confidence real, coded jsonb, rejected bool, corrected bool, cluster int)
       returning id)
     insert into mentions (event_id, actor_id, position, text)
     select m.event, m.actor, m.position, m.text from json_to_recordset($3::json) as m(event int, actor int, position text, text text)
     where exists (select 1 from inserted) and (select count(*) from removed) >= 0`,
    [JSON.stringify(rows), document.id, JSON.stringify(mentions), ...clustering.params],
  );
}

/**
 * Derives stored events again from their coded records (after a correction, merge or
 * rename); returns where clusters changed: the events' places before and after.
 */
export async function rederiveEvents(tx: Queryable, eventIds: readonly number[]): Promise<ClusterTouch[]> {
  if (eventIds.length === 0) return [];
  const rows = await tx.query<{ id: number; event_key: string; coded: EventRecord; date: string | null; source_actor_id: number; target_actor_id: number | null; plover: string }>(
    'select id, event_key, coded, date, source_actor_id, target_actor_id, plover from events where id = any($1::int[]) order by id', [eventIds],
  );
  const derived = await deriveAll(tx, rows.map((r) => r.coded), rows.map((r) => r.event_key));
  const touched: ClusterTouch[] = rows.map((r) => ({ source: r.source_actor_id, target: r.target_actor_id, plover: r.plover, date: r.date }));
  for (const [i, row] of rows.entries()) {
    const d = derived[i]!;
    await tx.query(
      `update events set source_actor_id = $2, target_actor_id = $3, source = $4, target = $5, source_country = $6,
         target_country = $7, plover = $8, cameo = $9, quad = $10, goldstein = $11, rejected = $12, corrected = $13
       where id = $1`,
      [row.id, d.source_actor_id, d.target_actor_id, json(d.source), json(d.target), d.source.country, d.target?.country ?? null,
        d.plover, d.cameo, d.quad, d.goldstein, d.rejected, d.corrected],
    );
    touched.push(touchOf(d, row.date));
  }
  await writeMentions(tx, rows.map((r) => r.id), derived);
  return touched;
}
