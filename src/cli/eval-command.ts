// `attache eval --gold FILE [INPUT...]`: how well the coder agrees with a gold file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command } from 'commander';
import { goldInputs, loadGold, scoreEvents, formatReport } from '../eval/index.js';
import type { GoldSet } from '../eval/index.js';
import { makeDocument } from '../ingest/index.js';
import { createCoder } from '../pipeline.js';
import type { EventRecord } from '../types.js';
import { addIngestOptions, ingestOptionsFrom } from './ingest-options.js';
import { startProgress } from './progress.js';
import { codeInputs } from './read-and-code.js';

/** Codes the texts a sentence-format gold file carries itself. */
function codeGoldSentences(gold: GoldSet): EventRecord[] {
  const coder = createCoder();
  const inputs = goldInputs(gold);
  const progress = startProgress('coding gold sentences', inputs.length, 'sentences');
  const events: EventRecord[] = [];
  inputs.forEach(({ id, text }, i) => {
    events.push(...coder.codeDocument(makeDocument({ id, origin: `${gold.path}#${id}`, text })).events);
    progress.update(i + 1);
  });
  progress.stop();
  return events;
}

/** Documents-format gold without inputs: the articles folder beside the gold folder ("../seeds"). */
function defaultArticles(goldPath: string): string[] {
  const seeds = join(dirname(goldPath), '..', 'seeds');
  return existsSync(seeds) ? [seeds] : [];
}

export function evalCommand(): Command {
  const command = new Command('eval')
    .description('score the coder against a gold file (documents, as seeds.jsonl, or one-sentence records, as plover-gsr-dev.jsonl)')
    .requiredOption('--gold <file>', 'the gold file (JSON Lines)')
    .argument('[inputs...]', 'the articles the gold describes (default: the texts of a sentence gold file, or ../seeds beside a documents gold file)')
    .option('--json', 'print the report as JSON')
    .option('--verbose', 'list every miss and spurious event');
  addIngestOptions(command);
  command.action(async (inputs: string[], options: Record<string, unknown>) => {
    const gold = loadGold(String(options.gold));
    let events: EventRecord[] = [];
    let failures = 0;
    const articles = inputs.length > 0 ? inputs : gold.format === 'documents' ? defaultArticles(gold.path) : [];
    if (articles.length > 0) {
      const run = await codeInputs(articles, ingestOptionsFrom(options), (coded) => { events.push(...coded.events); });
      failures = run.failures;
    } else if (gold.format === 'sentences') {
      events = codeGoldSentences(gold);
    } else {
      throw new Error(`no articles given for the documents in ${gold.path}`);
    }
    const report = scoreEvents(gold, events);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, { verbose: Boolean(options.verbose) }));
    process.exitCode = failures > 0 ? 1 : 0;
  });
  return command;
}
