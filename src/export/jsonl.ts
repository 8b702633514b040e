// JSON Lines: one DESIGN.md event record a line, fields in the contract's order, followed by
// what the ledger adds (id, clusterId, url, corrected, rejected, outlet) so that a line can be
// traced back to its stored event, article and cluster. The ledger fields start as
// `attache events --jsonl` has them, so the two outputs agree on every field they share.
import type { StoredEvent } from '../ledger/event-query.js';
import type { EventRecord } from '../types.js';
import { orderedActor } from './actor-record.js';
import { writeLines } from './lines.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';

export interface JsonlRecord extends EventRecord {
  id: number;
  clusterId: number | null;
  url: string | null;
  corrected: boolean;
  /** Only true when the filter asked for rejected events too. */
  rejected: boolean;
  outlet: string | null;
}

export function jsonlRecord(event: StoredEvent): JsonlRecord {
  return {
    doc: event.doc,
    sentence: event.sentence,
    date: event.date,
    source: orderedActor(event.source),
    target: event.target ? orderedActor(event.target) : null,
    plover: event.plover,
    mode: event.mode,
    context: event.context,
    cameo: event.cameo,
    quad: event.quad,
    goldstein: event.goldstein,
    channel: event.channel,
    evidence: { text: event.evidence.text, start: event.evidence.start, end: event.evidence.end },
    confidence: event.confidence,
    id: event.id,
    clusterId: event.clusterId,
    url: event.url,
    corrected: event.corrected,
    rejected: event.rejected,
    outlet: event.outlet,
  };
}

export function writeJsonl(events: EventSource, out: NodeJS.WritableStream, options: WriteOptions = {}): Promise<ExportResult> {
  // JSON.stringify escapes line breaks inside strings: one record, one line.
  return writeLines(events, out, options, { line: (event) => `${JSON.stringify(jsonlRecord(event))}\n` });
}
