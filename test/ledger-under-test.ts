// The ledger the tests write to: PGlite (in memory, or in a folder), or, when DATABASE_URL is
// set, the PostgreSQL database test/setup/database.ts made for this test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ledger } from '../src/ledger/ledger.js';

export const onServer = (): boolean => Boolean(process.env.DATABASE_URL);

/** Opens the test ledger; `dataDir` is used only on PGlite. */
export function openTestLedger(dataDir?: string): Promise<Ledger> {
  const url = process.env.DATABASE_URL;
  if (url) return Ledger.open({ url });
  return dataDir ? Ledger.open({ dataDir }) : Ledger.open({ memory: true });
}

/** Removes every row (and restarts the ids) so that tests can share one database. */
export async function emptyLedger(ledger: Ledger): Promise<void> {
  await ledger.db.exec(`truncate documents, sentences, actors, actor_aliases, actor_roles, clusters, events, mentions,
    corrections, settings restart identity cascade`);
}

/**
 * A ledger folder for a CLI test that wants an empty ledger: a new folder on PGlite; on a
 * server (where commands ignore --data) the file's database, emptied.
 */
export async function freshLedgerFolder(prefix = 'attache-ledger-'): Promise<string> {
  const folder = join(mkdtempSync(join(tmpdir(), prefix)), 'data');
  if (onServer()) {
    const ledger = await openTestLedger();
    try {
      await emptyLedger(ledger);
    } finally {
      await ledger.close();
    }
  }
  return folder;
}
