// Fetching one web page with Node's global fetch. Failures that may pass (network errors,
// timeouts, HTTP 429 and 5xx) are retried with exponential back-off; other 4xx are final.
// Redirects are followed by hand rather than by fetch, so that every address on the way is
// checked (scheme, and the `checkUrl` hook where private addresses can later be refused).
import { STATUS_CODES } from 'node:http';
import type { Dispatcher } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import { readLimitedBody } from './fetch-body.js';
import { FetchFailure, describeFetchError, retryAfterMs } from './fetch-errors.js';
import { DEFAULT_MAX_BYTES, IngestError } from './item.js';
import { parseHttpUrl } from './url.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_MS = 500;
export const DEFAULT_MAX_REDIRECTS = 10;
export const DEFAULT_USER_AGENT = 'attache/0.1 (news reader for political event coding)';
/** A server's Retry-After is honoured up to this wait; beyond it a batch would seem to hang. */
const MAX_RETRY_AFTER_MS = 30_000;

export interface FetchOptions {
  /** Time allowed for one attempt, headers and body together, in ms (default 15 000). */
  timeoutMs?: number;
  /** Further attempts after a network error, a timeout, HTTP 429 or 5xx (default 2). */
  retries?: number;
  /** Wait before the first retry in ms, doubled for each further one (default 500). */
  retryDelayMs?: number;
  /** Most redirects followed from one address (default 10). */
  maxRedirects?: number;
  /** Sent with every request (default names attaché). */
  userAgent?: string;
  /**
   * Called with every address before it is requested: the one given and each redirect target.
   * Throw to refuse it (an IngestError's message is used as it is). This is where private and
   * loopback addresses can be refused; by default nothing is.
   */
  checkUrl?: (url: URL) => void | Promise<void>;
  /**
   * The connection pool requests go through (default: fetch's own). guarded-agent.ts's agent
   * checks the addresses each connection is made to.
   */
  dispatcher?: Dispatcher;
}

/** FetchOptions plus the body size limit, as `fetchPage` takes them. */
export interface PageFetchOptions extends FetchOptions {
  /** Largest body accepted, in bytes (default 200 MB, the ingest limit). */
  maxBytes?: number;
}

export type ResolvedFetchOptions = Required<Omit<PageFetchOptions, 'checkUrl' | 'dispatcher'>> & Pick<FetchOptions, 'checkUrl' | 'dispatcher'>;

export interface FetchedPage {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  /** Media type from Content-Type, lower-cased and without parameters; "" when absent. */
  mediaType: string;
  /** The charset parameter of Content-Type, or null. */
  charset: string | null;
  body: Uint8Array;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5';

/** Applies defaults and checks the numbers; throws RangeError for nonsense (before any request). */
export function resolveFetchOptions(options: PageFetchOptions = {}): ResolvedFetchOptions {
  const resolved = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    checkUrl: options.checkUrl,
    dispatcher: options.dispatcher,
  };
  if (!(resolved.timeoutMs > 0)) throw new RangeError(`invalid timeoutMs ${resolved.timeoutMs} (expected a positive number of milliseconds)`);
  for (const key of ['retries', 'maxRedirects'] as const) {
    if (!Number.isInteger(resolved[key]) || resolved[key] < 0) throw new RangeError(`invalid ${key} ${resolved[key]} (expected a whole number, 0 or more)`);
  }
  if (!(resolved.retryDelayMs >= 0)) throw new RangeError(`invalid retryDelayMs ${resolved.retryDelayMs} (expected 0 or more milliseconds)`);
  if (!(resolved.maxBytes > 0)) throw new RangeError(`invalid maxBytes ${resolved.maxBytes} (expected a positive number of bytes)`);
  return resolved;
}

/**
 * Fetches `input` (an absolute http or https URL) and returns its body. Throws an IngestError
 * with a one-line message starting with `input` when it cannot: "https://x/y: HTTP 404 Not
 * Found", "…: timed out after 15 s (gave up after 3 attempts)", "…: not an http(s) URL".
 */
