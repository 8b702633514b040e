// GET /metrics in Prometheus's text format: what the ledger holds (counted when scraped, so
// writes by `attache ingest` beside the server show too), requests by route and status with
// their latency, error answers, and documents ingested through the API. Each server has a
// registry of its own, so several in one process (tests) never mix their counts.
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queryable } from '../ledger/database.js';
import type { IngestResult } from '../read-models.js';

export interface ServerMetrics {
  /** One document of an API ingest, by what happened to it. */
  countIngested(status: IngestResult['status']): void;
}

export interface MetricsOptions {
  /** Also the process's CPU, memory, event-loop lag and GC (prom-client's defaults). */
  process?: boolean;
}

/** Route patterns, not URLs, label requests: "/api/events/:id" is one series, not one per id. */
const UNMATCHED_ROUTE = 'unmatched';

/** Ingest of a large batch takes minutes; the default buckets stop at 10 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** Adds the hooks that count requests and the /metrics route; returns what routes count with. */
export function registerMetrics(app: FastifyInstance, db: Queryable, options: MetricsOptions = {}): ServerMetrics {
  const registry = new Registry();
  if (options.process) collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({ name: 'attache_http_requests_total', help: 'HTTP requests answered, by method, route and status', labelNames, registers: [registry] });
  const latency = new Histogram({
    name: 'attache_http_request_duration_seconds', help: 'Time from request to response, by method, route and status',
    labelNames, buckets: LATENCY_BUCKETS, registers: [registry],
  });
  const errors = new Counter({ name: 'attache_http_errors_total', help: 'HTTP requests answered with an error status (4xx or 5xx), by method, route and status', labelNames, registers: [registry] });
  const ingested = new Counter({ name: 'attache_ingest_documents_total', help: 'Documents sent to POST /api/ingest, by outcome (added, replaced, unchanged, failed)', labelNames: ['status'], registers: [registry] });
  const documents = new Gauge({ name: 'attache_documents', help: 'Documents stored in the ledger', registers: [registry] });
  const events = new Gauge({ name: 'attache_events', help: 'Events stored in the ledger, rejected ones left out', registers: [registry] });
  const ledgerUp = new Gauge({ name: 'attache_ledger_up', help: '1 when the ledger answered the count at this scrape, else 0', registers: [registry] });

  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? UNMATCHED_ROUTE, status: String(reply.statusCode) };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 400) errors.inc(labels);
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    try {
      const [row] = await db.query<{ documents: number; events: number }>(
        'select (select count(*)::int from documents) as documents, (select count(*)::int from events where not rejected) as events',
      );
      documents.set(row?.documents ?? 0);
      events.set(row?.events ?? 0);
      ledgerUp.set(1);
    } catch (error) {
      // The scrape still answers: a ledger that does not is exactly what it should show. The
      // counts keep their last values rather than falling to a 0 that would read as "emptied".
      request.log.error({ err: error }, 'ledger unreachable for /metrics');
      ledgerUp.set(0);
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  return { countIngested: (status) => { ingested.inc({ status }); } };
}
