// Actors as readers look for them (`attache actors`, actor pages): found by any part of a name
// or alias, whatever the case or diacritics ("store" finds "Jonas Gahr Støre"), each with the
// roles the articles gave it over time, how many events it took part in, and with whom.
import { foldPreservingOffsets } from '../nlp/fold.js';
import type { PloverCategory } from '../types.js';
import { canonicalActor } from './actor-store.js';
import type { Queryable } from './database.js';
import type { ActorDetail, ActorKind, ActorProfile } from '../read-models.js';
export type { ActorDetail, ActorEventCounts, ActorKind, ActorPartner, ActorProfile, ActorRole, CategoryCount } from '../read-models.js';

export interface ActorSearch {
  /** Any part of a name or alias; all actors when absent or blank. */
  query?: string;
  /** ISO3 (or IGO) of the actor. */
  country?: string;
  limit: number;
  /** How many partners each actor lists (default 5). */
  partners?: number;
}

/**
 * The search fold: lower case without diacritics, hyphens as spaces ("Díaz-Canel" → "diaz
 * canel"). SQL applies the same fold with translate() over the table below, built from this
 * very function, so that both sides of a comparison are folded alike on PGlite and on a server
 * (neither has `unaccent` loaded, and lower() alone depends on the server's locale).
 */
export function searchFold(text: string): string {
  return foldPreservingOffsets(text.normalize('NFC')).toLowerCase().replace(/-/g, ' ');
}

/** Latin letters with diacritics (Latin-1, Extended-A/B, Vietnamese), curly quotes, A–Z, hyphen. */
const FOLDED_RANGES: readonly [number, number][] = [[0x41, 0x5a], [0x2d, 0x2d], [0xc0, 0x24f], [0x1e00, 0x1eff], [0x2018, 0x201e]];

const FOLD_TABLE = ((): { from: string; to: string } => {
  let from = '';
  let to = '';
  for (const [first, last] of FOLDED_RANGES) {
    for (let code = first; code <= last; code++) {
      const ch = String.fromCodePoint(code);
      const folded = searchFold(ch);
      // translate() maps one character to one character; anything else is left as it is.
      if (folded !== ch && folded.length === 1) {
        from += ch;
        to += folded;
      }
    }
  }
  return { from, to };
})();

/**
 * `column` folded in SQL as searchFold folds in JavaScript; `from` and `to` are bound
 * parameters. translate() looks each character up in the whole table (some 600 characters),
 * which made a search of a few thousand names take a quarter of a second; most names are
 * plain ASCII, where the fold is lower case with hyphens as spaces, so only the others go
 * through the table.
 */
