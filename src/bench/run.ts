// `npm run bench`: generate the corpus, run the selected sections, print the report.
// Kept thin on purpose; the work lives in corpus.ts, pass.ts, sections.ts and report.ts.
import { parseBenchOptions, USAGE } from './options.js';
import { createProgress } from './progress.js';
import { describeEnvironment, formatJsonReport, formatTextReport, type BenchReport } from './report.js';
import { selectSections, type BenchContext, type SectionFigures } from './sections.js';
import { assess } from './targets.js';

async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let sections;
  try {
    sections = selectSections(options.only);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }

  const context: BenchContext = {
    corpus: { sentences: options.sentences, seed: options.seed },
    warmUpSentences: options.warmUpSentences,
    threadWarmUpSentences: options.threadWarmUpSentences,
    ledger: options.ledger,
    queue: options.queue,
    progress: (label, total, unit) => createProgress({ label, total, unit }),
    log: (message) => { process.stderr.write(`${message}\n`); },
  };
  const startedAt = new Date().toISOString();
  const results: SectionFigures[] = [];
  const failures: BenchReport['failures'] = [];
  for (const section of sections) {
    // One broken section (a coder that does not load yet) must not hide the others' figures.
    try {
      results.push(await section.run(context));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`section ${section.name} failed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
      failures.push({ section: section.name, message });
    }
  }

  const report: BenchReport = {
    startedAt,
    environment: describeEnvironment(),
    corpus: { sentences: options.sentences, seed: options.seed, warmUpSentences: options.warmUpSentences },
    sections: results,
    failures,
    assessment: assess(results),
  };
  process.stdout.write(options.json ? formatJsonReport(report) : formatTextReport(report));
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
