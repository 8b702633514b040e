// Runs the CLI, or one command module, in-process and captures what it prints.
import { Command, CommanderError } from 'commander';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Captures stdout and stderr while `work` runs; `work` resolves to the exit code. */
async function captured(work: (stderr: (text: string) => void) => Promise<number>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => { stdout += String(chunk); return true; }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => { stderr += String(chunk); return true; }) as typeof process.stderr.write;
  process.exitCode = 0;
  try {
    const code = await work((text) => { stderr += text; });
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = 0;
  }
}

export async function runCli(...args: string[]): Promise<CliResult> {
  return captured(() => main(['node', 'attache', ...args]));
}

/**
 * Runs one command module as `attache <name> ...args` would, mounted on a program of its own
 * (as src/cli/main.ts mounts it beside the others); exit codes and error lines as main() gives them.
 */
export async function runCommand(command: Command, args: readonly string[]): Promise<CliResult> {
  const program = new Command('attache').exitOverride();
  program.addCommand(command.exitOverride());
  return captured(async (stderr) => {
    try {
      await program.parseAsync(['node', 'attache', command.name(), ...args]);
      return Number(process.exitCode ?? 0);
    } catch (error) {
      if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
      stderr(`attache: error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  });
}
