// The built CLI (bin/attache.js, which runs dist/) as a child process with DATABASE_URL set:
// how the queue benchmark and the distributed-ingest tests start `attache ingest --queue` and
// `attache worker` exactly as a user would, collect their output, and stop them with SIGTERM.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** bin/attache.js: two folders up from both src/bench/ and dist/bench/. */
export const CLI_PATH = fileURLToPath(new URL('../../bin/attache.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** A running CLI process, its output collected. */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves when the process has ended. */
  ended: Promise<CliRun>;
  /** Its stderr so far (where the CLI reports progress and summaries). */
  output: () => string;
}

export function startCli(url: string, args: readonly string[]): CliProcess {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const ended = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, ended, output: () => stderr };
}

/** Whether the process is still running (neither exited nor killed). */
export function isRunning(process: CliProcess): boolean {
  return process.child.exitCode === null && process.child.signalCode === null;
}

/** Runs the CLI to its end, `timeoutMs` at most (then it is killed with SIGKILL, and the run says so). */
export async function runCliProcess(url: string, args: readonly string[], timeoutMs = 120_000): Promise<CliRun> {
  const run = startCli(url, args);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  try {
    return await run.ended;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * SIGTERM to each process still running (a worker then finishes the article under way and
 * exits 0), and their runs once they have ended; one that has not ended `graceMs` after the
 * signal is killed with SIGKILL, which its run's `signal` shows.
 */
export async function stopProcesses(processes: readonly CliProcess[], graceMs = 10_000): Promise<CliRun[]> {
  for (const p of processes) if (isRunning(p)) p.child.kill('SIGTERM');
  return Promise.all(processes.map(async (p) => {
    const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
    try {
      return await p.ended;
    } finally {
      clearTimeout(timer);
    }
  }));
}

/** The last `lines` lines of a process's stderr, for an error message that says what it did. */
export function tailOf(text: string, lines = 8): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
