// What every route module is given: the ledger, the write token, and the coder (made once,
// on the first ingest, because loading the dictionaries takes a moment reads never need).
import type { Ledger } from '../ledger/ledger.js';
import type { Coder } from '../pipeline.js';
import { createCoder } from '../pipeline.js';

export interface ServerContext {
  ledger: Ledger;
  /** null: writes are refused (403). */
  token: string | null;
  coder(): Coder;
}

export function serverContext(ledger: Ledger, token: string | null | undefined, coder?: Coder): ServerContext {
  let made: Coder | undefined = coder;
  return {
    ledger,
    // An empty ATTACHE_TOKEN is a mistake, not a password everyone knows.
    token: token === undefined || token === null || token.trim() === '' ? null : token,
    coder: () => (made ??= createCoder()),
  };
}
