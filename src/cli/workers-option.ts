// `--workers N`: how many threads code documents (0: the main thread codes them).
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { defaultWorkerCount } from '../workers/coding-pool.js';

/** More threads than this only cost memory (each loads the language model). */
const MAX_WORKERS = 64;

export function parseWorkers(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > MAX_WORKERS) {
    throw new InvalidArgumentError(`expected a whole number of threads from 0 to ${MAX_WORKERS}`);
  }
  return count;
}

export function addWorkersOption(command: Command): Command {
  return command.option(
    '--workers <n>',
    `threads that code documents beside the main thread (0: code in the main thread; default: one per core, ${defaultWorkerCount()} here)`,
    parseWorkers,
  );
}

/**
 * Below this many articles the default is the main thread: a thread spends about as long
 * loading the language model as the main thread takes to code a few articles.
 */
const FEW_ARTICLES = 10;

/** The thread count asked for, or the default for this many articles (null: not known). */
export function workersFrom(options: Record<string, unknown>, articles: number | null = null): number {
  if (typeof options.workers === 'number') return options.workers;
  return articles !== null && articles < FEW_ARTICLES ? 0 : defaultWorkerCount();
}
