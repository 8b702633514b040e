// Why a request failed, in words a user can act on, and whether trying again may help.
// fetch reports every network problem as TypeError("fetch failed") with the real reason
// (ECONNREFUSED, ENOTFOUND, …) tucked away in `cause`; we dig it out.
import { ADDRESS_REFUSED } from './address-guard.js';

/** One failed attempt. `message` is the cause only; the caller puts the URL in front. */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
    /** The server's Retry-After, in ms, when it gave one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
};

/**
 * A thrown error from fetch or from reading the body → FetchFailure. Timeouts (our signal
 * fired) and network errors are retriable; anything else is a bug or a refusal that will
 * not change on a second try.
 */
export function describeFetchError(error: unknown, timedOut: boolean, timeoutMs: number): FetchFailure {
  if (timedOut || (error instanceof Error && error.name === 'TimeoutError')) {
    return new FetchFailure(`timed out after ${formatSeconds(timeoutMs)} s`, true);
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    // The connection guard (guarded-agent.ts) refused the address: asking again cannot help.
    if (errorCode(error.cause) === ADDRESS_REFUSED) return new FetchFailure(`refused (${(error.cause as Error).message})`, false);
    return new FetchFailure(networkReason(error.cause), true);
  }
  // Errors while streaming the body arrive without the "fetch failed" wrapper.
  const code = errorCode(error);
  if (code !== null && (code in NETWORK_CODES || code.startsWith('UND_ERR'))) return new FetchFailure(networkReason(error), true);
  return new FetchFailure(error instanceof Error ? error.message : String(error), false);
}

function networkReason(cause: unknown): string {
  const code = errorCode(cause);
  if (code !== null && NETWORK_CODES[code]) return NETWORK_CODES[code];
  // Node 20 tries IPv4 and IPv6 in turn and reports an AggregateError of both attempts.
  if (cause instanceof AggregateError && cause.errors.length > 0) return networkReason(cause.errors[0]);
  if (cause instanceof Error && cause.message) return code ? `${cause.message} (${code})` : cause.message;
  return 'network error';
}

function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : null;
}

/** "15000" → "15", "200" → "0.2": the unit the user set the option in is ms, but seconds read better. */
function formatSeconds(ms: number): string {
  return String(Number((ms / 1000).toPrecision(3)));
}

/** Retry-After as seconds ("120") or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
