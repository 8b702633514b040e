// What every route module is given: the ledger, the write token, the coder (made once, on the
// first ingest, because loading the dictionaries takes a moment reads never need), the hooks
// every write passes, the check on addresses ingest fetches, and the metrics routes count in.
import type { onRequestAsyncHookHandler } from 'fastify';
import type { FetchOptions } from '../ingest/fetch.js';
import type { Ledger } from '../ledger/ledger.js';
import type { Coder } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import { requireToken } from './auth.js';
import type { ServerMetrics } from './metrics.js';

export interface ServerContext {
  ledger: Ledger;
  /** null: writes are refused (403). */
  token: string | null;
  coder(): Coder;
  /** The onRequest hooks of every write route: the rate limit (if any), then the token. */
  writeGuards: onRequestAsyncHookHandler[];
  /**
   * How ingest fetches addresses: `checkUrl` is called before every request, redirects
   * included, and throws to refuse it; `dispatcher` checks the address each connection is made to.
   */
  fetching: UrlFetching;
  metrics: ServerMetrics;
}

export type UrlFetching = Pick<FetchOptions, 'dispatcher'> & { checkUrl: (url: URL) => Promise<void> };

export interface ContextParts {
  ledger: Ledger;
  token: string | null | undefined;
  coder?: Coder;
  /** The shared rate-limit hook of writes; null: no limit. */
  writeLimit: onRequestAsyncHookHandler | null;
  fetching: UrlFetching;
  metrics: ServerMetrics;
}

export function serverContext(parts: ContextParts): ServerContext {
  let made: Coder | undefined = parts.coder;
  const { token: given } = parts;
  // An empty ATTACHE_TOKEN is a mistake, not a password everyone knows.
  const token = given === undefined || given === null || given.trim() === '' ? null : given;
  // The limit comes first, so that refused attempts (a wrong token, too) are counted.
  const writeGuards = [...(parts.writeLimit ? [parts.writeLimit] : []), requireToken(token)];
  return {
    ledger: parts.ledger,
    token,
    coder: () => (made ??= createCoder()),
    writeGuards,
    fetching: parts.fetching,
    metrics: parts.metrics,
  };
}
