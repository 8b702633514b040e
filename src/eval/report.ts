// The human-readable form of an EvalReport: summary figures and per-category tables, and
// with `verbose` the individual misses a developer needs to see what went wrong.
import type { Prf, Ratio } from './metrics.js';
import type {
  AttributeAccuracy,
  CategoryPrf,
  DocumentsEvalReport,
  EvalReport,
  EventSummary,
  LevelReport,
  SentencesEvalReport,
} from './report-types.js';

export interface FormatOptions {
  /** List missed and spurious events, mismatched channels and dates, missed sentences. */
  verbose?: boolean;
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function describeRatio(r: Ratio): string {
  return `${percent(r.value)} (${r.count}/${r.total})`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Columns are left-aligned where `leftAligned` says so (by default the first), numbers right-aligned. */
function renderTable(header: readonly string[], rows: readonly (readonly string[])[], leftAligned: readonly number[] = [0]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const renderRow = (row: readonly string[]): string =>
    '  ' +
    row
      .map((cell, column) => (leftAligned.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [renderRow(header), ...rows.map(renderRow)].join('\n');
}

function prfRow(label: string, figures: Prf): string[] {
  return [
    label,
    String(figures.tp + figures.fn),
    String(figures.tp + figures.fp),
    String(figures.tp),
    String(figures.fp),
    String(figures.fn),
    percent(figures.precision),
    percent(figures.recall),
    percent(figures.f1),
  ];
}

function prfTable(byCategory: readonly CategoryPrf[], overall: Prf): string {
  const header = ['category', 'gold', 'coded', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'];
  return renderTable(header, [...byCategory.map((row) => prfRow(row.category, row)), prfRow('all', overall)]);
}

function describeSummary(event: EventSummary): string {
  const where = event.sentence === null ? '' : ` (sentence ${event.sentence})`;
  const details = [event.channel, event.date].filter((value) => value !== null).join(', ');
  const head = `${event.doc}: ${event.source} → ${event.target ?? '—'} ${event.plover}${details ? ` [${details}]` : ''}${where}`;
  return event.snippet === null ? head : `${head}\n      "${event.snippet}"`;
}

function listSection(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  return ['', `${title}:`, ...lines.map((line) => `  - ${line}`)];
}

function levelSection(title: string, level: LevelReport): string[] {
  return ['', `${title} (${level.key})`, prfTable(level.byCategory, level.overall)];
}

function accuracyLine(label: string, accuracy: AttributeAccuracy): string {
  return `${label} ${describeRatio(accuracy.accuracy)} over ${accuracy.basis}`;
}

function mismatchLines(accuracy: AttributeAccuracy): string[] {
  return accuracy.mismatches.map(
    (m) => `${m.doc}: ${m.event}: gold ${m.gold ?? 'null'}, coded ${m.coded ?? 'null'}${m.sentence === null ? '' : ` (sentence ${m.sentence})`}`,
  );
}

function formatDocumentsReport(report: DocumentsEvalReport, verbose: boolean): string {
  const { documents, events } = report;
  const lines = [
    `Gold: ${report.gold} (documents format: ${plural(documents.gold, 'document')}, ${plural(events.gold, 'distinct event')})`,
    `Coded: ${plural(events.coded, 'event')} in ${documents.coded} of the ${plural(documents.gold, 'gold document')}; ` +
      `${events.codedDistinct.person} distinct at person level, ${events.codedDistinct.country} at country level`,
  ];
  if (documents.ignored.length > 0) {
    lines.push(`Ignored: ${plural(documents.ignored.length, 'coded document')} not in the gold`);
  }
  lines.push(...levelSection('Person level', report.person), ...levelSection('Country level', report.country));
  lines.push('', accuracyLine('Channel accuracy:', report.channel), accuracyLine('Date accuracy:   ', report.date));

  if (verbose) {
    lines.push(
      ...listSection('Missed gold events (person level)', report.person.missed.map(describeSummary)),
      ...listSection('Spurious coded events (person level)', report.person.spurious.map(describeSummary)),
      ...listSection('Channel mismatches', mismatchLines(report.channel)),
      ...listSection('Date mismatches', mismatchLines(report.date)),
    );
    if (documents.ignored.length > 0) lines.push(...listSection('Coded documents not in the gold', documents.ignored));
  } else {
    const problems = report.person.missed.length + report.person.spurious.length + report.channel.mismatches.length + report.date.mismatches.length;
    if (problems > 0) {
      lines.push(
        '',
        `${plural(report.person.missed.length, 'missed gold event')}, ${plural(report.person.spurious.length, 'spurious coded event')}, ` +
          `${plural(report.channel.mismatches.length, 'channel mismatch', 'channel mismatches')}, ` +
          `${plural(report.date.mismatches.length, 'date mismatch', 'date mismatches')} (--verbose lists them)`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function formatSentencesReport(report: SentencesEvalReport, verbose: boolean): string {
  const { sentences } = report;
  const lines = [
    `Gold: ${report.gold} (sentences format: ${plural(sentences.gold, 'sentence')}; events coded for ${sentences.coded})`,
  ];
  if (sentences.ignored.length > 0) {
    lines.push(`Ignored: ${plural(sentences.ignored.length, 'coded document')} not in the gold`);
  }
  lines.push(
    '',
    renderTable(
      ['measure', 'value', 'of', 'what it counts'],
      [
        ['category recall', percent(report.categoryRecall.value), `${report.categoryRecall.count}/${report.categoryRecall.total}`, 'sentences whose gold category was coded'],
        ['category precision', percent(report.categoryPrecision.value), `${report.categoryPrecision.count}/${report.categoryPrecision.total}`, 'coded (sentence, category) pairs equal to the gold'],
        ['full match', percent(report.fullMatch.value), `${report.fullMatch.count}/${report.fullMatch.total}`, 'sentences with the gold category and fitting actors'],
      ],
      [0, 3],
    ),
    '',
    'By category (category alone)',
    prfTable(report.byCategory, report.overall),
  );

  if (verbose) {
    lines.push(
      ...listSection(
        'Sentences without a full match',
        report.misses.map(
          (miss) =>
            `${miss.id}: gold ${miss.gold} ${miss.goldSource.join('/') || '—'} → ${miss.goldTarget.join('/') || '—'}; ` +
            `coded ${miss.codedEvents.length > 0 ? miss.codedEvents.join(', ') : 'nothing'} (${miss.reason})\n      "${miss.text}"`,
        ),
      ),
      ...listSection(
        'Sentences with extra categories',
        report.overcoded.map((o) => `${o.id}: gold ${o.gold}, also coded ${o.extra.join(', ')}`),
      ),
    );
  } else if (report.misses.length > 0 || report.overcoded.length > 0) {
    lines.push(
      '',
      `${plural(report.misses.length, 'sentence')} without a full match, ${plural(report.overcoded.length, 'sentence')} with extra categories (--verbose lists them)`,
    );
  }
  return lines.join('\n') + '\n';
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const verbose = options.verbose ?? false;
  return report.format === 'documents' ? formatDocumentsReport(report, verbose) : formatSentencesReport(report, verbose);
}
