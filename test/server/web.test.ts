// Serving the web explorer: index.html at "/" and for the app's own paths (a single-page
// app routes them itself), JSON 404s for the API and for missing files, and assets through
// @fastify/static when it is installed.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../../src/ledger/ledger.js';
import { DEFAULT_WEB_ROOT, buildServer } from '../../src/server/index.js';
import { openTestLedger } from '../ledger-under-test.js';
import { isAppPath } from '../../src/server/web.js';

const INDEX = '<!doctype html><html><head><title>attaché explorer</title></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("explorer");\n';

function staticInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('@fastify/static');
    return true;
  } catch {
    return false;
  }
}

let ledger: Ledger;
let app: FastifyInstance;
let webRoot: string;

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'attache-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), INDEX);
  writeFileSync(join(webRoot, 'assets', 'app.js'), SCRIPT);
  ledger = await openTestLedger();
  app = await buildServer({ ledger, webRoot });
});

afterAll(async () => {
  await app?.close();
  await ledger?.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('the web explorer', () => {
  it('serves index.html at "/" and for the app\'s own paths', async () => {
    expect(app.webMode).toBe(staticInstalled() ? 'explorer' : 'explorer-without-assets');
    for (const url of ['/', '/events', '/actors/12?tab=partners']) {
      const reply = await app.inject({ url });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.headers['content-type'], url).toMatch(/^text\/html/);
      expect(reply.body, url).toContain('<div id="root">');
    }
  });

  it('keeps the API\'s answers, and JSON 404s for unknown API paths and missing files', async () => {
    expect((await app.inject({ url: '/api/stats' })).json()).toMatchObject({ documents: 0 });
    for (const url of ['/api/unknown', '/assets/missing.js']) {
      const reply = await app.inject({ url });
      expect(reply.statusCode, url).toBe(404);
      expect(reply.json(), url).toMatchObject({ error: 'Not Found' });
    }
    expect((await app.inject({ method: 'POST', url: '/somewhere' })).statusCode).toBe(404);
  });

  it.skipIf(!staticInstalled())('serves the explorer\'s files with @fastify/static', async () => {
    const reply = await app.inject({ url: '/assets/app.js' });
    expect(reply.statusCode).toBe(200);
    expect(reply.body).toBe(SCRIPT);
  });

  it('tells the app\'s paths from API paths and file names', () => {
    expect(isAppPath('GET', '/actors/5')).toBe(true);
    expect(isAppPath('HEAD', '/')).toBe(true);
    expect(isAppPath('GET', '/api/events')).toBe(false);
    expect(isAppPath('GET', '/api')).toBe(false);
    expect(isAppPath('GET', '/favicon.ico')).toBe(false);
    expect(isAppPath('POST', '/actors/5')).toBe(false);
  });

  it('looks for the built explorer in dist/web of the package', () => {
    expect(DEFAULT_WEB_ROOT.endsWith(`${sep}dist${sep}web${sep}`)).toBe(true);
  });

  it('points "/" to /openapi.json when the folder has no index.html', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'attache-web-empty-'));
    const apiOnly = await buildServer({ ledger, webRoot: empty });
    try {
      expect(apiOnly.webMode).toBe('api-only');
      expect((await apiOnly.inject({ url: '/' })).json()).toMatchObject({ openapi: '/openapi.json' });
      expect((await apiOnly.inject({ url: '/actors/5' })).statusCode).toBe(404);
    } finally {
      await apiOnly.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
