// Reports of one event merged: events with the same source actor, target actor and category
// whose dates lie within the window of each other (chained: 24, 25 and 26 January with a
// one-day window are one cluster) form a cluster that counts events, articles and outlets.
import type { Queryable } from './database.js';

export interface ClusterKey {
  source: number;
  target: number | null;
  plover: string;
}

export const DEFAULT_WINDOW_DAYS = 1;

export function clusterKeyId(key: ClusterKey): string {
  return `${key.source}|${key.target ?? ''}|${key.plover}`;
}

interface EventForCluster {
  id: number;
  date: string | null;
  document_id: number;
  outlet: string | null;
}

const DAY_MS = 86_400_000;

/** Groups events (sorted by date) into chains whose neighbours are at most `windowDays` apart. */
export function groupByWindow(events: readonly EventForCluster[], windowDays: number): EventForCluster[][] {
  const dated = events.filter((e) => e.date !== null).sort((a, b) => a.date!.localeCompare(b.date!) || a.id - b.id);
  const groups: EventForCluster[][] = [];
  let current: EventForCluster[] = [];
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
  const undated = new Map<number, EventForCluster[]>();
  for (const event of events) {
    if (event.date !== null) continue;
    const list = undated.get(event.document_id) ?? [];
    list.push(event);
    undated.set(event.document_id, list);
  }
  return [...groups, ...undated.values()];
}

/** Rebuilds the clusters of the given keys from their current, non-rejected events. */
export async function recluster(db: Queryable, keys: Iterable<ClusterKey>, windowDays: number): Promise<void> {
  const unique = new Map<string, ClusterKey>();
  for (const key of keys) unique.set(clusterKeyId(key), key);
  for (const key of unique.values()) {
    await db.query(
      'delete from clusters where source_actor_id = $1 and target_actor_id is not distinct from $2 and plover = $3',
      [key.source, key.target, key.plover],
    );
    const events = await db.query<EventForCluster>(
      `select e.id, e.date, e.document_id, d.outlet from events e join documents d on d.id = e.document_id
       where e.source_actor_id = $1 and e.target_actor_id is not distinct from $2 and e.plover = $3 and not e.rejected`,
      [key.source, key.target, key.plover],
    );
    for (const group of groupByWindow(events, windowDays)) {
      const dates = group.map((e) => e.date).filter((d): d is string => d !== null).sort();
      const articles = new Set(group.map((e) => e.document_id)).size;
      const outlets = new Set(group.map((e) => e.outlet ?? `document ${e.document_id}`)).size;
      const [cluster] = await db.query<{ id: number }>(
        `insert into clusters (source_actor_id, target_actor_id, plover, first_date, last_date, events, articles, outlets)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [key.source, key.target, key.plover, dates[0] ?? null, dates[dates.length - 1] ?? null, group.length, articles, outlets],
      );
      await db.query('update events set cluster_id = $1 where id = any($2::int[])', [cluster!.id, group.map((e) => e.id)]);
    }
  }
}

/** Every key in the ledger: for a change of window or a full rebuild. */
export async function allClusterKeys(db: Queryable): Promise<ClusterKey[]> {
  const rows = await db.query<{ source_actor_id: number; target_actor_id: number | null; plover: string }>(
    'select distinct source_actor_id, target_actor_id, plover from events',
  );
  return rows.map((r) => ({ source: r.source_actor_id, target: r.target_actor_id, plover: r.plover }));
}

/** Milliseconds of a day, month ("2025-03": its first day) or year. */
function dayOf(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}