export async function fetchPage(input: string, options: PageFetchOptions = {}): Promise<FetchedPage> {
  const settings = resolveFetchOptions(options);
  const first = parseHttpUrl(input);
  let url = first;
  for (let redirects = 0; ; redirects++) {
    await runCheck(input, url, settings);
    const outcome = await withRetries(input, url, first, settings);
    if (outcome.kind === 'page') return outcome.page;
    if (redirects >= settings.maxRedirects) throw new IngestError(`${input}: too many redirects (more than ${settings.maxRedirects})`);
    url = redirectTarget(input, url, outcome.location);
  }
}

type Outcome = { kind: 'page'; page: FetchedPage } | { kind: 'redirect'; location: string };

async function runCheck(input: string, url: URL, settings: ResolvedFetchOptions): Promise<void> {
  if (!settings.checkUrl) return;
  try {
    await settings.checkUrl(url);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`${input}: refused ${url.href} (${error instanceof Error ? error.message : String(error)})`);
  }
}

function redirectTarget(input: string, from: URL, location: string): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new IngestError(`${input}: redirected to an invalid address "${location}"`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new IngestError(`${input}: redirected to ${target.href}, which is not an http(s) URL`);
  }
  return parseHttpUrl(target.href, input);
}

async function withRetries(input: string, url: URL, first: URL, settings: ResolvedFetchOptions): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(url, settings);
    } catch (error) {
      const failure = error instanceof FetchFailure ? error : describeFetchError(error, false, settings.timeoutMs);
      if (!failure.retriable || attempt >= settings.retries) {
        const where = url.href === first.href ? '' : ` (redirected to ${url.href})`;
        const attempts = attempt > 0 ? ` (gave up after ${attempt + 1} attempts)` : '';
        throw new IngestError(`${input}: ${failure.message}${where}${attempts}`);
      }
      let delay = settings.retryDelayMs * 2 ** attempt;
      if (failure.retryAfterMs !== null) delay = Math.max(delay, Math.min(failure.retryAfterMs, MAX_RETRY_AFTER_MS));
      await sleep(delay);
    }
  }
}

/** One request: a redirect, a page, or a FetchFailure saying whether a retry may help. */
async function attemptOnce(url: URL, settings: ResolvedFetchOptions): Promise<Outcome> {
  // One signal for headers and body: a server that trickles its body still times out.
  const signal = AbortSignal.timeout(settings.timeoutMs);
  try {
    // Node's fetch is undici's and takes an undici dispatcher, which the DOM typings leave out.
    const init: RequestInit & { dispatcher?: Dispatcher } = {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': settings.userAgent, accept: ACCEPT },
      ...(settings.dispatcher ? { dispatcher: settings.dispatcher } : {}),
    };
    const response = await fetch(url, init);
    const { status } = response;
    const location = response.headers.get('location');
    if (REDIRECT_STATUSES.has(status) && location) {
      await discard(response);
      return { kind: 'redirect', location };
    }
    if (status < 200 || status > 299) {
      await discard(response);
      const retriable = status === 429 || status >= 500;
      throw new FetchFailure(`HTTP ${status} ${response.statusText || STATUS_CODES[status] || ''}`.trim(), retriable, retriable ? retryAfterMs(response.headers.get('retry-after')) : null);
    }
    const body = await readLimitedBody(response, settings.maxBytes);
    const [mediaType = '', ...parameters] = (response.headers.get('content-type') ?? '').split(';');
    const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined) ?? null;
    return { kind: 'page', page: { url: url.href, status, mediaType: mediaType.trim().toLowerCase(), charset, body } };
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    throw describeFetchError(error, signal.aborted, settings.timeoutMs);
  }
}

/** Lets go of a body we do not read, so the connection can be reused or closed. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Nothing to free.
  }
}
