// `attache export --format F [--output FILE] [filters]`: the ledger's events, or any filtered
// part of them, as JSONL (the contract), CSV, a GDELT-style TSV, PLOVER JSON or a GraphML
// network. Events stream from the ledger page by page into the writer, so an export of any
// size runs in flat memory; a file is written under a temporary name and renamed at the end.
import { Command, Option } from 'commander';
import { streamEvents } from '../ledger/event-query.js';
import { AtomicFile } from '../export/atomic-file.js';
import { ledgerFacts } from '../export/event-facts.js';
import { EXPORT_FORMATS, exportEvents } from '../export/index.js';
import type { ExportFormat, ExportOptions, ExportResult } from '../export/index.js';
import { NETWORK_LEVELS } from '../export/network.js';
import type { NetworkLevel } from '../export/network.js';
import type { FilterOptionValues } from './filter-options.js';
import { addFilterOptions, filterFromOptions, unknownActorNames, usageErrors } from './filter-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';
import type { LedgerOptions } from './ledger-options.js';

interface ExportCommandOptions extends FilterOptionValues, LedgerOptions {
  format: ExportFormat;
  output?: string;
  header: boolean;
  level?: NetworkLevel;
}

/** Formats with a header line that --no-header can leave out. */
const HEADER_FORMATS: readonly ExportFormat[] = ['csv', 'gdelt'];

/** `run` opens the ledger for the action; tests pass one that lends a ledger they keep open. */
export function exportCommand(run: typeof withLedger = withLedger): Command {
  const command = new Command('export')
    .description('export events from the ledger as JSONL, CSV, GDELT-style TSV, PLOVER JSON or a GraphML actor network')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('-o, --output <file>', 'write to this file (whole or not at all) instead of stdout')
    .option('--no-header', 'leave out the header line (csv, gdelt: GDELT\'s own files have none)')
    .addOption(new Option('--level <level>', 'graphml: nodes are actors or countries (default actor)').choices(NETWORK_LEVELS));
  addFilterOptions(command);
  addLedgerOption(command);
  command.action(async (options: ExportCommandOptions) => {
    if (options.level !== undefined && options.format !== 'graphml') command.error('error: --level applies to --format graphml only', { exitCode: 2 });
    if (!options.header && !HEADER_FORMATS.includes(options.format)) {
      command.error(`error: --no-header applies to --format ${HEADER_FORMATS.join(' or ')} only`, { exitCode: 2 });
    }
    const filter = usageErrors(command, () => filterFromOptions(options));
    await run(options, async (ledger) => {
      // A name that matches no actor exports nothing: say why rather than leave an empty file.
      for (const name of await unknownActorNames(ledger.db, filter)) {
        process.stderr.write(`attache: warning: no actor matches "${name}" (see \`attache actors\`)\n`);
      }
      const exportOptions: ExportOptions = { header: options.header, facts: ledgerFacts(ledger.db), level: options.level ?? 'actor' };
      const result = await interruptible((signal, onFile) => {
        const events = untilAborted(streamEvents(ledger.db, filter), signal);
        return withProgress(exportOptions, async (withCount) => {
          if (options.output === undefined) return exportEvents(options.format, events, process.stdout, withCount);
          return exportToFile(options.output, onFile, (out) => exportEvents(options.format, events, out, withCount));
        });
      });
      process.stderr.write(`attache: ${summary(options.format, result, options.output)}\n`);
    });
  });
  return command;
}

function summary(format: ExportFormat, result: ExportResult, output: string | undefined): string {
  const network = result.nodes === undefined ? '' : ` (${result.nodes} nodes, ${result.edges ?? 0} edges)`;
  return `exported ${result.events} event${result.events === 1 ? '' : 's'} as ${format}${network} to ${output ?? 'stdout'}`;
}

/** Writes through a temporary file renamed into place at the end, removed on failure. */
async function exportToFile(path: string, onFile: (file: AtomicFile) => void, write: (out: NodeJS.WritableStream) => Promise<ExportResult>): Promise<ExportResult> {
  const file = await AtomicFile.create(path);
  onFile(file);
  try {
    const result = await write(file.stream);
    await file.commit();
    return result;
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/**
 * Ctrl-C (or SIGTERM) stops the export between two events and lets it fail like any error:
 * the temporary file is removed and the ledger closed cleanly (a PGlite folder must be). A
 * second signal ends the process at once, removing the temporary file first.
 */
async function interruptible<T>(work: (signal: AbortSignal, onFile: (file: AtomicFile) => void) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  let file: AtomicFile | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!stop.signal.aborted) {
      stop.abort(new Error(`interrupted by ${signal}`));
      return;
    }
    file?.abortSync();
    // The shells' codes for a process ended by SIGINT and SIGTERM.
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await work(stop.signal, (f) => { file = f; });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function* untilAborted<T>(items: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  for await (const item of items) {
    signal.throwIfAborted();
    yield item;
  }
}

/** Runs `work` with a live count of events on a terminal (nothing in logs or pipes), redrawn at most ten times a second. */
async function withProgress<T>(options: ExportOptions, work: (options: ExportOptions) => Promise<T>): Promise<T> {
  if (!process.stderr.isTTY) return work(options);
  let last = 0;
  let shown = false;
  const onEvent = (written: number): void => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    shown = true;
    process.stderr.write(`\r\x1b[Kattache export: ${written.toLocaleString('en')} events`);
  };
  try {
    return await work({ ...options, onEvent });
  } finally {
    if (shown) process.stderr.write('\r\x1b[K');
  }
}
