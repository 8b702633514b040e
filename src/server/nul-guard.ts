// PostgreSQL text cannot hold U+0000: a NUL in a parameter ("?actor=%00") reached the database
// as a bound value and failed there, a 500 for what is the client's mistake. This hook refuses
// it first, as a 400 naming the parameter. Article text is let through: ingest normalises it,
// and stray control characters (NUL among them) are removed before anything is stored.
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.js';

/** Fields whose NULs never reach the ledger (normaliseText removes them). */
const NORMALISED = /^documents\.\d+\.text$/;

/** The path of the first string holding a NUL ("documents.0.title", "" for the value itself), or null. */
export function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') && !NORMALISED.test(path) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(key, path) ?? nulPath(item, path === '' ? key : `${path}.${key}`);
    if (found !== null) return found === '' ? key : found;
  }
  return null;
}

export function registerNulGuard(app: FastifyInstance): void {
  const places = [['query', 'query parameter'], ['params', 'path parameter'], ['body', 'body field']] as const;
  app.addHook('preValidation', async (request) => {
    for (const [part, place] of places) {
      const path = nulPath(request[part]);
      if (path !== null) throw new HttpError(400, `${path === '' ? `the ${part}` : `${place} '${path}'`} contains a NUL character (U+0000), which the ledger cannot store`);
    }
  });
}
