// Where the ledger is, for every command that reads or writes it: a PostgreSQL server when
// DATABASE_URL is set, else the embedded PGlite folder given by --data.
import type { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../ledger/database.js';
import { Ledger } from '../ledger/ledger.js';

export interface LedgerOptions {
  data?: string;
}

export function addLedgerOption(command: Command): Command {
  return command.option('--data <dir>', 'ledger folder (embedded PostgreSQL); ignored when DATABASE_URL is set', DEFAULT_DATA_DIR);
}

export function openLedger(options: LedgerOptions): Promise<Ledger> {
  const url = process.env.DATABASE_URL;
  return url ? Ledger.open({ url }) : Ledger.open({ dataDir: options.data ?? DEFAULT_DATA_DIR });
}

/** Opens the ledger, runs `work`, and always closes it (a PGlite folder must be closed cleanly). */
export async function withLedger<T>(options: LedgerOptions, work: (ledger: Ledger) => Promise<T>): Promise<T> {
  const ledger = await openLedger(options);
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}
