// `attache recode`: codes every stored article again after a dictionary or coder change.
// Corrections are kept: they name events by a key that re-coding reproduces.
import { Command } from 'commander';
import type { RecodeProgress } from '../ledger/ledger.js';
import { createCodingPool } from '../workers/coding-pool.js';
import { addLedgerOption, withLedger } from './ledger-options.js';
import { addWorkersOption, workersFrom } from './workers-option.js';
import type { Progress } from './progress.js';
import { startProgress } from './progress.js';

export function recodeCommand(): Command {
  const command = new Command('recode')
    .description('code the stored articles again (after a dictionary or coder change), keeping corrections');
  addLedgerOption(command);
  addWorkersOption(command);
  command.action(async (options: Record<string, unknown>) => {
    await withLedger(options, async (ledger) => {
      let progress: Progress | null = null;
      const [row] = await ledger.db.query<{ n: number }>('select count(*)::int as n from documents');
      const pool = createCodingPool(workersFrom(options, row?.n ?? 0));
      let result: RecodeProgress;
      try {
        // Articles are coded a few ahead per thread while earlier ones are written.
        result = await ledger.recode(pool, ({ done, total, events }) => {
          progress ??= startProgress('recode', total, 'articles');
          progress.update(done, `${events} events`);
        }, pool.ahead);
      } finally {
        await pool.close();
      }
      (progress as Progress | null)?.stop();
      process.stderr.write(`attache: recoded ${result.done} articles: ${result.events} events; tidying the ledger\n`);
      await ledger.tidy();
    });
  });
  return command;
}
