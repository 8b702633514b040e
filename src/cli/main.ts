// The `attache` command line.
import { Command, CommanderError } from 'commander';
import { codeCommand } from './code-command.js';
import { evalCommand } from './eval-command.js';
import { explainCommand } from './explain-command.js';
import { correctCommand } from './correct-command.js';
import { ingestCommand } from './ingest-command.js';
import { recodeCommand } from './recode-command.js';
import { eventsCommand } from './events-command.js';
import { actorsCommand } from './actors-command.js';
import { dyadsCommand } from './dyads-command.js';
import { exportCommand } from './export-command.js';
import { digestCommand } from './digest-command.js';
import { serveCommand } from './serve-command.js';
import { workerCommand } from './worker-command.js';
import { jobsCommand } from './jobs-command.js';

export function buildProgram(): Command {
  const program = new Command('attache')
    .description('attaché: turns news about international politics into coded events (who did what to whom)')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const command of [codeCommand(), explainCommand(), evalCommand(), ingestCommand(), recodeCommand(), correctCommand(),
    eventsCommand(), actorsCommand(), dyadsCommand(), exportCommand(), digestCommand(), serveCommand(), workerCommand(), jobsCommand()]) {
    command.exitOverride();
    program.addCommand(command);
  }
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = 0;
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors have been printed by commander already.
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`attache: error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
