// Who acts on whom, counted: pairs of countries or actors with their events by quad class,
// over the whole filter and, on request, per day, week, month or year. A dyad is unordered
// (FIN–NOR and NOR–FIN are one pair, A being the smaller) but keeps both directions' counts,
// because "who initiates" is half of what an analyst wants from a dyad.
import type { QuadClass } from '../types.js';
import type { Queryable } from './database.js';
import type { Dyad, DyadCounts, DyadPeriod, DyadSide } from '../read-models.js';
export type { Dyad, DyadCounts, DyadPeriod, DyadSide } from '../read-models.js';
import type { EventFilter } from './event-query.js';
import { filterClause } from './event-query.js';

export type DyadLevel = 'country' | 'actor';
export type DyadInterval = 'day' | 'week' | 'month' | 'year';

export const DYAD_LEVELS: readonly DyadLevel[] = ['country', 'actor'];
export const DYAD_INTERVALS: readonly DyadInterval[] = ['day', 'week', 'month', 'year'];
export const QUAD_CLASSES: readonly QuadClass[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

export interface DyadQuery {
  level: DyadLevel;
  filter: EventFilter;
  interval?: DyadInterval;
  /** The busiest dyads only; all of them when absent. */
  limit?: number;
}

/** The columns that make a side at each level; events missing either side belong to no dyad. */
const SIDE_COLUMNS: Record<DyadLevel, { source: string; target: string; arrayType: string }> = {
  country: { source: 'e.source_country', target: 'e.target_country', arrayType: 'text[]' },
  actor: { source: 'e.source_actor_id', target: 'e.target_actor_id', arrayType: 'int[]' },
};

/** date_trunc units; interpolated into SQL, so only these fixed words ever reach it. */
const TRUNC_UNITS: Record<DyadInterval, string> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** events.date is a day, a month or a year as text: partial dates stand for their first day. */
const EVENT_DAY = `(case length(e.date) when 4 then e.date || '-01-01' when 7 then e.date || '-01' else e.date end)::date`;

interface CountRow {
  a: string | number;
  b: string | number;
  total: number;
  a_to_b: number;
  b_to_a: number;
  verbal_cooperation: number;
  material_cooperation: number;
  verbal_conflict: number;
  material_conflict: number;
}

function countColumns(source: string, target: string): string {
  // The quad names are this module's constants, not user input.
  const quads = QUAD_CLASSES.map((quad) => `count(*) filter (where e.quad = '${quad}')::int as ${quad.replace('-', '_')}`);
  return [
    'count(*)::int as total',
    `count(*) filter (where ${source} <= ${target})::int as a_to_b`,
    `count(*) filter (where ${source} > ${target})::int as b_to_a`,
    ...quads,
  ].join(', ');
}

function countsOf(row: CountRow): DyadCounts {
  return {
    total: row.total,
    aToB: row.a_to_b,
    bToA: row.b_to_a,
    quads: {
      'verbal-cooperation': row.verbal_cooperation,
      'material-cooperation': row.material_cooperation,
      'verbal-conflict': row.verbal_conflict,
      'material-conflict': row.material_conflict,
    },
  };
}

const pairKey = (a: string | number, b: string | number): string => `${a}|${b}`;

/** Dyads of the events the filter selects, most events first. */
export async function queryDyads(db: Queryable, query: DyadQuery): Promise<Dyad[]> {
  const { source, target, arrayType } = SIDE_COLUMNS[query.level];
  const { where, params } = await filterClause(db, query.filter);
  const bothSides = `${where ? `${where} and` : 'where'} ${source} is not null and ${target} is not null`;
  const pair = `least(${source}, ${target}) as a, greatest(${source}, ${target}) as b`;
  const limit = query.limit === undefined ? '' : `limit ${Math.max(0, Math.floor(query.limit))}`;
  const rows = await db.query<CountRow>(
    `select ${pair}, ${countColumns(source, target)} from events e ${bothSides}
     group by 1, 2 order by total desc, a, b ${limit}`,
    params,
  );
  if (rows.length === 0) return [];
  const sides = await sideNames(db, query.level, rows);
  const dyads: Dyad[] = rows.map((row) => ({ a: sides(row.a), b: sides(row.b), ...countsOf(row) }));
  if (query.interval === undefined) return dyads;

  // Periods only for the dyads listed: the filter again, narrowed to those pairs.
  const pairs = `(least(${source}, ${target}), greatest(${source}, ${target})) in
    (select * from unnest($${params.length + 1}::${arrayType}, $${params.length + 2}::${arrayType}))`;
  const periodRows = await db.query<CountRow & { period: string }>(
    `select ${pair}, to_char(date_trunc('${TRUNC_UNITS[query.interval]}', ${EVENT_DAY}::timestamp), 'YYYY-MM-DD') as period,
       ${countColumns(source, target)}
     from events e ${bothSides} and e.date is not null and ${pairs}
     group by 1, 2, 3 order by 3`,
    [...params, rows.map((r) => r.a), rows.map((r) => r.b)],
  );
  const byPair = new Map<string, DyadPeriod[]>();
  for (const row of periodRows) {
    const key = pairKey(row.a, row.b);
    const periods = byPair.get(key) ?? [];
    periods.push({ period: row.period, ...countsOf(row) });
    byPair.set(key, periods);
  }
  return dyads.map((dyad, i) => ({ ...dyad, periods: byPair.get(pairKey(rows[i]!.a, rows[i]!.b)) ?? [] }));
}

/** How each side is shown: the ISO3 code itself, or the actor's name and country. */
async function sideNames(db: Queryable, level: DyadLevel, rows: readonly CountRow[]): Promise<(value: string | number) => DyadSide> {
  if (level === 'country') return (value) => ({ id: null, name: String(value), country: String(value) });
  const ids = [...new Set(rows.flatMap((r) => [Number(r.a), Number(r.b)]))];
  const actors = new Map((await db.query<{ id: number; name: string; country: string | null }>(
    'select id, name, country from actors where id = any($1::int[])', [ids],
  )).map((a) => [a.id, a]));
  return (value) => {
    const actor = actors.get(Number(value));
    return { id: Number(value), name: actor?.name ?? `actor ${value}`, country: actor?.country ?? null };
  };
}
