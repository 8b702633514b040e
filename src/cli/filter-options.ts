// The options every command that reads events from the ledger shares (events, dyads, export,
// digest): which events (`addFilterOptions` / `filterFromOptions`), how many, and in what
// format. Filter values are validated here, in one function over plain strings, so that the
// CLI, and any other caller holding strings (an HTTP query), reject the same bad values with
// the same one-line message.
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { CHANNELS, PLOVER_CATEGORIES } from '../eval/categories.js';
import { isIsoDate } from '../ingest/index.js';
import type { Queryable } from '../ledger/database.js';
import { findActors } from '../ledger/actor-store.js';
import { QUAD_CLASSES } from '../ledger/dyad-query.js';
import type { EventFilter } from '../ledger/event-query.js';
import type { Channel, QuadClass } from '../types.js';

/** A bad option value: the message names the option and what it expects, in one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The filter options as commander leaves them: strings (no parsers), and one flag. */
export interface FilterOptionValues {
  actor?: unknown;
  source?: unknown;
  target?: unknown;
  country?: unknown;
  dyad?: unknown;
  category?: unknown;
  channel?: unknown;
  quad?: unknown;
  since?: unknown;
  until?: unknown;
  text?: unknown;
  cluster?: unknown;
  includeRejected?: unknown;
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--actor <actor>', 'events whose source or target is this actor (id, name or alias, or ISO3 for a country)')
    .option('--source <actor>', 'events whose source is this actor')
    .option('--target <actor>', 'events whose target is this actor')
    .option('--country <ISO3>', 'events whose source or target is of this country')
    .option('--dyad <A,B>', 'events between two actors or countries, either direction')
    .option('--category <list>', 'PLOVER categories, comma-separated (e.g. CONSULT,AGREE)')
    .option('--channel <list>', `channels, comma-separated (${CHANNELS.join(', ')})`)
    .option('--quad <list>', `quad classes, comma-separated (${QUAD_CLASSES.join(', ')})`)
    .option('--since <date>', 'events on or after this day, month or year (YYYY-MM-DD, YYYY-MM, YYYY)')
    .option('--until <date>', 'events on or before this day, month or year (the whole month or year included)')
    .option('--text <query>', 'full-text search in the evidence sentence ("quoted phrase", or, -not)')
    .option('--cluster <id>', 'the events of one cluster (one event as several articles report it)')
    .option('--include-rejected', 'include events an analyst rejected');
}

/** The EventFilter the options describe; throws UsageError on the first invalid value. */
export function filterFromOptions(options: FilterOptionValues): EventFilter {
  const filter: EventFilter = {};
  const actor = text(options.actor, 'actor');
  if (actor !== undefined) filter.actor = actor;
  const source = text(options.source, 'source');
  if (source !== undefined) filter.source = source;
  const target = text(options.target, 'target');
  if (target !== undefined) filter.target = target;
  const country = text(options.country, 'country');
  if (country !== undefined) filter.country = countryCode(country);
  const dyad = text(options.dyad, 'dyad');
  if (dyad !== undefined) filter.dyad = parseDyad(dyad);
  const category = text(options.category, 'category');
  if (category !== undefined) filter.category = parseList(category, 'category', 'PLOVER category', PLOVER_CATEGORIES, (v) => v.toUpperCase());
  const channel = text(options.channel, 'channel');
  if (channel !== undefined) filter.channel = parseList<Channel>(channel, 'channel', 'channel', CHANNELS, (v) => v.toLowerCase());
  const quad = text(options.quad, 'quad');
  if (quad !== undefined) filter.quad = parseList<QuadClass>(quad, 'quad', 'quad class', QUAD_CLASSES, (v) => v.toLowerCase());
  const since = text(options.since, 'since');
  if (since !== undefined) filter.since = parsePartialDate(since, 'since');
  const until = text(options.until, 'until');
  if (until !== undefined) filter.until = parsePartialDate(until, 'until');
  // "--until" covers its whole month or year ("2026-03" ends on the 31st): compare as the query does.
  if (filter.since !== undefined && filter.until !== undefined && filter.since > `${filter.until}~`) {
    throw new UsageError(`option '--since' (${filter.since}) is after '--until' (${filter.until})`);
  }
  const search = text(options.text, 'text');
  if (search !== undefined) filter.text = search;
  const cluster = text(options.cluster, 'cluster');
  if (cluster !== undefined) filter.clusterId = parseId(cluster, 'cluster');
  if (options.includeRejected === true || options.includeRejected === 'true') filter.includeRejected = true;
  return filter;
}

