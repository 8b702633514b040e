// Cross-origin requests from browsers: refused (no CORS headers at all) unless the operator
// names the origins allowed, e.g. an explorer served from another host. Writes carry the token
// in a header, never in a cookie, so an allowed origin gets no credentials it did not have.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * "https://a.example, https://b.example:8443" as origins; "*" allows any. Throws RangeError for
 * anything that is not an origin (a path, a missing scheme), so a typo fails at start-up.
 */
export function parseCorsOrigins(text: string): string[] {
  const origins = text.split(',').map((o) => o.trim()).filter((o) => o !== '');
  if (origins.length === 0) throw new RangeError('no origin given (expected e.g. https://explorer.example, or *)');
  if (origins.includes('*')) return ['*'];
  // Browsers send the origin without a default port or a slash; compared so, it must be so.
  return origins.map((origin) => {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      // Reported below.
    }
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/'
      || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      throw new RangeError(`"${origin}" is not an origin (expected scheme://host[:port], e.g. https://explorer.example)`);
    }
    return url.origin;
  });
}

/** Must be registered before the routes; does nothing for an empty list. */
export async function registerCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    // A browser may reuse a preflight answer for ten minutes.
    maxAge: 600,
  });
}
