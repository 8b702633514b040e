// Scoring coded events against a documents gold (GUIDELINES.md): per document, distinct
// (source, target, category) tuples, at two levels of detail:
//   country level: (source country, target country | null, category)
//   person level:  (source identity, target identity, category), where a gold actor with a
//                  name is identified by its folded name and a gold actor without one by its
//                  country (a bare "Vietnam" is matched by any Vietnamese actor).
// CONSULT and AGREE are symmetric. Channel and date are judged on the person-level pairs.
import type { EventRecord, PloverCategory } from '../types.js';
import { byPloverOrder, isSymmetric } from './categories.js';
import { foldName } from './fold.js';
import type { GoldDocument } from './gold.js';
import { assignGreedily, type Candidate } from './match.js';
import { CountTable, prf, ratio } from './metrics.js';
import type {
  AttributeAccuracy,
  AttributeMismatch,
  DocumentsEvalReport,
  EventSummary,
  LevelReport,
} from './report-types.js';

interface Actor {
  name: string | null;
  country: string | null;
}

/** A gold or coded event reduced to what is compared and what is shown. */
interface ComparableEvent {
  doc: string;
  source: Actor;
  target: Actor | null;
  plover: PloverCategory;
  channel: string | null;
  date: string | null;
  sentence: number | null;
  snippet: string | null;
}

interface Level {
  description: string;
  /** Events with the same key are one event at this level. */
  key(event: ComparableEvent): string;
  /**
   * Whether the coded actors stand for the gold ones: null if not, otherwise how many of the
   * two positions matched on a name (more is a more specific match, preferred in assignment).
   */
  match(gold: ComparableEvent, codedSource: Actor, codedTarget: Actor | null): number | null;
}

const countryLevel: Level = {
  description: 'source country, target country, category',
  key: (event) => JSON.stringify([event.source.country, event.target?.country ?? null, event.plover]),
  match: (gold, source, target) =>
    gold.source.country === source.country && (gold.target?.country ?? null) === (target?.country ?? null) ? 0 : null,
};

/** 1 when matched on the name, 0 when on the country (or both absent), null when no match. */
function matchActorIdentity(gold: Actor | null, coded: Actor | null): number | null {
  if (gold === null || coded === null) return gold === coded ? 0 : null;
  if (gold.name !== null) return coded.name !== null && foldName(coded.name) === foldName(gold.name) ? 1 : null;
  return gold.country === coded.country ? 0 : null;
}

function personKeyOf(actor: Actor | null): [string | null, string | null] | null {
  return actor === null ? null : [actor.name === null ? null : foldName(actor.name), actor.country];
}

const personLevel: Level = {
  description: 'source, target, category; actors by folded name, or by country where the gold names none',
  key: (event) => JSON.stringify([personKeyOf(event.source), personKeyOf(event.target), event.plover]),
  match: (gold, source, target) => {
    const sourceMatch = matchActorIdentity(gold.source, source);
    const targetMatch = matchActorIdentity(gold.target, target);
    return sourceMatch === null || targetMatch === null ? null : sourceMatch + targetMatch;
  },
};

/**
 * Collapses events with equal keys into the first occurrence. A later duplicate fills in the
 * channel or date the first one lacks: a headline often drops what the body states, and the
 * gold lists the event once with everything the document says about it.
 */
function distinctEvents(events: readonly ComparableEvent[], key: (event: ComparableEvent) => string): ComparableEvent[] {
  const byKey = new Map<string, ComparableEvent>();
  for (const event of events) {
    const k = key(event);
    const first = byKey.get(k);
    if (first === undefined) {
      byKey.set(k, { ...event });
    } else {
      first.channel ??= event.channel;
      first.date ??= event.date;
    }
  }
  return [...byKey.values()];
}

function fromGold(document: GoldDocument): ComparableEvent[] {
  return document.events.map((event) => ({
    doc: document.doc,
    source: { name: event.source.name, country: event.source.country },
    target: event.target === null ? null : { name: event.target.name, country: event.target.country },
    plover: event.plover,
    channel: event.channel,
    date: event.date,
    sentence: null,
    snippet: event.quote ?? null,
  }));
}

function fromCoded(event: EventRecord): ComparableEvent {
  return {
    doc: event.doc,
    source: { name: event.source.name, country: event.source.country },
    target: event.target === null ? null : { name: event.target.name, country: event.target.country },
    plover: event.plover,
    channel: event.channel,
    date: event.date,
    sentence: event.sentence,
    snippet: event.evidence?.text ?? null,
  };
}

function describeActor(actor: Actor | null): string | null {
  if (actor === null) return null;
  const country = actor.country ?? '?';
  return actor.name === null ? country : `${actor.name} [${country}]`;
}

