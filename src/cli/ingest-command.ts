// `attache ingest INPUT...`: code articles and store them in the ledger, one transaction per
// article, with a progress bar. An article already stored (same content) is skipped without
// coding; one that cannot be read or stored is reported and the others go on.
import { Command, InvalidArgumentError } from 'commander';
import { readInputs, readUrlList } from '../ingest/index.js';
import type { IngestItem, IngestOptions } from '../ingest/index.js';
import type { Ledger } from '../ledger/ledger.js';
import type { StoreStatus } from '../ledger/store-document.js';
import { createCoder } from '../pipeline.js';
import { estimateArticles } from './article-estimate.js';
import { addIngestOptions, ingestOptionsFrom } from './ingest-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';
import type { Progress } from './progress.js';
import { startProgress } from './progress.js';

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

/** Ingests every input into the ledger; errors are written to stderr as they happen. */
/** The inputs, then the articles of each URL list file. */
async function* allItems(inputs: string[], urlLists: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  if (inputs.length > 0) yield* readInputs(inputs, options);
  for (const list of urlLists) yield* readUrlList(list, options);
}

export async function ingestInputs(ledger: Ledger, inputs: string[], options: IngestOptions, progress: Progress | null, urlLists: string[] = []): Promise<IngestRun> {
  const coder = createCoder();
  const run: IngestRun = { added: 0, replaced: 0, unchanged: 0, failed: 0, events: 0 };
  const report = (message: string): void => { process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}attache: ${message}\n`); };
  let done = 0;
  for await (const item of allItems(inputs, urlLists, { onWarning: (m) => report(`warning: ${m}`), ...options })) {
    done += 1;
    if (item.kind === 'error') {
      run.failed += 1;
      report(`error: ${item.message}`);
    } else {
      const { document } = item;
      try {
        let status: StoreStatus = 'unchanged';
        if (!await ledger.hasContent(document.contentHash)) {
          const result = await ledger.store(coder.codeDocument(document));
          status = result.status;
          run.events += result.events;
        }
        run[status] += 1;
      } catch (error) {
        run.failed += 1;
        report(`error: ${document.origin}: not stored: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    progress?.update(done, `${run.events} events`);
  }
  progress?.stop();
  return run;
}

export function ingestCommand(): Command {
  const command = new Command('ingest')
    .description('code articles and store their events in the ledger (files, folders, JSONL, HTML, feeds, URLs, "-" for stdin)')
    .argument('[inputs...]', 'files, folders, http(s) URLs of articles or feeds, or "-"')
    .option('--urls <file>', 'a file of article or feed URLs, one a line (# comments); may be repeated', (value: string, previous: string[] = []) => [...previous, value])
    .option('--window-days <days>', 'reports of one event at most this many days apart merge (changes all clusters)', parseWindow);
  addIngestOptions(command);
  addLedgerOption(command);
  command.action(async (inputs: string[], options: Record<string, unknown>) => {
    const urlLists = (options.urls as string[] | undefined) ?? [];
    if (inputs.length === 0 && urlLists.length === 0) command.error('error: nothing to ingest: give files, folders, URLs, --urls FILE or "-"', { exitCode: 2 });
    await withLedger(options, async (ledger) => {
      if (typeof options.windowDays === 'number') await ledger.setWindowDays(options.windowDays);
      const total = await estimateArticles(inputs, urlLists);
      const progress = total === null ? null : startProgress('ingest', total, 'articles');
      const run = await ingestInputs(ledger, inputs, ingestOptionsFrom(options), progress, urlLists);
      process.stderr.write(`attache: ingested into ${ledger.db.location}: ${run.added} added, ${run.replaced} replaced, `
        + `${run.unchanged} already stored, ${run.failed} failed; ${run.events} events\n`);
      process.exitCode = run.failed > 0 ? 1 : 0;
    });
  });
  return command;
}
