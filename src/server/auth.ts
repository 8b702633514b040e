// Writes need `Authorization: Bearer <token>`. Reads stay open (DESIGN.md: "read endpoints
// open, writes behind a token"). With no token configured, nobody can write: an API that
// accepted writes from anyone by default would be one forgotten variable away from vandalism.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

/**
 * Compares in constant time. Both sides are hashed first, so the buffers timingSafeEqual
 * compares always have the same length and the token's length leaks nothing either.
 */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

/**
 * An onRequest hook for write routes: it runs before the body is read, so an unauthorised
 * request gets its 401 (or 403) whatever it sends, and a large body is never parsed for it.
 */
export function requireToken(token: string | null): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined> {
  // Returning the reply after send() is how an async hook ends the request early.
  return async (request, reply) => {
    if (token === null) {
      return reply.code(403).send(errorBody(403, 'writes are disabled: start the server with ATTACHE_TOKEN set to a secret, and send it as "Authorization: Bearer <token>"'));
    }
    const given = bearerToken(request.headers.authorization);
    if (given === null || !tokensMatch(given, token)) {
      return reply.code(401).header('www-authenticate', 'Bearer realm="attache"')
        .send(errorBody(401, given === null ? 'this request needs "Authorization: Bearer <token>"' : 'wrong token'));
    }
    return undefined;
  };
}
