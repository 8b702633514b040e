// `attache digest`: a readable brief of the ledger's events — who did what to whom, grouped by
// country, with channels, dates and numbered citations of the articles — as Markdown (the
// default) or a plain paragraph. Same filter options as `attache events`.
import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { buildDigest, DIGEST_FORMATS, renderDigest } from '../digest/index.js';
import type { DigestFormat } from '../digest/index.js';
import type { FilterOptionValues } from './filter-options.js';
import { addFilterOptions, filterFromOptions, unknownActorNames, usageErrors } from './filter-options.js';
import type { LedgerOptions } from './ledger-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';

interface DigestOptions extends FilterOptionValues, LedgerOptions {
  format: DigestFormat;
  output?: string;
}

/** `run` opens the ledger for the action; tests pass one that lends a ledger they keep open. */
export function digestCommand(run: typeof withLedger = withLedger): Command {
  const command = new Command('digest')
    .description('a readable brief of who did what, grouped by country, with channels and dates, citing the articles');
  addFilterOptions(command);
  command
    .addOption(new Option('--format <format>', 'markdown (title, summary, a section per country, sources) or text (one paragraph)')
      .choices(DIGEST_FORMATS).default('markdown'))
    .option('--output <file>', 'write the digest to this file instead of standard output');
  addLedgerOption(command);
  command.action(async (options: DigestOptions) => {
    const filter = usageErrors(command, () => filterFromOptions(options));
    const digest = await run(options, async (ledger) => {
      // A misspelt name matches nothing; say why the digest is empty rather than leave it a mystery.
      for (const name of await unknownActorNames(ledger.db, filter)) {
        process.stderr.write(`attache: warning: no actor matches "${name}" (see \`attache actors\`)\n`);
      }
      return buildDigest(ledger.db, { filter });
    });
    if (digest.truncated) {
      process.stderr.write(`attache: warning: only the first ${digest.eventCount} matching events were read; narrow the filter for a complete digest\n`);
    }
    const text = renderDigest(digest, options.format);
    if (options.output !== undefined) writeFileSync(options.output, text, 'utf8');
    else process.stdout.write(text);
    // An empty digest is an answer ("nothing matched"), not a failure.
    process.exitCode = 0;
  });
  return command;
}
