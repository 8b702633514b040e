// `attache eval`: scores coded events against a gold file (../shared/gold/GUIDELINES.md).
//   const gold = loadGold(path);              // documents or sentences format, validated
//   goldInputs(gold)                          // sentences to code when no INPUT is given
//   const report = scoreEvents(gold, events); // plain JSON for --json
//   formatReport(report, { verbose })         // tables for people
import type { EventRecord } from '../types.js';
import type { GoldSet } from './gold.js';
import type { EvalReport } from './report-types.js';
import { scoreDocuments } from './score-documents.js';
import { scoreSentences } from './score-sentences.js';

export { loadGold, parseGold, goldInputs, GoldFormatError } from './gold.js';
export type { GoldSet, GoldFormat, GoldDocument, GoldEvent, GoldActor, GoldSentence } from './gold.js';
export { formatReport } from './report.js';
export type { FormatOptions } from './report.js';
export type * from './report-types.js';
export { foldName } from './fold.js';

/** Scores the events coded from any number of documents; those the gold does not cover are ignored. */
export function scoreEvents(gold: GoldSet, events: readonly EventRecord[]): EvalReport {
  return gold.format === 'documents'
    ? scoreDocuments(gold.path, gold.documents, events)
    : scoreSentences(gold.path, gold.sentences, events);
}
