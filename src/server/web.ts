// The web explorer, when it has been built: dist/web served at "/", with any other non-API
// path answered by index.html so the single-page app can route it. Assets are served by
// @fastify/static, loaded only if installed: the API works without it, and without the web
// folder "/" simply points to the API description.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

/** dist/web of this package: two folders up from src/server/ and from dist/server/ alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The options of @fastify/static this module uses (its documented API). */
interface StaticOptions {
  root: string;
  prefix: string;
  wildcard: boolean;
  index: string[];
}

export type WebMode = 'explorer' | 'explorer-without-assets' | 'api-only';

/** Answers a request no route took: index.html for the app's own paths, or null to 404. */
export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> | null;

/**
 * The app's own paths are GET or HEAD, outside /api/, and name no file: "/actors/5" is the app's,
 * "/assets/app.js" is a missing asset and must stay a 404 (HTML in place of JavaScript would
 * break the page in confusing ways).
 */
export function isAppPath(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/api' || path.startsWith('/api/')) return false;
  const last = path.split('/').pop() ?? '';
  return !last.includes('.');
}

async function loadStaticPlugin(): Promise<FastifyPluginAsync<StaticOptions> | null> {
  // A computed specifier keeps TypeScript from requiring the package at build time.
  const specifier = '@fastify/static';
  try {
    const module: unknown = await import(specifier);
    const plugin = (module as { default?: unknown }).default;
    return typeof plugin === 'function' ? (plugin as FastifyPluginAsync<StaticOptions>) : null;
  } catch {
    return null;
  }
}

/** Registers the explorer (or the pointer to /openapi.json); returns the fallback for the not-found handler. */
export async function registerWeb(app: FastifyInstance, webRoot: string | null): Promise<{ mode: WebMode; fallback: SpaFallback | null }> {
  const index = webRoot === null ? null : join(webRoot, 'index.html');
  if (webRoot === null || index === null || !existsSync(index)) {
    app.get('/', { schema: { hide: true } }, () => ({
      name: 'attaché',
      message: 'the HTTP API of an attaché ledger; its OpenAPI description is at /openapi.json',
      openapi: '/openapi.json',
      health: '/healthz',
    }));
    return { mode: 'api-only', fallback: null };
  }
  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(await readFile(index, 'utf8'));
  const plugin = await loadStaticPlugin();
  let mode: WebMode = 'explorer';
  if (plugin) {
    await app.register(plugin, { root: webRoot, prefix: '/', wildcard: true, index: ['index.html'] });
  } else {
    app.log.warn('@fastify/static is not installed: the explorer\'s index.html is served, its other files are not');
    app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
    mode = 'explorer-without-assets';
  }
  return { mode, fallback: (request, reply) => (isAppPath(request.method, request.url) ? sendIndex(reply) : null) };
}
