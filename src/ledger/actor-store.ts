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

/** A coded actor and the date of the event that names it (for the actor's dated roles). */
export interface ActorSighting {
  record: ActorRecord;
  date: string | null;
}

function identitiesOf(sightings: readonly ActorSighting[]): Map<string, ActorIdentity> {
  const identities = new Map<string, ActorIdentity>();
  for (const { record } of sightings) {
    const identity = actorIdentity(record);
    if (!identities.has(identity.key)) identities.set(identity.key, identity);
  }
  return identities;
}

/** Named actors of a known country with two or more name words: the ones that may be variants of a stored name. */
function mayBeVariant(identity: ActorIdentity): boolean {
  return identity.kind === 'named' && identity.country !== null && nameWords(identity.key).length >= 2;
}

/**
 * The keys `actorsFor` asks the ledger about before anything else (which of them are stored
 * already): a caller that reads them along with other things passes the answer back in.
 */
export function keysToLookUp(sightings: readonly ActorSighting[]): string[] {
  return [...identitiesOf(sightings).values()].filter(mayBeVariant).map((identity) => identity.key);
}

/**
 * The stored actors for a document's coded actors, created on first sight, merged actors
 * followed to the actor they were merged into; names become aliases and roles are dated.
 * A few statements for the whole document, whatever its number of events. `storedKeys`: which
 * of `keysToLookUp(sightings)` are stored already, when the caller has read them.
 */
export async function actorsFor(db: Queryable, sightings: readonly ActorSighting[], storedKeys?: ReadonlySet<string>): Promise<StoredActor[]> {
  const identities = identitiesOf(sightings);
  const variants = await knownVariants(db, [...identities.values()], storedKeys);
  const list = [...identities.values()];
  // The upsert answers with each actor and, for merged ones, the actor it was merged into.
  const rows = await db.query<StoredActor & { into: StoredActor | null }>(
    `with upserted as (
       insert into actors (key, name, kind, country, sector, merged_into)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
       on conflict (key) do update set
         country = coalesce(actors.country, excluded.country),
         sector = coalesce(actors.sector, excluded.sector)
       returning *)
     select u.id, u.key, u.name, u.kind, u.country, u.sector, u.merged_into,
       case when m.id is null then null else json_build_object('id', m.id, 'key', m.key, 'name', m.name, 'kind', m.kind,
         'country', m.country, 'sector', m.sector, 'merged_into', m.merged_into) end as into
     from upserted u left join actors m on m.id = u.merged_into`,
    [list.map((i) => i.key), list.map((i) => i.name), list.map((i) => i.kind), list.map((i) => i.country),
      list.map((i) => i.sector), list.map((i) => variants.get(i.key) ?? null)],
  );
  const byKey = new Map<string, StoredActor>();
  for (const { into, ...row } of rows) {
    // Merged twice over ("A" into "B" into "C"): rare, followed with one more query.
    const actor = row.merged_into === null ? row : into && into.merged_into === null ? into : await canonicalActor(db, row.id);
    byKey.set(row.key, actor);
  }
  const actors = sightings.map(({ record }) => byKey.get(actorIdentity(record).key)!);
  await recordNamesAndRoles(db, sightings, actors);
  return actors;
}

async function recordNamesAndRoles(db: Queryable, sightings: readonly ActorSighting[], actors: readonly StoredActor[]): Promise<void> {
  const aliases = new Map<string, [number, string]>();
  const roles = new Map<string, { actor: number; role: string; country: string; sector: string; first: string | null; last: string | null }>();
  sightings.forEach(({ record, date }, i) => {
    const actor = actors[i]!;
    if (actor.kind !== 'named' || !record.name) return;
    aliases.set(`${actor.id}|${record.name}`, [actor.id, record.name]);
    if (!record.role) return;
    const key = `${actor.id}|${record.role}|${record.country ?? ''}|${record.sector ?? ''}`;
    const seen = roles.get(key) ?? { actor: actor.id, role: record.role, country: record.country ?? '', sector: record.sector ?? '', first: null, last: null };
    // One row per role in the statement: PostgreSQL cannot update a row twice in one insert.
    if (date !== null) {
      if (seen.first === null || date < seen.first) seen.first = date;
      if (seen.last === null || date > seen.last) seen.last = date;
    }
    roles.set(key, seen);
  });
  const pairs = [...aliases.values()];
  const rows = [...roles.values()];
  if (pairs.length === 0 && rows.length === 0) return;
  // One statement: one PostgreSQL row per role, as it cannot update a row twice in one insert.
  await db.query(
    `with named as (
       insert into actor_aliases (actor_id, alias) select * from unnest($1::int[], $2::text[]) on conflict do nothing)
     insert into actor_roles (actor_id, role, country, sector, first_seen, last_seen)
     select * from unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
     on conflict (actor_id, role, country, sector) do update set
       first_seen = least(actor_roles.first_seen, excluded.first_seen),
       last_seen = greatest(actor_roles.last_seen, excluded.last_seen)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), rows.map((r) => r.actor), rows.map((r) => r.role),
      rows.map((r) => r.country), rows.map((r) => r.sector), rows.map((r) => r.first), rows.map((r) => r.last)],
  );
}

/**
 * Articles name one person more or less fully ("Miguel Díaz-Canel", "Miguel Díaz-Canel
 * Bermúdez"). A new name whose words (at least two) are all in one known name of the same
 * country, or the other way round, is recorded as a variant of that actor: its key is merged
 * into it, so later articles find it directly. With two such candidates nothing is guessed.
 * Returns new key → the actor it is a variant of.
 */
async function knownVariants(db: Queryable, identities: readonly ActorIdentity[], storedKeys?: ReadonlySet<string>): Promise<Map<string, number>> {
  const variants = new Map<string, number>();
  const named = identities.filter(mayBeVariant);
  if (named.length === 0) return variants;
  const existing = storedKeys
    ?? new Set((await db.query<{ key: string }>('select key from actors where key = any($1::text[])', [named.map((i) => i.key)])).map((r) => r.key));
  const fresh = named.filter((i) => !existing.has(i.key));
  if (fresh.length === 0) return variants;
  const known = await db.query<{ id: number; key: string; country: string }>(
    "select id, key, country from actors where kind = 'named' and merged_into is null and country = any($1::text[])",
    [[...new Set(fresh.map((i) => i.country!))]],
  );
  for (const identity of fresh) {
    const words = nameWords(identity.key);
    const candidates = known.filter((actor) => {
      if (actor.country !== identity.country) return false;
      const other = nameWords(actor.key);
      return other.length >= 2 && (within(words, other) || within(other, words));
    });
    if (candidates.length === 1) variants.set(identity.key, candidates[0]!.id);
  }
  return variants;
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
