// The benchmark's sections. Each has a name (for `--only`), a title, and a `run()` that returns
// its figures. Later work adds sections here — evaluation speed, the HTTP API — and run.ts,
// the report and the targets pick them up by name.
import { createBaselineProcessor } from './baseline.js';
import { createCoderProcessor } from './coder-processor.js';
import type { CorpusOptions } from './corpus.js';
import type { LedgerFigures } from './ledger-figures.js';
import type { LedgerBenchOptions, QueueBenchOptions } from './options.js';
import { runThroughputPass, type ArticleProcessor, type PassFigures } from './pass.js';
import type { ProgressReporter } from './progress.js';
import type { QueueFigures } from './queue-figures.js';
import type { RatioFigures } from './ratio-section.js';
import type { ThreadFigures } from './threads-section.js';

/** What every section is given. */
export interface BenchContext {
  corpus: Required<CorpusOptions>;
  warmUpSentences: number;
  /** Sentences each coding thread codes before the threads section's clock starts. */
  threadWarmUpSentences: number;
  ledger: LedgerBenchOptions;
  queue: QueueBenchOptions;
  /** A progress line on stderr; `unit` is what `total` counts (sentences unless told). */
  progress: (label: string, total: number, unit?: string) => ProgressReporter;
  /** A one-line note on stderr between the steps of a long section. */
  log: (message: string) => void;
}

/** Figures a section returns; a union on `kind` so that each kind of section has its own shape. */
export type SectionFigures = PassFigures | RatioFigures | LedgerFigures | ThreadFigures | QueueFigures;

export interface BenchSection {
  /** What `--only` selects by. */
  name: string;
  /** Heading in the report. */
  title: string;
  run(context: BenchContext): Promise<SectionFigures>;
}

/** A section that streams the corpus through one processor and reports its throughput. */
function throughputSection(name: string, title: string, createProcessor: () => ArticleProcessor | Promise<ArticleProcessor>): BenchSection {
  return { name, title, run: (context) => runThroughputPass({ ...context, name, title, createProcessor }) };
}

export const BASELINE_SECTION = throughputSection(
  'baseline', 'baseline — bare wink-nlp: read, sentences, tokens, part of speech', createBaselineProcessor,
);

export const CODING_SECTION = throughputSection(
  'coding', 'attaché — createCoder().codeDocument: nlp, actors, events', createCoderProcessor,
);

/** Bare wink-nlp and the coder taking turns on the same blocks: the ratio target's figure. */
export const RATIO_SECTION: BenchSection = {
  name: 'ratio',
  title: 'ratio — bare wink-nlp and the coder in threads of their own, taking turns on each block of the corpus',
  async run(context) {
    const { runRatioSection } = await import('./ratio-section.js');
    return runRatioSection(context, this.name, this.title);
  },
};

const LEDGER_NAME = 'ledger';
const LEDGER_TITLE = 'ledger — attache ingest of a JSONL corpus into an embedded ledger, then events queries and a digest';

/**
 * Ingest into an embedded ledger in a temporary folder, then queries and a digest on it. The
 * ledger and coder are imported when the section runs, so that the other sections neither
 * load PGlite nor depend on the ledger being in a working state.
 */
export const LEDGER_SECTION: BenchSection = {
  name: LEDGER_NAME,
  title: LEDGER_TITLE,
  async run(context) {
    const { runLedgerSection } = await import('./ledger-section.js');
    return runLedgerSection(context, LEDGER_NAME, LEDGER_TITLE);
  },
};

/** Coding with 1 and 2 worker threads (`--workers`), for the scaling figure. */
export const THREADS_SECTION: BenchSection = {
  name: 'threads',
  title: 'threads — the coder in 1 and 2 worker threads, as --workers runs it',
  async run(context) {
    const { runThreadsSection } = await import('./threads-section.js');
    return runThreadsSection(context, this.name, this.title);
  },
};

/**
 * `attache ingest --queue`, then 1, 2 and 4 `attache worker` processes draining the queue, on
 * the PostgreSQL server DATABASE_URL names (a fresh database per run). Without DATABASE_URL it
 * is reported as not measured rather than failed: most runs of the bench have no server.
 * Imported when it runs, so that the other sections never load pg-boss.
 */
export const QUEUE_SECTION: BenchSection = {
  name: 'queue',
  title: 'queue — attache ingest --queue, then 1, 2 and 4 attache worker processes draining it into PostgreSQL',
  async run(context) {
    const { runQueueSection } = await import('./queue-section.js');
    return runQueueSection(context, this.name, this.title);
  },
};

/**
 * In run order: the separate passes first (throughput and memory of each), then the ratio
 * measured with the two taking turns; the queue after the threads, as both scale the coder
 * over more workers and read best side by side (and without a server it returns at once);
 * the ledger last, as it is the longest and the others' figures should not wait on it.
 */
export const BENCH_SECTIONS: readonly BenchSection[] = [BASELINE_SECTION, CODING_SECTION, RATIO_SECTION, THREADS_SECTION, QUEUE_SECTION, LEDGER_SECTION];

/** The sections `--only` names, in their run order; throws on an unknown name. */
export function selectSections(only: readonly string[] | null, sections = BENCH_SECTIONS): BenchSection[] {
  if (only === null || only.length === 0) return [...sections];
  const known = new Set(sections.map((s) => s.name));
  const unknown = only.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`unknown section ${unknown.map((n) => `"${n}"`).join(', ')}; sections: ${[...known].join(', ')}`);
  }
  return sections.filter((s) => only.includes(s.name));
}
