// Reports of one event merged: events with the same source actor, target actor and category
// whose dates lie within the window of each other (chained: 24, 25 and 26 January with a
// one-day window are one cluster) form a cluster that counts events, articles and outlets.
//
// Clusters are rebuilt only where something changed: a new or changed event at date d can
// only join clusters of its key that reach within the window of d, so those clusters and the
// key's unclustered events are regrouped and the rest of the ledger is left alone.
import type { Queryable } from './database.js';

export interface ClusterKey {
  source: number;
  target: number | null;
  plover: string;
}

/** A key where an event was added, removed or changed, and the event's date. */
export interface ClusterTouch extends ClusterKey {
  date: string | null;
}

export const DEFAULT_WINDOW_DAYS = 1;

export function clusterKeyId(key: ClusterKey): string {
  return `${key.source}|${key.target ?? ''}|${key.plover}`;
}

export interface EventForCluster {
  id: number;
  date: string | null;
  document_id: number;
  outlet: string | null;
  source_actor_id: number;
  target_actor_id: number | null;
  plover: string;
}

const DAY_MS = 86_400_000;

/** SQL for the day of a ledger date ("2025-03" is its first day, "2025" the year's first): the same as `dayOf`. */
const DAY = (column: string): string => `(${column} || substr('-01-01', length(${column}) - 3))::date`;

