// `attache ingest INPUT...`: code articles and store them in the ledger, one transaction per
// article, with a progress bar. An article already stored (same content) is skipped without
// coding; one that cannot be read or stored is reported and the others go on.
import { Command, InvalidArgumentError } from 'commander';
import { readInputs, readUrlList } from '../ingest/index.js';
import type { IngestItem, IngestOptions } from '../ingest/index.js';
import type { Ledger } from '../ledger/ledger.js';
import { codeForLedger } from '../workers/code-for-ledger.js';
import { createCodingPool } from '../workers/coding-pool.js';
import { estimateArticles } from './article-estimate.js';
import { addIngestOptions, ingestOptionsFrom } from './ingest-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';
import { addWorkersOption, workersFrom } from './workers-option.js';
import { enqueueInputs } from './enqueue-inputs.js';
import { addRetryOptions, queueDatabaseUrl, retryFrom } from './queue-options.js';
import type { Progress } from './progress.js';
import { startProgress } from './progress.js';
import { messageOf } from '../error-message.js';

export interface IngestRun {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  events: number;
}

function parseWindow(value: string): number {
  const days = Number(value);
  if (!Number.isInteger(days) || days < 0 || days > 365) throw new InvalidArgumentError('expected whole days from 0 to 365');
  return days;
}

/** The inputs, then the articles of each URL list file. */
export async function* allItems(inputs: string[], urlLists: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  if (inputs.length > 0) yield* readInputs(inputs, options);
  for (const list of urlLists) yield* readUrlList(list, options);
}

export interface IngestRunOptions {
  /** Coding threads (0: code in the main thread). */
  workers: number;
}

/** Ingests every input into the ledger; errors are written to stderr as they happen. */
export async function ingestInputs(
  ledger: Ledger, inputs: string[], options: IngestOptions, progress: Progress | null, urlLists: string[] = [],
  runOptions: IngestRunOptions = { workers: 0 },
): Promise<IngestRun> {
  const run: IngestRun = { added: 0, replaced: 0, unchanged: 0, failed: 0, events: 0 };
  const report = (message: string): void => { process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}attache: ${message}\n`); };
  const pool = createCodingPool(runOptions.workers);
  let done = 0;
  try {
    const items = allItems(inputs, urlLists, { onWarning: (m) => report(`warning: ${m}`), ...options });
    for await (const { item, result } of codeForLedger(items, ledger, pool)) {
      done += 1;
      const origin = item.kind === 'error' ? null : item.document.origin;
      if (result.status === 'rejected') {
        run.failed += 1;
        report(`error: ${origin}: not coded: ${messageOf(result.reason)}`);
      } else if (result.value.kind === 'error') {
        run.failed += 1;
        report(`error: ${result.value.message}`);
      } else if (result.value.kind === 'stored already') {
        run.unchanged += 1;
      } else {
        try {
          const stored = await ledger.store(result.value.coded);
          run[stored.status] += 1;
          run.events += stored.events;
        } catch (error) {
          run.failed += 1;
          report(`error: ${origin}: not stored: ${messageOf(error)}`);
        }
      }
      progress?.update(done, `${run.events} events`);
    }
  } finally {
    await pool.close();
  }
  progress?.stop();
  if (run.added + run.replaced > 0) {
    report('tidying the ledger (vacuum, statistics) so that overviews stay fast');
    await ledger.tidy();
  }
  return run;
}


export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('code articles and store their events in the ledger (files, folders, JSONL, HTML, feeds, URLs, "-" for stdin)')
    .argument('[inputs...]', 'files, folders, http(s) URLs of articles or feeds, or "-"')
    .option('--urls <file>', 'a file of article or feed URLs, one a line (# comments); may be repeated', (value: string, previous: string[] = []) => [...previous, value])
    .option('--window-days <days>', 'reports of one event at most this many days apart merge (changes all clusters)', parseWindow)
    .option('--queue', 'enqueue the articles for `attache worker` processes (on any machine) instead of coding them here; needs DATABASE_URL');
  addRetryOptions(command);
  addIngestOptions(command);
  addWorkersOption(command);
  addLedgerOption(command);
  command.action(async (inputs: string[], options: Record<string, unknown>) => {
    const urlLists = (options.urls as string[] | undefined) ?? [];
    if (inputs.length === 0 && urlLists.length === 0) command.error('error: nothing to ingest: give files, folders, URLs, --urls FILE or "-"', { exitCode: 2 });
    if (options.queue === true) {
      const url = queueDatabaseUrl(command, 'ingest --queue');
      const total = await estimateArticles(inputs, urlLists);
      const items = allItems(inputs, urlLists, { onWarning: (m) => process.stderr.write(`attache: warning: ${m}\n`), ...ingestOptionsFrom(options) });
      const run = await enqueueInputs({ url, items, total, retry: retryFrom(options) });
      process.exitCode = run.failed > 0 ? 1 : 0;
      return;
    }
    await withLedger(options, async (ledger) => {
      if (typeof options.windowDays === 'number') await ledger.setWindowDays(options.windowDays);
      const total = await estimateArticles(inputs, urlLists);
      const progress = total === null ? null : startProgress('ingest', total, 'articles');
      const run = await ingestInputs(ledger, inputs, ingestOptionsFrom(options), progress, urlLists, { workers: workersFrom(options, total) });
      process.stderr.write(`attache: ingested into ${ledger.db.location}: ${run.added} added, ${run.replaced} replaced, `
        + `${run.unchanged} already stored, ${run.failed} failed; ${run.events} events\n`);
      process.exitCode = run.failed > 0 ? 1 : 0;
    });
  });
  return command;
}