/** A trimmed, non-empty string option, or undefined when the option is absent. */
function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new UsageError(`option '--${name}' expects text`);
  const trimmed = value.trim();
  if (trimmed === '') throw new UsageError(`option '--${name}' is empty`);
  return trimmed;
}

/** An ISO3 code (or IGO) for --country, upper-cased; throws UsageError otherwise. */
export function countryCode(value: string): string {
  const code = value.trim();
  if (!/^[A-Za-z]{3}$/.test(code)) throw new UsageError(`option '--country' expects an ISO 3166-1 alpha-3 code such as FIN or IGO (got "${value}")`);
  return code.toUpperCase();
}

function parseDyad(value: string): [string, string] {
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) {
    throw new UsageError(`option '--dyad' expects two actors or countries as A,B (got "${value}")`);
  }
  return [parts[0]!, parts[1]!];
}

function parseList<T extends string>(value: string, name: string, what: string, allowed: readonly T[], normalise: (v: string) => string): T[] {
  const values: T[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const normalised = normalise(part);
    const found = allowed.find((a) => a === normalised);
    if (found === undefined) throw new UsageError(`option '--${name}': unknown ${what} "${part}" (expected ${allowed.join(', ')})`);
    if (!values.includes(found)) values.push(found);
  }
  if (values.length === 0) throw new UsageError(`option '--${name}' is empty`);
  return values;
}

/** Whether `value` is a real day, month or year: "2026-02-28", "2026-02", "2026". */
export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isIsoDate(value);
}

function parsePartialDate(value: string, name: string): string {
  if (!isPartialDate(value)) throw new UsageError(`option '--${name}' expects a date as YYYY-MM-DD, YYYY-MM or YYYY (got "${value}")`);
  return value;
}

function parseId(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`option '--${name}' expects a numeric id (got "${value}")`);
  }
  return Number(value);
}

/**
 * Runs `parse` inside a command's action; a UsageError becomes commander's usage error (the
 * message on stderr, exit code 2), like a bad value commander itself rejects.
 */
export function usageErrors<T>(command: Command, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) command.error(`error: ${error.message}`, { exitCode: 2, code: 'attache.usage' });
    throw error;
  }
}

/** commander parser for --limit and --offset: a whole number, 0 or more. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * The names the filter gives (--actor, --source, --target, non-ISO3 sides of --dyad) that match
 * no actor: the query then finds nothing, and the reader should know why.
 */
export async function unknownActorNames(db: Queryable, filter: EventFilter): Promise<string[]> {
  const names = [filter.actor, filter.source, filter.target, ...(filter.dyad ?? []).filter((side) => !/^[A-Za-z]{3}$/.test(side))];
  const unknown: string[] = [];
  for (const name of names) {
    if (name !== undefined && !unknown.includes(name) && (await findActors(db, name)).length === 0) unknown.push(name);
  }
  return unknown;
}

export type QueryOutput = 'jsonl' | 'csv' | 'table';

const OUTPUT_HELP: Record<QueryOutput, string> = {
  jsonl: 'one record per line (JSON Lines); the default when output is not a terminal',
  csv: 'comma-separated, with a header row',
  table: 'an aligned table (the default on a terminal)',
};

/** --jsonl, --csv, --table (those `formats` allows), each excluding the others. */
export function addOutputOptions(command: Command, formats: readonly QueryOutput[]): Command {
  for (const format of formats) {
    command.addOption(new Option(`--${format}`, OUTPUT_HELP[format]).conflicts(formats.filter((f) => f !== format)));
  }
  return command;
}

/** The format asked for; without one, a table for people and JSON Lines for programs, as `attache code` does. */
export function outputFrom(options: { jsonl?: boolean; csv?: boolean; table?: boolean }): QueryOutput {
  if (options.jsonl) return 'jsonl';
  if (options.csv) return 'csv';
  if (options.table) return 'table';
  return process.stdout.isTTY ? 'table' : 'jsonl';
}
