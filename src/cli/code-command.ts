// `attache code INPUT...`: events in the contract's shape, as JSONL, CSV or a table.
import { Command, Option } from 'commander';
import type { EventRecord } from '../types.js';
import { csvHeader, eventToCsv, eventToJsonl, eventsToTable } from './format.js';
import type { OutputFormat } from './format.js';
import { ingestOptionsFrom, addIngestOptions } from './ingest-options.js';
import { estimateArticles } from './article-estimate.js';
import { codeInputs } from './read-and-code.js';
import { addWorkersOption, workersFrom } from './workers-option.js';

export function codeCommand(): Command {
  const command = new Command('code')
    .description('code articles into events (files, folders, JSONL, HTML, feeds, "-" for stdin)')
    .argument('<inputs...>', 'files, folders or "-"')
    .addOption(new Option('--jsonl', 'one event per line in the record shape of DESIGN.md').conflicts(['csv', 'table']))
    .addOption(new Option('--csv', 'comma-separated, one event per row').conflicts(['jsonl', 'table']))
    .addOption(new Option('--table', 'an aligned table (the default on a terminal)').conflicts(['jsonl', 'csv']));
  addIngestOptions(command);
  addWorkersOption(command);
  command.action(async (inputs: string[], options: Record<string, unknown>) => {
    const format: OutputFormat = options.jsonl ? 'jsonl' : options.csv ? 'csv' : options.table ? 'table'
      : process.stdout.isTTY ? 'table' : 'jsonl';
    const collected: EventRecord[] = [];
    if (format === 'csv') process.stdout.write(csvHeader());
    const workers = workersFrom(options, await estimateArticles(inputs, []));
    const run = await codeInputs(inputs, ingestOptionsFrom(options), ({ events }) => {
      for (const event of events) {
        if (format === 'jsonl') process.stdout.write(eventToJsonl(event));
        else if (format === 'csv') process.stdout.write(eventToCsv(event));
        else collected.push(event);
      }
    }, { workers });
    if (format === 'table') process.stdout.write(eventsToTable(collected));
    if (process.stderr.isTTY || run.failures > 0) {
      process.stderr.write(`attache: ${run.documents} documents, ${run.events} events${run.failures ? `, ${run.failures} inputs failed` : ''}\n`);
    }
    process.exitCode = run.failures > 0 ? 1 : 0;
  });
  return command;
}
