// How many writes (corrections, merges, renames, ingest) one client address may make a minute.
// Ingest codes articles and fetches pages on the client's behalf, so a client in a loop could
// keep the server busy for everyone else; and a limit on writes is also a limit on guessing
// the token. Reads are not limited: they are cheap and paged.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from './errors.js';

export const DEFAULT_WRITES_PER_MINUTE = 60;

/**
 * Registers @fastify/rate-limit for no route of its own and returns the one onRequest hook all
 * write routes share, so that they share one count per client. null when `perMinute` is 0 (no
 * limit). Clients are told apart by request.ip: behind a reverse proxy that is the proxy's.
 */
export async function writeRateLimit(app: FastifyInstance, perMinute: number): Promise<onRequestAsyncHookHandler | null> {
  if (!Number.isInteger(perMinute) || perMinute < 0) throw new RangeError(`invalid writes per minute ${perMinute} (expected a whole number, 0 for no limit)`);
  if (perMinute === 0) return null;
  await app.register(rateLimit, { global: false });
  const hook = app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    // Thrown, so it reaches the error handler and gets the usual { error, message } body.
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, `too many writes from this address (at most ${context.max} a minute): retry in ${context.after}`),
  });
  // The plugin types it as a preHandler; it only reads the request's address, so it can run
  // first, before the token is checked and before any body is read.
  return hook as unknown as onRequestAsyncHookHandler;
}
