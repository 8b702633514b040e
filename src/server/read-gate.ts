// Reads take turns, whole requests at a time, on the embedded ledger. PGlite holds one
// conversation at a time, runs each statement synchronously in this thread, and its lock is
// taken per statement. Two things followed under load. A read of several statements (a page
// and its count, a digest's events and their sources) went back to the end of the queue for
// each one. And as one statement's end handed the lock to the next waiter in a microtask, the
// queue was worked off without the event loop ever turning: connections opened meanwhile were
// not read until it ran dry, so with 50 clients the last to connect waited for the others
// many times over (seconds, then timeouts). Here each request takes one turn, first come first
// served, and starts its turn on a new turn of the event loop, so that what has arrived is
// read and queued in the meantime. Throughput is the same (the database does one thing at a
// time either way); waiting is fair. A server ledger (PostgreSQL) reads side by side: no gate.
import { setImmediate } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Mutex } from '@electric-sql/pglite';
import type { Database } from '../ledger/database.js';

/** Reads whose answer is streamed for as long as the client reads: they queue per statement. */
const UNGATED = new Set(['/api/export']);

/** Each request's way to give its turn back (once), from when it has one. */
const released = new WeakMap<FastifyRequest, () => void>();
/** Requests whose client went away, perhaps while they waited for their turn. */
const abandoned = new WeakSet<FastifyRequest>();

export function registerReadGate(app: FastifyInstance, db: Pick<Database, 'kind'>): void {
  if (db.kind !== 'pglite') return;
  const gate = new Mutex();
  app.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url ?? '';
    if (request.method !== 'GET' || !route.startsWith('/api/') || UNGATED.has(route)) return;
    const release = await gate.acquire();
    let done = false;
    const giveBack = (): void => {
      if (done) return;
      done = true;
      release();
    };
    // A client that left while this request waited gets no answer, and may get no onResponse:
    // its turn is given back at once (the handler, if it runs, queues per statement).
    if (abandoned.has(request)) {
      giveBack();
      return;
    }
    released.set(request, giveBack);
    await setImmediate();
  });
  // After the answer is sent, or when the client has gone: each gives the turn back once.
  app.addHook('onResponse', async (request) => { released.get(request)?.(); });
  app.addHook('onRequestAbort', async (request) => {
    abandoned.add(request);
    released.get(request)?.();
  });
}
