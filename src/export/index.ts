// Exports of ledger events: one writer per format, each reading events as a stream and
// writing to any writable stream (stdout, a file). `exportEvents` picks the writer.
import { writeCsv } from './csv.js';
import type { FactsLookup } from './event-facts.js';
import { writeGdelt } from './gdelt.js';
import { writeGraphml } from './graphml.js';
import { writeJsonl } from './jsonl.js';
import type { NetworkLevel } from './network.js';
import { writePlover } from './plover.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends WriteOptions {
  /** csv, gdelt: a first line naming the columns (default true). */
  header?: boolean;
  /** gdelt: cluster counts, date added and origin; see ledgerFacts(db). */
  facts?: FactsLookup;
  /** graphml: actors (default) or countries as nodes. */
  level?: NetworkLevel;
}

export function exportEvents(format: ExportFormat, events: EventSource, out: NodeJS.WritableStream, options: ExportOptions = {}): Promise<ExportResult> {
  switch (format) {
    case 'jsonl': return writeJsonl(events, out, options);
    case 'csv': return writeCsv(events, out, options);
    case 'gdelt': return writeGdelt(events, out, options);
    case 'plover': return writePlover(events, out, options);
    case 'graphml': return writeGraphml(events, out, options);
  }
}

export { EXPORT_CSV_COLUMNS, csvCells, writeCsv, type CsvOptions } from './csv.js';
export { ledgerFacts, withFacts, type EventFacts, type FactsLookup } from './event-facts.js';
export { GDELT_COLUMNS, gdeltRow, gdeltLine, writeGdelt, type GdeltOptions, type GdeltRow } from './gdelt.js';
export { writeGraphml, type GraphmlOptions } from './graphml.js';
export { jsonlRecord, writeJsonl, type JsonlRecord } from './jsonl.js';
export { ActorNetwork, NETWORK_LEVELS, type NetworkEdge, type NetworkLevel, type NetworkNode } from './network.js';
export { ploverRecord, writePlover, type PloverEntity, type PloverRecord } from './plover.js';
export { AtomicFile } from './atomic-file.js';
export type { EventSource, ExportResult, WriteOptions } from './types.js';
