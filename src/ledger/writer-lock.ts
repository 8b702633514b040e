// Writers in several processes (queue workers on several machines, beside the API) share one
// PostgreSQL ledger. Storing a document reads the clusters and actors its events touch and
// then rewrites them; two such transactions side by side, each blind to the other's
// uncommitted rows, would make two clusters of one event or lose a count. So every writing
// transaction on a server first takes one transaction-scoped advisory lock: writes run one at a
// time (each takes milliseconds), while coding, the costly part, runs in parallel. PGlite has
// a single connection that runs one transaction at a time already, so it skips the round trip.
import type { Database, Queryable } from './database.js';

/** The advisory lock's key: any constant the ledger's database uses for nothing else ("attach" in ASCII, within a JavaScript safe integer). */
const LEDGER_WRITE_LOCK = 0x617474616368;

/** Waits for the ledger's write lock; the lock is held until the transaction ends. */
export async function lockLedgerForWriting(db: Database, tx: Queryable): Promise<void> {
  if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [LEDGER_WRITE_LOCK]);
}