/** Milliseconds of a day, month ("2025-03": its first day) or year. */
function dayOf(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Groups one key's events (by date) into chains whose neighbours are at most `windowDays` apart. */
export function groupByWindow<E extends { id: number; date: string | null; document_id: number }>(events: readonly E[], windowDays: number): E[][] {
  const dated = events.filter((e) => e.date !== null).sort((a, b) => dayOf(a.date!) - dayOf(b.date!) || a.id - b.id);
  const groups: E[][] = [];
  let current: E[] = [];
  let lastTime = Number.NEGATIVE_INFINITY;
  for (const event of dated) {
    const time = dayOf(event.date!);
    if (current.length > 0 && time - lastTime > windowDays * DAY_MS) {
      groups.push(current);
      current = [];
    }
    current.push(event);
    lastTime = time;
  }
  if (current.length > 0) groups.push(current);
  // Undated reports cannot be placed next to others: each article's stand alone.
  const undated = new Map<number, E[]>();
  for (const event of events) {
    if (event.date !== null) continue;
    const list = undated.get(event.document_id) ?? [];
    list.push(event);
    undated.set(event.document_id, list);
  }
  return [...groups, ...undated.values()];
}

/** The clusters to write, which events belong to them, and the clusters they replace. */
export interface ClusterPlan {
  rows: ClusterRow[];
  /** [event id, cluster id] for every event of the new clusters. */
  members: (readonly [number, number])[];
  replaced: number[];
}

interface ClusterRow {
  id: number; source: number; target: number | null; plover: string; first: string | null; last: string | null;
  events: number; articles: number; outlets: number;
}

/** An event about to be stored, as clustering sees it. */
export type IncomingEvent = EventForCluster;

/**
 * Plans the clusters the touches can affect: the clusters of those keys that reach within the
 * window of a touched date, regrouped with the keys' unclustered events and `incoming` events
 * (not stored yet, so that they can be written with their cluster at once).
 */
export async function planClusters(db: Queryable, touches: Iterable<ClusterTouch>, windowDays: number, incoming: readonly IncomingEvent[] = []): Promise<ClusterPlan> {
  const byKey = new Map<string, { key: ClusterKey; dates: (string | null)[] }>();
  for (const touch of touches) {
    const id = clusterKeyId(touch);
    const entry = byKey.get(id) ?? { key: { source: touch.source, target: touch.target, plover: touch.plover }, dates: [] };
    entry.dates.push(touch.date);
    byKey.set(id, entry);
  }
  if (byKey.size === 0) return { rows: [], members: [], replaced: [] };
  // One statement: the clusters of these keys that reach a touched date (stale: they are
  // regrouped and replaced), the keys' events that are unclustered or in a stale cluster, and
  // ids for the new clusters. Each of them may need a new id, and so may each incoming event;
  // ids left over are skipped, as sequences skip numbers anyway. The look-ups are lateral, one
  // index probe per touched key ("offset 0" keeps the planner from turning them back into a
  // join): as a join, the planner chose to scan whole tables, its statistics of a growing
  // embedded ledger being old (PGlite runs no autovacuum), and a scan grows with the ledger.
  const touched = [...byKey.values()].flatMap(({ key, dates }) => dates.map((date) => ({ ...key, date })));
  const [found] = await db.query<{ stale: number[]; events: EventForCluster[]; ids: number[] }>(
    `with touched as (select * from unnest($1::int[], $2::int[], $3::text[], $4::text[]) as k(s, t, p, d)),
     stale as (
       select distinct c.id from touched k cross join lateral (
         select c.id from clusters c
         where c.source_actor_id = k.s and coalesce(c.target_actor_id, 0) = k.t and c.plover = k.p
           and case when k.d is null or c.first_date is null or c.last_date is null then k.d is null and c.first_date is null
             else ${DAY('k.d')} between ${DAY('c.first_date')} - $5::int and ${DAY('c.last_date')} + $5::int end
         offset 0) c)
     select array(select id from stale order by id) as stale,
       (select coalesce(json_agg(x order by x.id), '[]') from (
          select e.id, e.date, e.document_id, d.outlet, e.source_actor_id, e.target_actor_id, e.plover
          from (select distinct s, t, p from touched) k cross join lateral (
            select * from events e
            where e.source_actor_id = k.s and coalesce(e.target_actor_id, 0) = k.t and e.plover = k.p
              and not e.rejected and (e.cluster_id is null or e.cluster_id in (select id from stale))
            offset 0) e
          join documents d on d.id = e.document_id) x) as events,
       array(select nextval(pg_get_serial_sequence('clusters', 'id'))::int
             from generate_series(1, (select count(*) from stale)::int + $6::int)) as ids`,
    [touched.map((k) => k.source), touched.map((k) => k.target ?? 0), touched.map((k) => k.plover), touched.map((k) => k.date),
      windowDays, incoming.length],
  );
  const reserved = [...found!.ids].sort((a, b) => a - b);
  return { ...await groupIntoClusters(db, [...found!.events, ...incoming], windowDays, reserved), replaced: found!.stale };
}

/**
 * A plan as the common table expressions `created`, `pointed` and `removed` of one statement,
 * with their parameters numbered from `$firstParam`: the new clusters, the stored events that
 * move into them (events in `unstored` are written later with their cluster), and the removal
 * of the replaced clusters. A caller can write its own rows in the same statement.
 */
export function clusterPlanExpressions(plan: ClusterPlan, unstored: ReadonlySet<number>, firstParam: number): { sql: string; params: unknown[] } {
  const { rows, replaced } = plan;
  const moved = plan.members.filter(([event]) => !unstored.has(event));
  const $ = (n: number): string => `$${firstParam + n - 1}`;
  // The replaced clusters go last: their events already point at the new ones, so the
  // foreign key's "set null" only reaches events left out (rejected ones).
  return {
    sql: `created as (
       insert into clusters (id, source_actor_id, target_actor_id, plover, first_date, last_date, events, articles, outlets)
       select * from unnest(${$(1)}::int[], ${$(2)}::int[], ${$(3)}::int[], ${$(4)}::text[], ${$(5)}::text[], ${$(6)}::text[],
         ${$(7)}::int[], ${$(8)}::int[], ${$(9)}::int[])
       returning id),
     pointed as (
       update events e set cluster_id = u.cluster from unnest(${$(10)}::int[], ${$(11)}::int[]) as u(id, cluster)
       where e.id = u.id and exists (select 1 from created) returning e.id),
     removed as (
       delete from clusters where id = any(${$(12)}::int[]) and (select count(*) from pointed) >= 0 returning id)`,
    params: [rows.map((r) => r.id), rows.map((r) => r.source), rows.map((r) => r.target), rows.map((r) => r.plover),
      rows.map((r) => r.first), rows.map((r) => r.last), rows.map((r) => r.events), rows.map((r) => r.articles),
      rows.map((r) => r.outlets), moved.map((m) => m[0]), moved.map((m) => m[1]), replaced],
  };
}

/** Writes a plan (see `clusterPlanExpressions`). */
export async function applyClusterPlan(db: Queryable, plan: ClusterPlan, unstored: ReadonlySet<number> = new Set()): Promise<void> {
  if (plan.rows.length === 0 && plan.replaced.length === 0) return;
  const { sql, params } = clusterPlanExpressions(plan, unstored, 1);
  await db.query(`with ${sql} select count(*) from removed`, params);
}

/** Regroups the clusters the touches can affect, with the touched keys' unclustered events. */
export async function recluster(db: Queryable, touches: Iterable<ClusterTouch>, windowDays: number): Promise<void> {
  await applyClusterPlan(db, await planClusters(db, touches, windowDays));
}

/** Rebuilds every cluster of the ledger (after the window changed). */
export async function rebuildAllClusters(db: Queryable, windowDays: number): Promise<void> {
  const events = await db.query<EventForCluster>(
    `select e.id, e.date, e.document_id, d.outlet, e.source_actor_id, e.target_actor_id, e.plover
     from events e join documents d on d.id = e.document_id where not e.rejected`,
  );
  const replaced = (await db.query<{ id: number }>('select id from clusters')).map((r) => r.id);
  await applyClusterPlan(db, { ...await groupIntoClusters(db, events, windowDays), replaced });
}

/**
 * Groups events by key and window into cluster rows, with ids from `reserved` and, when they
 * do not suffice, from the sequence.
 */
async function groupIntoClusters(db: Queryable, events: readonly EventForCluster[], windowDays: number, reserved: readonly number[] = []): Promise<Omit<ClusterPlan, 'replaced'>> {
  const byKey = new Map<string, EventForCluster[]>();
  for (const event of events) {
    const id = clusterKeyId({ source: event.source_actor_id, target: event.target_actor_id, plover: event.plover });
    const list = byKey.get(id) ?? [];
    list.push(event);
    byKey.set(id, list);
  }
  const groups = [...byKey.values()].flatMap((list) => groupByWindow(list, windowDays));
  const missing = groups.length - reserved.length;
  const ids = missing <= 0 ? reserved.slice(0, groups.length) : [...reserved, ...(await db.query<{ id: number }>(
    "select nextval(pg_get_serial_sequence('clusters', 'id'))::int as id from generate_series(1, $1)", [missing],
  )).map((r) => r.id)];
  const rows = groups.map((group, i): ClusterRow => {
    const dates = group.map((e) => e.date).filter((d): d is string => d !== null).sort((a, b) => dayOf(a) - dayOf(b));
    return {
      id: ids[i]!, source: group[0]!.source_actor_id, target: group[0]!.target_actor_id, plover: group[0]!.plover,
      first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, events: group.length,
      articles: new Set(group.map((e) => e.document_id)).size,
      outlets: new Set(group.map((e) => e.outlet ?? `document ${e.document_id}`)).size,
    };
  });
  return { rows, members: groups.flatMap((group, i) => group.map((e) => [e.id, ids[i]!] as const)) };
}
