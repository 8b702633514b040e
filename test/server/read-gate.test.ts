// The read gate of the embedded ledger: GET /api/ requests take turns, whole requests at a
// time, in order of arrival; other routes do not queue; a client that goes away, while
// waiting or while served, gives its turn back, so the reads after it are still answered.
import { afterEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerReadGate } from '../../src/server/read-gate.js';

let app: FastifyInstance | undefined;
afterEach(async () => { await app?.close(); app = undefined; });

/** An app whose reads take `ms` and note how many run at once and in which order they start. */
async function gatedApp(kind: 'pglite' | 'postgres', ms: number): Promise<{ app: FastifyInstance; most: () => number; order: string[] }> {
  const server = Fastify();
  registerReadGate(server, { kind });
  let running = 0;
  let most = 0;
  const order: string[] = [];
  const slow = async (name: string): Promise<string> => {
    order.push(name);
    running += 1;
    most = Math.max(most, running);
    await sleep(ms);
    running -= 1;
    return name;
  };
  server.get<{ Querystring: { n?: string } }>('/api/read', async (request) => slow(request.query.n ?? ''));
  server.get<{ Querystring: { n?: string } }>('/healthz', async (request) => slow(request.query.n ?? ''));
  await server.ready();
  app = server;
  return { app: server, most: () => most, order };
}

describe('the read gate', () => {
  it('runs the API\'s reads one whole request at a time, first come first served', async () => {
    const { app: server, most, order } = await gatedApp('pglite', 5);
    const names = Array.from({ length: 8 }, (_, i) => String(i));
    const answers = await Promise.all(names.map((n) => server.inject({ method: 'GET', url: `/api/read?n=${n}` })));
    expect(answers.map((a) => a.body)).toEqual(names);
    expect(most()).toBe(1);
    expect(order).toEqual(names);
  });

  it('lets other routes, and every route on a PostgreSQL server, run side by side', async () => {
    const health = await gatedApp('pglite', 20);
    await Promise.all(['a', 'b', 'c'].map((n) => health.app.inject({ method: 'GET', url: `/healthz?n=${n}` })));
    expect(health.most()).toBe(3);
    await app!.close();
    const server = await gatedApp('postgres', 20);
    await Promise.all(['a', 'b', 'c'].map((n) => server.app.inject({ method: 'GET', url: `/api/read?n=${n}` })));
    expect(server.most()).toBe(3);
  });

  it('gives the turn back when a client leaves, waiting or served, so later reads are answered', async () => {
    const { app: server } = await gatedApp('pglite', 150);
    await server.listen({ host: '127.0.0.1', port: 0 });
    const { port } = server.server.address() as AddressInfo;
    const leave = (n: string, after: number): Promise<void> => new Promise((resolve) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/api/read?n=${n}` });
      request.on('error', () => resolve());
      setTimeout(() => { request.destroy(); resolve(); }, after);
    });
    // The first leaves while served, the second while it waits for its turn.
    await Promise.all([leave('served', 50), leave('waiting', 20)]);
    const answer = await fetch(`http://127.0.0.1:${port}/api/read?n=after`, { signal: AbortSignal.timeout(5_000) });
    expect(await answer.text()).toBe('after');
  });
});
