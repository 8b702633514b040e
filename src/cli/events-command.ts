// `attache events`: the ledger's events, filtered, sorted and paged; a table for people, or
// every matching event streamed as JSON Lines (the DESIGN.md record plus the ledger's fields)
// or CSV for programs.
import { stringify } from 'csv-stringify/sync';
import { Command, Option } from 'commander';
import type { Queryable } from '../ledger/database.js';
import { countEvents, EVENT_SORTS, queryEvents, streamEvents } from '../ledger/event-query.js';
import type { EventFilter, EventSort, StoredEvent } from '../ledger/event-query.js';
import { jsonlRecord } from '../export/jsonl.js';
import type { JsonlRecord } from '../export/jsonl.js';
import type { ActorRecord } from '../types.js';
import type { FilterOptionValues } from './filter-options.js';
import {
  addFilterOptions, addOutputOptions, filterFromOptions, outputFrom, parseCount, unknownActorNames, usageErrors,
} from './filter-options.js';
import { CSV_COLUMNS, eventToCsv } from './format.js';
import type { LedgerOptions } from './ledger-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';

/** Rows a table shows unless --limit says otherwise: a screenful, not the whole ledger. */
const TABLE_LIMIT = 50;

interface EventsOptions extends FilterOptionValues, LedgerOptions {
  sort?: EventSort;
  limit?: number;
  offset: number;
  jsonl?: boolean;
  csv?: boolean;
  table?: boolean;
}

/** The JSON Lines record: the export's record (src/export/jsonl.ts) without the outlet. */
export type LedgerEventRecord = Omit<JsonlRecord, 'outlet'>;

export function ledgerEventRecord(event: StoredEvent): LedgerEventRecord {
  const { outlet: _outlet, ...record } = jsonlRecord(event);
  return record;
}

/** `attache code --csv`'s columns (src/cli/format.ts), then the ledger's. */
const LEDGER_CSV_COLUMNS = ['id', 'cluster_id', 'url', 'corrected', 'rejected'] as const;

function eventToLedgerCsv(event: StoredEvent): string {
  // Two CSV fragments joined by a comma are one CSV row: each field is quoted on its own.
  const ledger = stringify([[event.id, event.clusterId, event.url, String(event.corrected), String(event.rejected)]]);
  return `${eventToCsv(event).replace(/\r?\n$/, '')},${ledger}`;
}

/** `run` opens the ledger for the action; tests pass one that lends a ledger they keep open. */
export function eventsCommand(run: typeof withLedger = withLedger): Command {
  const command = new Command('events').description('events in the ledger, filtered, sorted and paged');
  addFilterOptions(command);
  command
    .addOption(new Option('--sort <order>', 'order of the events (default: -date on a table, date for --jsonl and --csv)').choices(EVENT_SORTS))
    .option('--limit <n>', `at most this many events (default: ${TABLE_LIMIT} on a table, all for --jsonl and --csv)`, parseCount)
    .option('--offset <n>', 'skip this many events first', parseCount, 0);
  addOutputOptions(command, ['jsonl', 'csv', 'table']);
  addLedgerOption(command);
  command.action(async (options: EventsOptions) => {
    const filter = usageErrors(command, () => filterFromOptions(options));
    const format = outputFrom(options);
    await run(options, async (ledger) => {
      for (const name of await unknownActorNames(ledger.db, filter)) {
        process.stderr.write(`attache: warning: no actor matches "${name}" (see \`attache actors\`)\n`);
      }
      if (format === 'table') await printTable(ledger.db, filter, options);
      else await printStream(ledger.db, filter, format, options);
    });
  });
  return command;
}

/** Every matching event (or --offset/--limit of them), page by page: exports of any size. */
async function printStream(db: Queryable, filter: EventFilter, format: 'jsonl' | 'csv', options: EventsOptions): Promise<void> {
  if (format === 'csv') await write(stringify([[...CSV_COLUMNS, ...LEDGER_CSV_COLUMNS]]));
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit === 0) return;
  let skipped = 0;
  let written = 0;
  for await (const event of streamEvents(db, filter, options.sort ?? 'date')) {
    if (skipped < options.offset) {
      skipped += 1;
      continue;
    }
    await write(format === 'jsonl' ? `${JSON.stringify(ledgerEventRecord(event))}\n` : eventToLedgerCsv(event));
    written += 1;
    if (written >= limit) break;
  }
}

/** Writes to stdout, waiting when a slow reader (a pipe) has not taken the last chunk yet. */
function write(text: string): Promise<void> {
  if (process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

async function printTable(db: Queryable, filter: EventFilter, options: EventsOptions): Promise<void> {
  const events = await queryEvents(db, filter, { limit: options.limit ?? TABLE_LIMIT, offset: options.offset, sort: options.sort ?? '-date' });
  const total = await countEvents(db, filter);
  const sizes = await clusterSizes(db, events);
  const rows = events.map((e) => [
    String(e.id), e.date ?? '', actorLabel(e.source), e.plover, actorLabel(e.target), e.channel ?? '', e.evidence.text,
    e.clusterId === null ? '' : `#${e.clusterId} ×${sizes.get(e.clusterId) ?? '?'}`,
    [e.rejected ? 'REJECTED' : '', e.corrected ? 'corrected' : ''].filter(Boolean).join(', '),
  ]);
  const header = ['id', 'date', 'source', 'category', 'target', 'channel', 'evidence', 'cluster', 'status'];
  if (rows.length > 0) process.stdout.write(alignedTable(header, rows, [8, 10, 32, 9, 32, 9, 40, 12, 19]));
  process.stderr.write(`${events.length} of ${total} events${options.offset > 0 ? ` (after the first ${options.offset})` : ''}\n`);
}

/** How many events each cluster merges: "×3" tells a reader that three reports agree. */
async function clusterSizes(db: Queryable, events: readonly StoredEvent[]): Promise<Map<number, number>> {
  const ids = [...new Set(events.map((e) => e.clusterId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: number; events: number }>('select id, events from clusters where id = any($1::int[])', [ids]);
  return new Map(rows.map((r) => [r.id, r.events]));
}

export function actorLabel(actor: ActorRecord | null): string {
  if (!actor) return '—';
  const name = actor.name ?? actor.country ?? actor.text;
  return actor.name && actor.country ? `${name} (${actor.country})` : name;
}

/**
 * Columns padded to their widest cell, each cut at its maximum width with "…"; shared by
 * the query commands' tables.
 */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const widths = header.map((h, i) => Math.min(maxWidths[i] ?? 60, Math.max(h.length, ...rows.map((r) => oneLine(r[i] ?? '').length))));
  const line = (cells: readonly string[]): string => cells.map((raw, i) => {
    const cell = oneLine(raw);
    const width = widths[i]!;
    return cell.length > width ? `${cell.slice(0, width - 1)}…` : cell.padEnd(width);
  }).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
