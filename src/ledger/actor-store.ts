// Actors in the ledger: found or created by identity, merged ones followed to the actor they
// were merged into, with the names and dated roles the articles gave them.
import { foldName } from '../nlp/fold.js';
import type { ActorRecord } from '../types.js';
import { actorIdentity } from './actor-identity.js';
import type { ActorIdentity } from './actor-identity.js';
import type { Queryable } from './database.js';

export interface StoredActor {
  id: number;
  key: string;
  name: string;
  kind: 'named' | 'country';
  country: string | null;
  sector: string | null;
  merged_into: number | null;
}

/** Follows merges to the actor that stands for `id` now. */
export async function canonicalActor(db: Queryable, id: number): Promise<StoredActor> {
  let seen = 0;
  let [actor] = await db.query<StoredActor>('select * from actors where id = $1', [id]);
  while (actor?.merged_into && seen++ < 50) {
    [actor] = await db.query<StoredActor>('select * from actors where id = $1', [actor.merged_into]);
  }
  if (!actor) throw new Error(`no actor ${id}`);
  return actor;
}

/** The words of a named actor's key ("n:miguel diaz-canel" → miguel, diaz-canel). */
function nameWords(key: string): string[] {
  return key.slice(2).split(/\s+/).filter((w) => w.length > 0);
}

/** Whether every word of `part` is in `whole`. */
function within(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((word) => whole.includes(word));
}

/**
 * Articles name one person more or less fully ("Miguel Díaz-Canel", "Miguel Díaz-Canel
 * Bermúdez"). A new name whose words (at least two) are all in one known name of the same
 * country, or the other way round, is recorded as a variant of that actor: its key is merged
 * into it, so later articles find it directly. With two such candidates nothing is guessed.
 */
async function joinKnownVariant(db: Queryable, identity: ActorIdentity): Promise<void> {
  if ((await db.query('select 1 from actors where key = $1', [identity.key])).length > 0) return;
  const words = nameWords(identity.key);
  if (words.length < 2 || identity.country === null) return;
  const candidates = (await db.query<{ id: number; key: string }>(
    "select id, key from actors where kind = 'named' and merged_into is null and country = $1", [identity.country],
  )).filter((actor) => {
    const other = nameWords(actor.key);
    return other.length >= 2 && (within(words, other) || within(other, words));
  });
  if (candidates.length !== 1) return;
  await db.query(
    `insert into actors (key, name, kind, country, sector, merged_into) values ($1, $2, 'named', $3, $4, $5)
     on conflict (key) do nothing`,
    [identity.key, identity.name, identity.country, identity.sector, candidates[0]!.id],
  );
}

/** The actor for a coded actor record, created on first sight; returns the canonical actor. */
export async function actorFor(db: Queryable, record: ActorRecord, date: string | null): Promise<StoredActor> {
  const identity = actorIdentity(record);
  if (identity.kind === 'named') await joinKnownVariant(db, identity);
  const [row] = await db.query<{ id: number }>(
    `insert into actors (key, name, kind, country, sector) values ($1, $2, $3, $4, $5)
     on conflict (key) do update set
       country = coalesce(actors.country, excluded.country),
       sector = coalesce(actors.sector, excluded.sector)
     returning id`,
    [identity.key, identity.name, identity.kind, identity.country, identity.sector],
  );
  const actor = await canonicalActor(db, row!.id);
  if (identity.kind === 'named') {
    await db.query('insert into actor_aliases (actor_id, alias) values ($1, $2) on conflict do nothing', [actor.id, record.name]);
    if (record.role) {
      await db.query(
        `insert into actor_roles (actor_id, role, country, sector, first_seen, last_seen) values ($1, $2, $3, $4, $5, $5)
         on conflict (actor_id, role, country, sector) do update set
           first_seen = least(actor_roles.first_seen, excluded.first_seen),
           last_seen = greatest(actor_roles.last_seen, excluded.last_seen)`,
        [actor.id, record.role, record.country ?? '', record.sector ?? '', date],
      );
    }
  }
  return actor;
}

/**
 * Finds actors by id, name or alias compared without diacritics or case, or ISO3 code for
 * country-level actors. Merged actors answer with the actor they were merged into.
 */
export async function findActors(db: Queryable, query: string): Promise<StoredActor[]> {
  const ids = /^\d+$/.test(query)
    ? [Number(query)]
    : (await db.query<{ id: number }>(
      `select distinct a.id from actors a left join actor_aliases al on al.actor_id = a.id
       where a.key = $1 or lower(a.name) = lower($2) or lower(al.alias) = lower($2)
         or (a.kind = 'country' and a.country = upper($2))`,
      [`n:${foldName(query)}`, query],
    )).map((r) => r.id);
  // "Putin", "Diaz-Canel": the named actors whose name holds every word asked for.
  if (ids.length === 0 && !/^\d+$/.test(query)) {
    const words = nameWords(`n:${foldName(query)}`);
    if (words.length > 0) {
      const named = await db.query<{ id: number; key: string }>(
        "select id, key from actors where kind = 'named' and strpos(key, $1) > 0", [words[0]],
      );
      ids.push(...named.filter((a) => within(words, nameWords(a.key))).map((a) => a.id));
    }
  }
  const found = new Map<number, StoredActor>();
  for (const id of ids) {
    const actor = await canonicalActor(db, id).catch(() => null);
    if (actor) found.set(actor.id, actor);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}
