// The overview: how much the ledger holds, and events per month by quad class for the
// explorer's timeline chart. And /healthz, for whoever keeps the server running.
import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../../ledger/database.js';
import { QUAD_CLASSES } from '../../ledger/dyad-query.js';
import type { QuadClass } from '../../types.js';
import type { ServerContext } from '../context.js';
import type { LedgerStats, MonthCounts } from '../../read-models.js';
export type { LedgerStats, MonthCounts } from '../../read-models.js';
import { errorSchema } from '../schemas.js';

const emptyQuads = (): Record<QuadClass, number> =>
  Object.fromEntries(QUAD_CLASSES.map((quad) => [quad, 0])) as Record<QuadClass, number>;

/** "2026-01" → "2026-02"; December rolls into January. */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

export async function ledgerStats(db: Queryable): Promise<LedgerStats> {
  const [counts] = await db.query<Omit<LedgerStats, 'months' | 'eventsWithoutMonth'> & { without_month: number }>(
    `select (select count(*)::int from documents) as documents,
       (select count(*)::int from events where not rejected) as "events",
       (select count(*)::int from events where rejected) as "rejectedEvents",
       (select count(*)::int from actors where merged_into is null) as actors,
       (select count(*)::int from clusters) as clusters,
       (select count(*)::int from events where not rejected and (date is null or length(date) < 7)) as without_month`,
  );
  const rows = await db.query<{ month: string; quad: QuadClass; n: number }>(
    `select substr(date, 1, 7) as month, quad, count(*)::int as n from events
     where not rejected and length(date) >= 7 group by 1, 2 order by 1, 2`,
  );
  const byMonth = new Map<string, MonthCounts>();
  for (const row of rows) {
    const entry = byMonth.get(row.month) ?? { month: row.month, total: 0, quads: emptyQuads() };
    entry.quads[row.quad] = (entry.quads[row.quad] ?? 0) + row.n;
    entry.total += row.n;
    byMonth.set(row.month, entry);
  }
  // A chart's x axis needs the quiet months too.
  const months: MonthCounts[] = [];
  const first = rows[0]?.month;
  const last = rows[rows.length - 1]?.month;
  if (first !== undefined && last !== undefined) {
    for (let month = first; month <= last; month = nextMonth(month)) {
      months.push(byMonth.get(month) ?? { month, total: 0, quads: emptyQuads() });
    }
  }
  return {
    documents: counts?.documents ?? 0,
    events: counts?.events ?? 0,
    rejectedEvents: counts?.rejectedEvents ?? 0,
    actors: counts?.actors ?? 0,
    clusters: counts?.clusters ?? 0,
    months,
    eventsWithoutMonth: counts?.without_month ?? 0,
  };
}

/**
 * How long the overview's counts are answered from memory: they read every event of the
 * ledger (about 150 ms at 100,000 events), and every visit to the explorer asks for them.
 * Any write through this server forgets them at once; writes by other processes (workers on
 * a shared server) show within this time.
 */
export const STATS_CACHE_MS = 5_000;

export function registerStatsRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context.ledger;
  let cached: { at: number; stats: Promise<LedgerStats> } | null = null;
  const currentStats = (): Promise<LedgerStats> => {
    if (!cached || Date.now() - cached.at > STATS_CACHE_MS) {
      const stats = ledgerStats(db);
      cached = { at: Date.now(), stats };
      // A failed read is not kept: the next request asks the ledger again.
      stats.catch(() => { if (cached?.stats === stats) cached = null; });
    }
    return cached.stats;
  };
  // Forgotten when a write comes in, and again when it is answered (a read made meanwhile
  // may have kept the counts from before it).
  const forgetOnWrite = async (request: { method: string }): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') cached = null;
  };
  app.addHook('onRequest', forgetOnWrite);
  app.addHook('onResponse', forgetOnWrite);
  app.get('/api/stats', {
    schema: {
      tags: ['overview'],
      summary: 'Counts of documents, events, actors and clusters; events per month by quad class',
      response: {
        200: {
          type: 'object',
          properties: {
            documents: { type: 'integer' }, events: { type: 'integer' }, rejectedEvents: { type: 'integer' },
            actors: { type: 'integer' }, clusters: { type: 'integer' }, eventsWithoutMonth: { type: 'integer' },
            months: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  month: { type: 'string' }, total: { type: 'integer' },
                  quads: { type: 'object', properties: Object.fromEntries(QUAD_CLASSES.map((q) => [q, { type: 'integer' }])) },
                },
              },
            },
          },
        },
      },
    },
  }, () => currentStats());

  app.get('/healthz', {
    schema: {
      tags: ['overview'],
      summary: 'Whether the server can reach its ledger',
      response: {
        200: { type: 'object', properties: { status: { type: 'string', enum: ['ok'] }, ledger: { type: 'string', enum: ['pglite', 'postgres'] } } },
        503: errorSchema,
      },
    },
  }, async (request, reply) => {
    try {
      await db.query('select 1');
      return { status: 'ok', ledger: db.kind };
    } catch (error) {
      request.log.error({ err: error }, 'ledger unreachable');
      return reply.code(503).send({ error: 'Service Unavailable', message: 'the ledger does not answer' });
    }
  });
}