function foldedSql(column: string, from: string, to: string): string {
  return `(case when ${column} ~ '^[ -~]*$' then replace(lower(${column}), '-', ' ') else translate(lower(${column}), ${from}, ${to}) end)`;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own characters escaped. */
function containsPattern(text: string): string {
  return `%${searchFold(text).trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

interface CountedActorRow {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  as_source: number;
  as_target: number;
  total: number;
}

/** Counting columns over `e` joined to actor `a`; shared by search and detail. */
const COUNT_COLUMNS = `
  count(e.id) filter (where e.source_actor_id = a.id)::int as as_source,
  count(e.id) filter (where e.target_actor_id = a.id)::int as as_target,
  count(e.id)::int as total`;

const EVENTS_OF_ACTOR = 'left join events e on not e.rejected and (e.source_actor_id = a.id or e.target_actor_id = a.id)';

/** Canonical actors (merged ones live on as aliases of the actor they were merged into), busiest first. */
export async function searchActors(db: Queryable, search: ActorSearch): Promise<ActorProfile[]> {
  const params: unknown[] = [];
  const bind = (value: unknown): string => { params.push(value); return `$${params.length}`; };
  const conditions = ['a.merged_into is null'];
  if (search.country !== undefined && search.country.trim() !== '') conditions.push(`a.country = ${bind(search.country.trim().toUpperCase())}`);
  if (search.query !== undefined && search.query.trim() !== '') {
    const from = bind(FOLD_TABLE.from);
    const to = bind(FOLD_TABLE.to);
    const pattern = bind(containsPattern(search.query));
    conditions.push(`(${foldedSql('a.name', from, to)} like ${pattern}
      or exists (select 1 from actor_aliases al where al.actor_id = a.id and ${foldedSql('al.alias', from, to)} like ${pattern}))`);
  }
  const limit = Math.max(0, Math.floor(search.limit));
  // Busiest first needs every listed actor's count. The whole list counts the live events
  // once per side (from the events_live index alone on a tidy ledger) and joins them to the
  // actors, rather than joining each actor to its events; a search by name or country counts
  // only the events of the actors it finds, by index probes per actor (lateral, so that the
  // planner cannot turn them into scans of every event). An event an actor does to itself
  // counts once.
  const narrowed = conditions.length > 1;
  const counts = narrowed
    ? `counts as (
       select m.id as actor_id, s.as_source, t.as_target, (s.as_source + t.as_target - s.itself)::int as total
       from matched m
       cross join lateral (select count(*)::int as as_source, count(*) filter (where e.target_actor_id = m.id)::int as itself
         from events e where e.source_actor_id = m.id and not e.rejected) s
       cross join lateral (select count(*)::int as as_target from events e where e.target_actor_id = m.id and not e.rejected) t)`
    : `sides as (
       select source_actor_id as actor_id, count(*) as as_source, 0 as as_target,
         count(*) filter (where target_actor_id = source_actor_id) as itself
       from events where not rejected group by source_actor_id
       union all
       select target_actor_id, 0, count(*), 0 from events where not rejected and target_actor_id is not null group by target_actor_id),
     counts as (
       select actor_id, sum(as_source)::int as as_source, sum(as_target)::int as as_target,
         (sum(as_source) + sum(as_target) - sum(itself))::int as total
       from sides group by actor_id)`;
  const rows = await db.query<CountedActorRow>(
    `with matched as (select a.id from actors a where ${conditions.join(' and ')}),
     ${counts}
     select a.id, a.name, a.kind, a.country, a.sector, coalesce(c.as_source, 0) as as_source,
       coalesce(c.as_target, 0) as as_target, coalesce(c.total, 0) as total
     from actors a join matched m on m.id = a.id left join counts c on c.actor_id = a.id
     order by total desc, a.name, a.id limit ${bind(limit)}`,
    params,
  );
  return profiles(db, rows, search.partners ?? 5);
}

/** One actor with its events by category; a merged actor answers as the actor it was merged into. */
export async function actorDetail(db: Queryable, id: number, options: { partners?: number } = {}): Promise<ActorDetail | null> {
  const actor = await canonicalActor(db, id).catch(() => null);
  if (!actor) return null;
  const rows = await db.query<CountedActorRow>(
    `select a.id, a.name, a.kind, a.country, a.sector, ${COUNT_COLUMNS}
     from actors a ${EVENTS_OF_ACTOR} where a.id = $1 group by a.id`,
    [actor.id],
  );
  const [profile] = await profiles(db, rows, options.partners ?? 10);
  if (!profile) return null;
  const categories = await db.query<{ plover: PloverCategory; as_source: number; as_target: number; total: number }>(
    `select e.plover,
       count(*) filter (where e.source_actor_id = $1)::int as as_source,
       count(*) filter (where e.target_actor_id = $1)::int as as_target,
       count(*)::int as total
     from events e where not e.rejected and (e.source_actor_id = $1 or e.target_actor_id = $1)
     group by e.plover order by total desc, e.plover`,
    [actor.id],
  );
  return {
    ...profile,
    categories: categories.map((c) => ({ plover: c.plover, asSource: c.as_source, asTarget: c.as_target, total: c.total })),
  };
}

/** Aliases, roles and partners of the listed actors, three queries for all of them. */
async function profiles(db: Queryable, rows: readonly CountedActorRow[], partnerCount: number): Promise<ActorProfile[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const aliases = groupBy(await db.query<{ actor_id: number; alias: string }>(
    'select actor_id, alias from actor_aliases where actor_id = any($1::int[]) order by alias', [ids],
  ));
  const roles = groupBy(await db.query<{ actor_id: number; role: string; country: string; sector: string; first_seen: string | null; last_seen: string | null }>(
    `select actor_id, role, country, sector, first_seen, last_seen from actor_roles
     where actor_id = any($1::int[]) order by first_seen nulls last, last_seen nulls last, role`, [ids],
  ));
  const partners = groupBy(await topPartners(db, ids, partnerCount));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    sector: row.sector,
    aliases: (aliases.get(row.id) ?? []).map((a) => a.alias).filter((alias) => alias !== row.name),
    // actor_roles keeps '' for "unknown" (it is part of the primary key): shown as null.
    roles: (roles.get(row.id) ?? []).map((r) => ({
      role: r.role, country: r.country || null, sector: r.sector || null, firstSeen: r.first_seen, lastSeen: r.last_seen,
    })),
    events: { asSource: row.as_source, asTarget: row.as_target, total: row.total },
    partners: (partners.get(row.id) ?? []).map((p) => ({ id: p.partner_id, name: p.name, kind: p.kind, country: p.country, events: p.events })),
  }));
}

interface PartnerRow {
  actor_id: number;
  partner_id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  events: number;
}

/** Each actor's `count` most frequent counterparts, either direction, itself left out. */
async function topPartners(db: Queryable, ids: readonly number[], count: number): Promise<PartnerRow[]> {
  if (count <= 0) return [];
  return db.query<PartnerRow>(
    `with pairs as (
       select e.source_actor_id as actor_id, e.target_actor_id as partner_id from events e
       where not e.rejected and e.source_actor_id = any($1::int[]) and e.target_actor_id is not null
       union all
       select e.target_actor_id, e.source_actor_id from events e
       where not e.rejected and e.target_actor_id = any($1::int[])
     ), counted as (
       select actor_id, partner_id, count(*)::int as events,
         row_number() over (partition by actor_id order by count(*) desc, partner_id) as rank
       from pairs where actor_id <> partner_id group by actor_id, partner_id
     )
     select c.actor_id, c.partner_id, p.name, p.kind, p.country, c.events
     from counted c join actors p on p.id = c.partner_id
     where c.rank <= $2 order by c.actor_id, c.rank`,
    [ids, count],
  );
}

function groupBy<Row extends { actor_id: number }>(rows: readonly Row[]): Map<number, Row[]> {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.actor_id) ?? [];
    list.push(row);
    groups.set(row.actor_id, list);
  }
  return groups;
}
