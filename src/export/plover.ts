// PLOVER JSON: one event a line, with the field names of the PLOVER manual's "Data Fields"
// chapter (id, date, actor, recipient, event, event_text, quad_code, mode, context, link,
// text_info, cite_info, coder) and its entity object (code, sector, entity_text,
// identifier_text, office). The manual invites providers to add fields of their own; ours
// are the CAMEO code, Goldstein score, channel, confidence, corrected and rejected flags, and the
// ledger's actor ids, so nothing the ledger knows is lost in the conversion.
import type { StoredEvent } from '../ledger/event-query.js';
import type { ActorRecord, PloverCategory } from '../types.js';
import { writeLines } from './lines.js';
import { quadNumber } from './quad.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';

/** PLOVER's entity object, plus the ledger's actor id. */
export interface PloverEntity {
  /** Country (ISO 3166-1 alpha-3) or IGO. */
  code: string | null;
  sector: string | null;
  /** The words of the sentence that name the actor. */
  entity_text: string;
  /** The actor's canonical name in the ledger. */
  identifier_text: string | null;
  office: string | null;
  actor_id: number | null;
}

export interface PloverRecord {
  id: number;
  /** YYYY-MM-DD; a month or year alone when the article says no more; null when unknown. */
  date: string | null;
  actor: PloverEntity[];
  recipient: PloverEntity[];
  event: PloverCategory[];
  event_text: string[];
  quad_code: 1 | 2 | 3 | 4 | null;
  mode: string[];
  context: string[];
  /** Reports of the same event share a link: the ledger's cluster. */
  link: string | null;
  text_info: { sequence: number; start: number; end: number };
  cite_info: { citation: string; url: string | null; title: string | null; publication: string | null; coder: string; codebook: string };
  coder: string;
  cameo: string;
  goldstein: number;
  channel: string | null;
  confidence: number;
  corrected: boolean;
  rejected: boolean;
}

const CODER = 'attache';
/** The ontology the categories, modes and contexts come from. */
const CODEBOOK = 'PLOVER 2021';

function entity(actor: ActorRecord, actorId: number | null): PloverEntity {
  return {
    code: actor.country, sector: actor.sector, entity_text: actor.text, identifier_text: actor.name,
    office: actor.role, actor_id: actorId,
  };
}

export function ploverRecord(event: StoredEvent): PloverRecord {
  return {
    id: event.id,
    date: event.date,
    actor: [entity(event.source, event.sourceActorId)],
    recipient: event.target ? [entity(event.target, event.targetActorId)] : [],
    event: [event.plover],
    event_text: [event.evidence.text],
    quad_code: quadNumber(event.quad),
    mode: event.mode ? [event.mode] : [],
    context: event.context,
    link: event.clusterId === null ? null : `cluster-${event.clusterId}`,
    text_info: { sequence: event.sentence, start: event.evidence.start, end: event.evidence.end },
    cite_info: { citation: event.doc, url: event.url, title: event.title, publication: event.outlet, coder: CODER, codebook: CODEBOOK },
    coder: CODER,
    cameo: event.cameo,
    goldstein: event.goldstein,
    channel: event.channel,
    confidence: event.confidence,
    corrected: event.corrected,
    rejected: event.rejected,
  };
}

export function writePlover(events: EventSource, out: NodeJS.WritableStream, options: WriteOptions = {}): Promise<ExportResult> {
  return writeLines(events, out, options, { line: (event) => `${JSON.stringify(ploverRecord(event))}\n` });
}
