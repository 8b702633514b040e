// An analyst's corrections: stored with who and when, applied to events whenever they are
// written (ingest, re-ingest, recode), so that no re-coding undoes them.
import { cameoFacts } from '../coding/cameo.js';
import { loadOntology } from '../ontology/load.js';
import type { ActorRecord, PloverCategory } from '../types.js';
import type { Queryable } from './database.js';

export const PLOVER_CATEGORIES: readonly PloverCategory[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export type EventCorrection =
  | { kind: 'reject' }
  | { kind: 'restore' }
  | { kind: 'category'; plover: PloverCategory }
  | { kind: 'source'; actorId: number }
  | { kind: 'target'; actorId: number | null };

export interface StoredCorrection {
  id: number;
  kind: 'reject' | 'restore' | 'category' | 'source' | 'target' | 'merge' | 'rename';
  event_key: string | null;
  actor_id: number | null;
  value: Record<string, unknown>;
  author: string;
  note: string | null;
  created_at: string;
}

/** The fields of an event a correction can change. */
export interface CorrectableEvent {
  plover: string;
  cameo: string;
  quad: string;
  goldstein: number;
  source_actor_id: number;
  target_actor_id: number | null;
  source: ActorRecord;
  target: ActorRecord | null;
  rejected: boolean;
  corrected: boolean;
}

export interface ActorSummary {
  id: number;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
}

/** A category put by hand carries the category's own CAMEO code, quad class and Goldstein score. */
export function categoryFacts(plover: PloverCategory): { plover: string; cameo: string; quad: string; goldstein: number } {
  const entry = loadOntology().plover[plover];
  const facts = entry ? cameoFacts(entry.cameo) : null;
  return { plover, cameo: entry?.cameo ?? '', quad: entry?.quad ?? facts?.quad ?? '', goldstein: facts?.goldstein ?? 0 };
}

/** The record shown for an actor an analyst put in place of the coded one. */
export function recordOfActor(actor: ActorSummary, text: string): ActorRecord {
  return { text, name: actor.kind === 'named' ? actor.name : null, country: actor.country, sector: actor.sector, role: null };
}

/** Applies corrections (oldest first) to an event; `actorById` looks up actors the corrections name. */
export async function applyCorrections<E extends CorrectableEvent>(
  event: E,
  corrections: readonly StoredCorrection[],
  actorById: (id: number) => Promise<ActorSummary | null>,
): Promise<E> {
  const result = { ...event };
  for (const correction of corrections) {
    switch (correction.kind) {
      case 'reject': result.rejected = true; break;
      case 'restore': result.rejected = false; break;
      case 'category': Object.assign(result, categoryFacts(String(correction.value.plover) as PloverCategory)); break;
      case 'source': {
        const actor = await actorById(Number(correction.value.actorId));
        if (!actor) continue;
        result.source_actor_id = actor.id;
        result.source = recordOfActor(actor, event.source.text);
        break;
      }
      case 'target': {
        const id = correction.value.actorId;
        const actor = id === null || id === undefined ? null : await actorById(Number(id));
        result.target_actor_id = actor?.id ?? null;
        result.target = actor ? recordOfActor(actor, event.target?.text ?? actor.name) : null;
        break;
      }
      default: continue;
    }
    result.corrected = true;
  }
  return result;
}

/** Event corrections for these keys, oldest first, grouped by key. */
export async function correctionsFor(db: Queryable, keys: readonly string[]): Promise<Map<string, StoredCorrection[]>> {
  const byKey = new Map<string, StoredCorrection[]>();
  if (keys.length === 0) return byKey;
  const rows = await db.query<StoredCorrection>(
    'select * from corrections where event_key = any($1::text[]) order by id', [keys],
  );
  for (const row of rows) {
    const list = byKey.get(row.event_key!) ?? [];
    list.push(row);
    byKey.set(row.event_key!, list);
  }
  return byKey;
}
