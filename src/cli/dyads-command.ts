// `attache dyads`: pairs of countries or actors and how they dealt with each other, by quad
// class, over the events the filters select and, with --interval, per period.
import { stringify } from 'csv-stringify/sync';
import { Command, Option } from 'commander';
import { DYAD_INTERVALS, DYAD_LEVELS, QUAD_CLASSES, queryDyads } from '../ledger/dyad-query.js';
import type { Dyad, DyadCounts, DyadInterval, DyadLevel, DyadSide } from '../ledger/dyad-query.js';
import { alignedTable } from './events-command.js';
import type { FilterOptionValues } from './filter-options.js';
import {
  addFilterOptions, addOutputOptions, filterFromOptions, outputFrom, parseCount, unknownActorNames, usageErrors,
} from './filter-options.js';
import type { LedgerOptions } from './ledger-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';

/** Dyads a table shows unless --limit says otherwise. */
const TABLE_LIMIT = 50;

interface DyadsOptions extends FilterOptionValues, LedgerOptions {
  level: DyadLevel;
  interval?: DyadInterval;
  limit?: number;
  jsonl?: boolean;
  csv?: boolean;
  table?: boolean;
}

/** `run` opens the ledger for the action; tests pass one that lends a ledger they keep open. */
export function dyadsCommand(run: typeof withLedger = withLedger): Command {
  const command = new Command('dyads').description('pairs of countries or actors with their events by quad class, busiest first');
  addFilterOptions(command);
  command
    .addOption(new Option('--level <level>', 'pairs of countries or of actors').choices(DYAD_LEVELS).default('country'))
    .addOption(new Option('--interval <unit>', 'counts per period as well (partial dates count on their first day)').choices(DYAD_INTERVALS))
    .option('--limit <n>', `at most this many dyads (default: ${TABLE_LIMIT} on a table, all for --jsonl and --csv)`, parseCount);
  addOutputOptions(command, ['jsonl', 'csv', 'table']);
  addLedgerOption(command);
  command.action(async (options: DyadsOptions) => {
    const filter = usageErrors(command, () => filterFromOptions(options));
    const format = outputFrom(options);
    const limit = options.limit ?? (format === 'table' ? TABLE_LIMIT : undefined);
    await run(options, async (ledger) => {
      for (const name of await unknownActorNames(ledger.db, filter)) {
        process.stderr.write(`attache: warning: no actor matches "${name}" (see \`attache actors\`)\n`);
      }
      const dyads = await queryDyads(ledger.db, {
        level: options.level, filter, ...(options.interval && { interval: options.interval }), ...(limit !== undefined && { limit }),
      });
      if (format === 'jsonl') {
        for (const dyad of dyads) process.stdout.write(`${JSON.stringify(dyad)}\n`);
      } else if (format === 'csv') {
        process.stdout.write(dyadsCsv(dyads, options.interval !== undefined));
      } else {
        if (dyads.length > 0) process.stdout.write(dyadsTable(dyads));
        process.stderr.write(`${dyads.length} dyad${dyads.length === 1 ? '' : 's'}\n`);
      }
    });
  });
  return command;
}

/** An actor's country in brackets, unless its name already is the country ("BLR", "BLR GOV"). */
const sideLabel = (side: DyadSide): string =>
  (side.id === null || !side.country || side.name.startsWith(side.country) ? side.name : `${side.name} (${side.country})`);

const countCells = (counts: DyadCounts): string[] =>
  [counts.total, counts.aToB, counts.bToA, ...QUAD_CLASSES.map((q) => counts.quads[q])].map(String);

/** One row per dyad, and under it one per period when there are periods. */
function dyadsTable(dyads: readonly Dyad[]): string {
  const rows = dyads.flatMap((d) => [
    [`${sideLabel(d.a)} – ${sideLabel(d.b)}`, d.periods ? 'all' : '', ...countCells(d)],
    ...(d.periods ?? []).map((p) => ['', p.period, ...countCells(p)]),
  ]);
  const header = ['dyad (a – b)', 'period', 'events', 'a→b', 'b→a', ...QUAD_CLASSES];
  return alignedTable(header, rows, [60, 10]);
}

/**
 * One row per dyad; with an interval, one row per dyad and period instead (what a chart
 * reads), so that no column sums counts twice.
 */
function dyadsCsv(dyads: readonly Dyad[], perPeriod: boolean): string {
  const side = (s: DyadSide): (string | number | null)[] => [s.name, s.id, s.country];
  const counts = (c: DyadCounts): number[] => [c.total, c.aToB, c.bToA, ...QUAD_CLASSES.map((q) => c.quads[q])];
  const header = ['a', 'a_id', 'a_country', 'b', 'b_id', 'b_country', 'period', 'events', 'a_to_b', 'b_to_a',
    ...QUAD_CLASSES.map((q) => q.replace('-', '_'))];
  const rows = dyads.flatMap((d) => (perPeriod
    ? (d.periods ?? []).map((p) => [...side(d.a), ...side(d.b), p.period, ...counts(p)])
    : [[...side(d.a), ...side(d.b), null, ...counts(d)]]));
  return stringify([header, ...rows]);
}