function shorten(text: string | null, limit = 160): string | null {
  if (text === null) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

function summarise(event: ComparableEvent): EventSummary {
  return {
    doc: event.doc,
    source: describeActor(event.source) ?? '?',
    target: describeActor(event.target),
    plover: event.plover,
    channel: event.channel,
    date: event.date,
    sentence: event.sentence,
    snippet: shorten(event.snippet),
  };
}

function describeEvent(event: ComparableEvent): string {
  return `${describeActor(event.source)} → ${describeActor(event.target) ?? '—'} ${event.plover}`;
}

interface MatchedPair {
  gold: ComparableEvent;
  coded: ComparableEvent;
}

interface LevelOutcome {
  report: LevelReport;
  pairs: MatchedPair[];
  codedDistinct: number;
  goldDistinct: number;
}

function scoreLevel(
  level: Level,
  goldByDoc: ReadonlyMap<string, ComparableEvent[]>,
  codedByDoc: ReadonlyMap<string, ComparableEvent[]>,
): LevelOutcome {
  const table = new CountTable<PloverCategory>();
  const missed: EventSummary[] = [];
  const spurious: EventSummary[] = [];
  const pairs: MatchedPair[] = [];
  let codedDistinct = 0;
  let goldDistinct = 0;

  for (const [doc, goldEvents] of goldByDoc) {
    // The gold lists each distinct person-level tuple once, so several of its events can share
    // a country-level tuple (two Russian leaders congratulating the same person): the gold is
    // reduced to distinct keys as well, or the gold scored against itself would lose recall.
    const gold = distinctEvents(goldEvents, level.key);
    const coded = distinctEvents(codedByDoc.get(doc) ?? [], level.key);
    goldDistinct += gold.length;
    codedDistinct += coded.length;

    const candidates: Candidate[] = [];
    for (const [g, goldEvent] of gold.entries()) {
      for (const [c, codedEvent] of coded.entries()) {
        if (goldEvent.plover !== codedEvent.plover) continue;
        const direct = level.match(goldEvent, codedEvent.source, codedEvent.target);
        if (direct !== null) candidates.push({ gold: g, coded: c, rank: [0, -direct] });
        if (isSymmetric(goldEvent.plover) && codedEvent.target !== null) {
          const swapped = level.match(goldEvent, codedEvent.target, codedEvent.source);
          if (swapped !== null) candidates.push({ gold: g, coded: c, rank: [1, -swapped] });
        }
      }
    }

    const goldMatched = new Set<number>();
    const codedMatched = new Set<number>();
    for (const { gold: g, coded: c } of assignGreedily(candidates)) {
      const goldEvent = gold[g];
      const codedEvent = coded[c];
      if (goldEvent === undefined || codedEvent === undefined) continue;
      goldMatched.add(g);
      codedMatched.add(c);
      table.add(goldEvent.plover, 'tp');
      pairs.push({ gold: goldEvent, coded: codedEvent });
    }
    for (const [g, goldEvent] of gold.entries()) {
      if (goldMatched.has(g)) continue;
      table.add(goldEvent.plover, 'fn');
      missed.push(summarise(goldEvent));
    }
    for (const [c, codedEvent] of coded.entries()) {
      if (codedMatched.has(c)) continue;
      table.add(codedEvent.plover, 'fp');
      spurious.push(summarise(codedEvent));
    }
  }

  return {
    report: {
      key: level.description,
      overall: prf(table.total()),
      byCategory: table.entries(byPloverOrder).map(([category, counts]) => ({ category, ...prf(counts) })),
      missed,
      spurious,
    },
    pairs,
    codedDistinct,
    goldDistinct,
  };
}

/** A partial gold date (`2025-05`) is matched by any coded date within it. */
export function datesAgree(gold: string | null, coded: string | null): boolean {
  if (gold === null || coded === null) return gold === coded;
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) return coded === gold;
  return coded === gold || coded.startsWith(`${gold}-`);
}

function attributeAccuracy(
  pairs: readonly MatchedPair[],
  read: (event: ComparableEvent) => string | null,
  agree: (gold: string | null, coded: string | null) => boolean,
): AttributeAccuracy {
  const mismatches: AttributeMismatch[] = [];
  for (const { gold, coded } of pairs) {
    const goldValue = read(gold);
    const codedValue = read(coded);
    if (agree(goldValue, codedValue)) continue;
    mismatches.push({ doc: gold.doc, event: describeEvent(gold), gold: goldValue, coded: codedValue, sentence: coded.sentence });
  }
  return {
    basis: 'person-level matched pairs',
    accuracy: ratio(pairs.length - mismatches.length, pairs.length),
    mismatches,
  };
}

export function scoreDocuments(goldPath: string, documents: readonly GoldDocument[], events: readonly EventRecord[]): DocumentsEvalReport {
  const goldByDoc = new Map<string, ComparableEvent[]>();
  for (const document of documents) goldByDoc.set(document.doc, fromGold(document));

  // Only documents the gold covers are scored: a folder may hold articles nobody annotated.
  const codedByDoc = new Map<string, ComparableEvent[]>();
  const ignored = new Set<string>();
  let codedCount = 0;
  for (const event of events) {
    if (!goldByDoc.has(event.doc)) {
      ignored.add(event.doc);
      continue;
    }
    codedCount++;
    const list = codedByDoc.get(event.doc);
    if (list) list.push(fromCoded(event));
    else codedByDoc.set(event.doc, [fromCoded(event)]);
  }

  const country = scoreLevel(countryLevel, goldByDoc, codedByDoc);
  const person = scoreLevel(personLevel, goldByDoc, codedByDoc);

  return {
    format: 'documents',
    gold: goldPath,
    documents: { gold: goldByDoc.size, coded: codedByDoc.size, ignored: [...ignored] },
    events: {
      gold: person.goldDistinct,
      coded: codedCount,
      codedDistinct: { country: country.codedDistinct, person: person.codedDistinct },
    },
    country: country.report,
    person: person.report,
    channel: attributeAccuracy(person.pairs, (event) => event.channel, (gold, coded) => gold === coded),
    date: attributeAccuracy(person.pairs, (event) => event.date, datesAgree),
  };
}
