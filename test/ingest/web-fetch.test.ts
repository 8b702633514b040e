// Requests against a real local server: retries, timeouts, redirects, size limit, schemes.
// Every failing URL is one error item naming the URL and the cause, and reading goes on.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, fetchPage, readInputs, type IngestOptions } from '../../src/ingest/index.js';
import { retryAfterMs } from '../../src/ingest/fetch-errors.js';
import { collect, fixture } from './helpers.js';
import { startNewsServer, type TestServer } from './web-server.js';

/** Fast settings: tests wait milliseconds, not seconds. */
const FAST: IngestOptions = { http: { retries: 2, retryDelayMs: 1, timeoutMs: 2000 } };
const GOOD_FILE = fixture('txt/undated.txt');

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startNewsServer();
  base = server.base;
});
afterAll(() => server.close());

/** Reads [url, a good local file]: the URL must give exactly `message`, the file its document. */
async function expectUrlError(url: string, message: string, options: IngestOptions = FAST): Promise<void> {
  const { errors, documents } = await collect([url, GOOD_FILE], options);
  expect(errors).toEqual([{ input: url, message }]);
  expect(documents.map((d) => d.id)).toEqual(['undated']);
}

describe('fetching', () => {
  it('sends a User-Agent naming attaché', async () => {
    const page = await fetchPage(`${base}/articles/summit.html`, FAST.http);
    expect(page.status).toBe(200);
    expect(page.mediaType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(Buffer.from(page.body).toString('utf8')).toContain('Ada Varsen');
    expect(server.userAgents.at(-1)).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^attache\//);
  });

  it('404 is final: one request, one error, the next input still read', async () => {
    await expectUrlError(`${base}/missing`, `${base}/missing: HTTP 404 Not Found`);
    expect(server.count('/missing')).toBe(1);
  });

  it('other 4xx are not retried either', async () => {
    await expectUrlError(`${base}/forbidden`, `${base}/forbidden: HTTP 403 Forbidden`);
    expect(server.count('/forbidden')).toBe(1);
  });

  it('retries a 500 and reads the page when the retry succeeds', async () => {
    const { documents, errors } = await collect([`${base}/flaky`], FAST);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).toContain('The President of Norland, Ada Varsen, met the Prime Minister of Kestria');
    expect(server.count('/flaky')).toBe(2);
  });

  it('retries a 429 (honouring Retry-After: 0)', async () => {
    const { documents, errors } = await collect([`${base}/busy`], FAST);
    expect(errors).toEqual([]);
    expect(documents[0]?.title).toBe('Norland and Kestria leaders meet in Aldport');
    expect(server.count('/busy')).toBe(2);
  });

  it('gives up on a lasting 503 after the configured retries', async () => {
    await expectUrlError(`${base}/broken`, `${base}/broken: HTTP 503 Service Unavailable (gave up after 3 attempts)`);
    expect(server.count('/broken')).toBe(3);
  });

  it('times out a slow response with a short timeout', async () => {
    const started = Date.now();
    await expectUrlError(`${base}/slow`, `${base}/slow: timed out after 0.2 s`, { http: { timeoutMs: 200, retries: 0 } });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a body that stops arriving, and retries after a timeout', async () => {
    await expectUrlError(`${base}/slow-body`, `${base}/slow-body: timed out after 0.15 s (gave up after 2 attempts)`, {
      http: { timeoutMs: 150, retries: 1, retryDelayMs: 1 },
    });
    expect(server.count('/slow-body')).toBe(2);
    const { documents, errors } = await collect([`${base}/slow-then-fast`], { http: { timeoutMs: 300, retries: 1, retryDelayMs: 1 } });
    expect(errors).toEqual([]);
    expect(documents[0]?.text).toContain('Millford');
  });

  it('reports a refused connection after retrying it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/article`;
    await expectUrlError(url, `${url}: connection refused (gave up after 3 attempts)`);
  });

  it('refuses a body above the size limit, by Content-Length or by counting', async () => {
    const options = { ...FAST, maxBytes: 2000 };
    await expectUrlError(`${base}/big`, `${base}/big: larger than the limit of 0.0019 MB; raise --max-mb`, options);
    await expectUrlError(`${base}/big-stream`, `${base}/big-stream: larger than the limit of 0.0019 MB; raise --max-mb`, options);
    // Not retried: a second try would be just as large.
    expect(server.count('/big')).toBe(1);
  });

  it('follows redirects; url is the final address, id and origin the one given', async () => {
    const url = `${base}/redirect-twice`;
    const { documents, errors } = await collect([url], FAST);
    expect(errors).toEqual([]);
    expect(documents[0]).toMatchObject({ origin: url, url: `${base}/articles/summit.html` });
    expect(documents[0]?.id).toMatch(/^127-0-0-1-\d+-redirect-twice$/);
  });

  it('stops redirect loops', async () => {
    await expectUrlError(`${base}/loop`, `${base}/loop: too many redirects (more than 3)`, { http: { ...FAST.http, maxRedirects: 3 } });
    expect(server.count('/loop')).toBe(4);
  });

  it('accepts only http and https, also as a redirect target', async () => {
    await expectUrlError('ftp://127.0.0.1/briefing.txt', 'ftp://127.0.0.1/briefing.txt: not an http(s) URL');
    await expectUrlError('file:///etc/hostname', 'file:///etc/hostname: not an http(s) URL');
    await expectUrlError(`${base}/to-ftp`, `${base}/to-ftp: redirected to ftp://127.0.0.1/briefing.txt, which is not an http(s) URL`);
  });

  it('asks checkUrl about every address, redirect targets included', async () => {
    const seen: string[] = [];
    const checkUrl = (url: URL): void => {
      seen.push(url.pathname);
      if (url.pathname.startsWith('/articles/')) throw new Error('address not allowed');
    };
    const url = `${base}/redirect`;
    await expectUrlError(url, `${url}: refused ${base}/articles/summit.html (address not allowed)`, { http: { ...FAST.http, checkUrl } });
    expect(seen).toEqual(['/redirect', '/articles/summit.html']);
  });

  it('refuses invalid settings before reading anything', async () => {
    await expect(collect([`${base}/articles/summit.html`], { http: { timeoutMs: 0 } })).rejects.toThrow(/invalid timeoutMs 0/);
    await expect(collect([`${base}/articles/summit.html`], { http: { retries: -1 } })).rejects.toThrow(/invalid retries -1/);
    const generator = readInputs([GOOD_FILE], { http: { retryDelayMs: Number.NaN } });
    await expect(generator.next()).rejects.toThrow(RangeError);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
