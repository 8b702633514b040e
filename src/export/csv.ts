// CSV: a header, then one row per event with each actor flattened into columns. The first
// columns are those of `attache code --csv` (src/cli/format.ts), in the same order, so that
// a coded file and an exported one line up; the ledger's own columns follow, starting as
// `attache events --csv` has them. csv-stringify
// quotes any value holding a comma, a quote or a line break (evidence sentences do).
import { stringify } from 'csv-stringify/sync';
import type { StoredEvent } from '../ledger/event-query.js';
import type { ActorRecord } from '../types.js';
import { writeLines } from './lines.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';

export const EXPORT_CSV_COLUMNS = [
  'doc', 'sentence', 'date', 'source_name', 'source_country', 'source_sector', 'source_role', 'source_text',
  'target_name', 'target_country', 'target_sector', 'target_role', 'target_text', 'plover', 'mode', 'context',
  'cameo', 'quad', 'goldstein', 'channel', 'evidence', 'evidence_start', 'evidence_end', 'confidence',
  'id', 'cluster_id', 'url', 'corrected', 'rejected', 'outlet',
] as const;

export type CsvColumn = (typeof EXPORT_CSV_COLUMNS)[number];

/** Empty cells for unknown values; csv-stringify leaves null empty. */
type Cell = string | number | null;

function actorCells(actor: ActorRecord | null): Cell[] {
  return [actor?.name ?? null, actor?.country ?? null, actor?.sector ?? null, actor?.role ?? null, actor?.text ?? null];
}

export function csvCells(event: StoredEvent): Cell[] {
  return [
    event.doc, event.sentence, event.date, ...actorCells(event.source), ...actorCells(event.target),
    // Contexts are few short words: ";" keeps them in one cell, as `attache code --csv` does.
    event.plover, event.mode, event.context.join(';'), event.cameo, event.quad, event.goldstein, event.channel,
    event.evidence.text, event.evidence.start, event.evidence.end, event.confidence,
    // csv-stringify would write true as "1" and false as "": spelled out, they read back unambiguously.
    event.id, event.clusterId, event.url, String(event.corrected), String(event.rejected), event.outlet,
  ];
}

export function csvLine(cells: readonly Cell[]): string {
  return stringify([cells]);
}

export interface CsvOptions extends WriteOptions {
  /** The header row (default true); left out to append to an earlier export. */
  header?: boolean;
}

export function writeCsv(events: EventSource, out: NodeJS.WritableStream, options: CsvOptions = {}): Promise<ExportResult> {
  return writeLines(events, out, options, {
    ...(options.header === false ? {} : { header: csvLine([...EXPORT_CSV_COLUMNS]) }),
    line: (event) => csvLine(csvCells(event)),
  });
}
