// Options every command that reads articles shares.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { IngestOptions } from '../ingest/index.js';
import { isIsoDate } from '../ingest/index.js';

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return megabytes;
}

export function addIngestOptions(command: Command): Command {
  return command
    .option('--date <YYYY-MM-DD>', 'the articles\' date where they do not give one', parseDate)
    .option('--max-mb <megabytes>', 'refuse input files larger than this', parseMegabytes, 200);
}

export function ingestOptionsFrom(options: Record<string, unknown>): IngestOptions {
  return {
    date: typeof options.date === 'string' ? options.date : null,
    maxBytes: Math.round((typeof options.maxMb === 'number' ? options.maxMb : 200) * 1024 * 1024),
  };
}
