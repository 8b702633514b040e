// The benchmark report: a readable text version for people and a JSON version for scripts
// that track the figures over time. Both are built from the same BenchReport.
import os from 'node:os';
import type { MemoryCheckpoint, PassFigures } from './pass.js';
import { formatLedger } from './report-ledger.js';
import { formatQueue } from './report-queue.js';
import { integer, megabytes, milliseconds, seconds } from './report-units.js';
import type { SectionFigures } from './sections.js';
import type { Assessment, TargetResult } from './targets.js';
import type { RatioFigures } from './ratio-section.js';
import type { ThreadFigures } from './threads-section.js';

export interface BenchReport {
  startedAt: string;
  environment: { node: string; platform: string; arch: string; cpus: number; cpuModel: string; totalMemory: number };
  corpus: { sentences: number; seed: string; warmUpSentences: number };
  sections: SectionFigures[];
  /** Sections that threw; their targets show as n/a. */
  failures: { section: string; message: string }[];
  assessment: Assessment;
}

export function describeEnvironment(): BenchReport['environment'] {
  const cpus = os.cpus();
  return {
    node: process.version,
    platform: os.platform(),
    arch: os.arch(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemory: os.totalmem(),
  };
}

function formatPass(p: PassFigures): string[] {
  const lines = [
    `${p.title}`,
    `  sentences      ${integer(p.sentences)} counted (corpus ${integer(p.corpusSentences)}, ${integer(p.articles)} articles, ${integer(p.characters)} characters)`,
  ];
  if (p.tokens !== null) lines.push(`  tokens         ${integer(p.tokens)}`);
  if (p.events !== null) {
    lines.push(`  events         ${integer(p.events)} (the corpus has ${integer(p.corpusEventSentences)} sentences reporting a factual event)`);
  }
  lines.push(
    `  time           ${seconds(p.seconds)} processing, ${seconds(p.wallSeconds)} wall with corpus generation; setup ${seconds(p.setupSeconds)}, warm-up ${integer(p.warmUpSentences)} sentences`,
    `  throughput     ${integer(p.sentencesPerSecond)} sentences/s${p.tokensPerSecond === null ? '' : `, ${integer(p.tokensPerSecond)} tokens/s`}`,
    `  memory         peak RSS ${megabytes(p.peakRss)} (${megabytes(p.rssAtStart)} at start), peak heap ${megabytes(p.peakHeapUsed)}, ${integer(p.memorySamples)} samples`,
  );
  if (p.checkpoints.length > 0) {
    const at = (value: (c: MemoryCheckpoint) => number | null): string => p.checkpoints
      .map((c) => { const v = value(c); return `${Math.round(c.fraction * 100)}% ${v === null ? '?' : megabytes(v)}`; })
      .join(', ');
    lines.push(`  RSS over run   ${at((c) => c.rss)}`);
    if (p.checkpoints.some((c) => c.liveHeapAfterGc !== null)) {
      lines.push(`  live heap      ${at((c) => c.liveHeapAfterGc)}  (after a full GC: flat = streaming)`);
    }
  }
  return lines;
}

function formatThreads(t: ThreadFigures): string[] {
  return [
    t.title,
    `  sentences      ${integer(t.sentences)} per run (${integer(t.articles)} articles, a quarter of the corpus); `
      + `each thread warmed up on ${integer(t.warmUpSentencesPerThread)}`,
    ...t.runs.map((r) => `  ${String(r.threads).padStart(2)} thread${r.threads > 1 ? 's' : ' '}      ${integer(r.sentencesPerSecond)} sentences/s (${r.seconds.toFixed(2)} s)`),
    `  scaling        ${t.scaling === null ? 'n/a' : `${t.scaling.toFixed(2)}× with 2 threads`}`,
  ];
}

function formatRatio(r: RatioFigures): string[] {
  const side = (label: string, t: RatioFigures['baseline']): string => `  ${label.padEnd(15)}${integer(t.sentencesPerSecond)} sentences/s `
    + `(${integer(t.sentences)} sentences in ${seconds(t.seconds)}; setup and warm-up ${seconds(t.setupSeconds)})`;
  const spread = r.stretchRatios.length > 0
    ? `${Math.min(...r.stretchRatios).toFixed(2)}–${Math.max(...r.stretchRatios).toFixed(2)} over ${r.stretchRatios.length} stretches`
    : 'n/a';
  return [
    r.title,
    `  blocks         ${integer(r.blocks)} of up to 16 articles (${integer(r.articles)} articles), the order swapped every block`,
    side('baseline', r.baseline),
    side('attaché', r.coder),
    `  ratio          ${r.ratio === null ? 'n/a' : r.ratio.toFixed(2)} (each tenth of the run: ${spread})`,
  ];
}

function formatSection(section: SectionFigures): string[] {
  if (section.kind === 'ledger') return formatLedger(section);
  if (section.kind === 'ratio') return formatRatio(section);
  if (section.kind === 'threads') return formatThreads(section);
  if (section.kind === 'queue') return formatQueue(section);
  return formatPass(section);
}

function formatTargetValue(t: TargetResult): string {
  if (t.value === null) return 'not measured';
  if (t.unit === '×') return t.value.toFixed(2);
  if (t.unit === 'ms') return milliseconds(t.value);
  return `${integer(t.value)} ${t.unit}`;
}

function formatTarget(t: TargetResult): string {
  const value = formatTargetValue(t);
  const note = t.note === undefined ? '' : `; measured ${t.note}`;
  return `  [${t.verdict.padEnd(4)}] ${t.name.padEnd(18)} ${value.padEnd(20)} target: ${t.description}${note}`;
}

export function formatTextReport(report: BenchReport): string {
  const { environment: env, corpus, assessment } = report;
  const lines = [
    'attaché benchmark',
    `  ${env.cpuModel}, ${env.cpus} CPUs, ${megabytes(env.totalMemory)}; node ${env.node} ${env.platform}/${env.arch}`,
    `  corpus: ${integer(corpus.sentences)} sentences of synthetic news, seed "${corpus.seed}"`,
    '',
  ];
  for (const section of report.sections) lines.push(...formatSection(section), '');
  for (const failure of report.failures) lines.push(`${failure.section}: FAILED — ${failure.message}`, '');
  const ratio = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(2));
  lines.push(`ratio attaché/baseline throughput: ${assessment.throughputRatio === null ? 'n/a (needs the ratio section, or both passes)' : ratio(assessment.throughputRatio)}`
    + (assessment.separatePassRatio === null ? '' : ` (the separate passes, one after the other: ${ratio(assessment.separatePassRatio)})`));
  lines.push('', 'targets');
  lines.push(...assessment.targets.map(formatTarget));
  if (assessment.warnings.length > 0) {
    lines.push('', 'warnings');
    lines.push(...assessment.warnings.map((w) => `  ! ${w}`));
  }
  return `${lines.join('\n')}\n`;
}

export function formatJsonReport(report: BenchReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
