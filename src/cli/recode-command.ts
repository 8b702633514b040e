// `attache recode`: codes every stored article again after a dictionary or coder change.
// Corrections are kept: they name events by a key that re-coding reproduces.
import { Command } from 'commander';
import { createCoder } from '../pipeline.js';
import { addLedgerOption, withLedger } from './ledger-options.js';
import type { Progress } from './progress.js';
import { startProgress } from './progress.js';

export function recodeCommand(): Command {
  const command = new Command('recode')
    .description('code the stored articles again (after a dictionary or coder change), keeping corrections');
  addLedgerOption(command);
  command.action(async (options: Record<string, unknown>) => {
    await withLedger(options, async (ledger) => {
      let progress: Progress | null = null;
      const result = await ledger.recode(createCoder(), ({ done, total, events }) => {
        progress ??= startProgress('recode', total, 'articles');
        progress.update(done, `${events} events`);
      });
      (progress as Progress | null)?.stop();
      process.stderr.write(`attache: recoded ${result.done} articles: ${result.events} events; tidying the ledger\n`);
      await ledger.tidy();
    });
  });
  return command;
}
