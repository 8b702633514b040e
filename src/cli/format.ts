// Event records as JSON Lines (the contract), CSV, or a table for people.
import { stringify } from 'csv-stringify/sync';
import type { ActorRecord, EventRecord } from '../types.js';

export type OutputFormat = 'jsonl' | 'csv' | 'table';

export const CSV_COLUMNS = [
  'doc', 'sentence', 'date', 'source_name', 'source_country', 'source_sector', 'source_role', 'source_text',
  'target_name', 'target_country', 'target_sector', 'target_role', 'target_text', 'plover', 'mode', 'context',
  'cameo', 'quad', 'goldstein', 'channel', 'evidence', 'evidence_start', 'evidence_end', 'confidence',
] as const;

function actorColumns(actor: ActorRecord | null): (string | null)[] {
  return [actor?.name ?? null, actor?.country ?? null, actor?.sector ?? null, actor?.role ?? null, actor?.text ?? null];
}

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function eventToCsv(event: EventRecord): string {
  return stringify([[
    event.doc, event.sentence, event.date, ...actorColumns(event.source), ...actorColumns(event.target),
    event.plover, event.mode, event.context.join(';'), event.cameo, event.quad, event.goldstein, event.channel,
    event.evidence.text, event.evidence.start, event.evidence.end, event.confidence,
  ]]);
}

export function eventToJsonl(event: EventRecord): string {
  return `${JSON.stringify(event)}\n`;
}

function actorLabel(actor: ActorRecord | null): string {
  if (!actor) return '—';
  const name = actor.name ?? actor.country ?? actor.text;
  const facts = [actor.country, actor.sector].filter(Boolean).join(', ');
  return facts ? `${name} (${facts})` : name;
}

/** A compact, aligned table for a terminal. */
export function eventsToTable(events: readonly EventRecord[]): string {
  const rows = events.map((e) => [
    e.date ?? '', actorLabel(e.source), e.plover, e.cameo, actorLabel(e.target), e.channel ?? '', `${e.doc}#${e.sentence}`,
  ]);
  const header = ['date', 'source', 'plover', 'cameo', 'target', 'channel', 'where'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]): string => cells.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
