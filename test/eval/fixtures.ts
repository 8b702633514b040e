// Builders for synthetic gold and coded events. All names and sentences here are invented
// for the tests; none come from the shared gold files.
import type { ActorRecord, EventRecord, PloverCategory } from '../../src/types.js';
import { parseGold, type GoldSet } from '../../src/eval/index.js';

export interface ActorSpec {
  name?: string | null;
  country: string | null;
}

export interface CodedSpec {
  doc?: string;
  source: ActorSpec;
  target: ActorSpec | null;
  plover: PloverCategory;
  channel?: EventRecord['channel'];
  date?: string | null;
  sentence?: number;
}

function actorRecord(spec: ActorSpec): ActorRecord {
  const name = spec.name ?? null;
  return { text: name ?? spec.country ?? '?', name, country: spec.country, sector: null, role: null };
}

/** A coded event with plausible values for the fields the scorer does not read. */
export function coded(spec: CodedSpec): EventRecord {
  return {
    doc: spec.doc ?? 'doc-1',
    sentence: spec.sentence ?? 0,
    date: spec.date ?? null,
    source: actorRecord(spec.source),
    target: spec.target === null ? null : actorRecord(spec.target),
    plover: spec.plover,
    mode: null,
    context: [],
    cameo: '010',
    quad: 'verbal-cooperation',
    goldstein: 0,
    channel: spec.channel ?? null,
    evidence: { text: 'an invented sentence', start: 0, end: 20 },
    confidence: 1,
  };
}

export interface GoldEventSpec {
  source: ActorSpec;
  target: ActorSpec | null;
  plover: PloverCategory;
  channel?: string | null;
  date?: string | null;
}

function goldActor(spec: ActorSpec | null): object | null {
  return spec === null ? null : { name: spec.name ?? null, country: spec.country, role: null };
}

/** A documents-format gold set parsed from JSONL, as loadGold would read it. */
export function goldDocuments(documents: Record<string, GoldEventSpec[]>): GoldSet {
  const lines = Object.entries(documents).map(([doc, events]) =>
    JSON.stringify({
      doc,
      date: '2030-03-10',
      events: events.map((event) => ({
        source: goldActor(event.source),
        target: goldActor(event.target),
        plover: event.plover,
        cameo: null,
        channel: event.channel ?? null,
        date: event.date === undefined ? '2030-03-10' : event.date,
        quote: 'an invented quote',
      })),
    }),
  );
  return parseGold(lines.join('\n'), 'synthetic-documents.jsonl');
}

/** The coded event that states exactly what a gold event says. */
export function codedFromGold(doc: string, event: GoldEventSpec): EventRecord {
  return coded({
    doc,
    source: event.source,
    target: event.target,
    plover: event.plover,
    channel: (event.channel ?? null) as EventRecord['channel'],
    date: event.date === undefined ? '2030-03-10' : event.date,
  });
}

export interface GoldSentenceSpec {
  id: string;
  text: string;
  plover: PloverCategory;
  source: string[];
  target: string[];
}

export function goldSentences(sentences: GoldSentenceSpec[]): GoldSet {
  const lines = sentences.map((s) =>
    JSON.stringify({
      id: s.id,
      text: s.text,
      plover: s.plover,
      source: s.source.map((code) => ({ text: code, code, sector: null })),
      target: s.target.map((code) => ({ text: code, code, sector: null })),
      event_text: null,
      mode: null,
      context: null,
    }),
  );
  return parseGold(lines.join('\n'), 'synthetic-sentences.jsonl');
}
