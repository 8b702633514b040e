// Options of the commands that use the ingest queue (`ingest --queue`, `worker`, `jobs`): the
// queue lives in the ledger's PostgreSQL database, so they need DATABASE_URL.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_RETRY } from '../queue/ingest-queue.js';
import type { RetrySettings } from '../queue/ingest-queue.js';

/** A whole number from `min` to `max`, for commander. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return number;
  };
}

/** DATABASE_URL, or a usage error: the queue has no embedded form. */
export function queueDatabaseUrl(command: Command, what: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) command.error(`error: ${what} needs a PostgreSQL server: set DATABASE_URL=postgres://... (the queue lives in the ledger's database)`, { exitCode: 2 });
  return url;
}

export function addRetryOptions(command: Command): Command {
  return command
    .option('--retry-limit <n>', `with --queue: attempts after the first before a document goes to the dead-letter queue (default ${DEFAULT_RETRY.retryLimit})`, wholeNumber(0, 100))
    .option('--retry-delay <seconds>', `with --queue: wait before the first retry (default ${DEFAULT_RETRY.retryDelaySeconds})`, wholeNumber(0, 86_400))
    .option('--no-retry-backoff', 'with --queue: retry at a constant delay instead of doubling it each time')
    .option('--expire-seconds <seconds>', `with --queue: a job a worker holds longer than this is taken as lost and retried (default ${DEFAULT_RETRY.expireSeconds})`, wholeNumber(1, 86_400));
}

export function retryFrom(options: Record<string, unknown>): RetrySettings {
  return {
    retryLimit: typeof options.retryLimit === 'number' ? options.retryLimit : DEFAULT_RETRY.retryLimit,
    retryDelaySeconds: typeof options.retryDelay === 'number' ? options.retryDelay : DEFAULT_RETRY.retryDelaySeconds,
    retryBackoff: options.retryBackoff !== false,
    expireSeconds: typeof options.expireSeconds === 'number' ? options.expireSeconds : DEFAULT_RETRY.expireSeconds,
  };
}

/** One line on stderr, clearing a progress bar's line first on a terminal. */
export function reportLine(message: string): void {
  process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}attache: ${message}\n`);
}
