// Scoring coded events against a sentences gold (the PLOVER gold-standard records): each
// record is one sentence with one gold category and lists of source and target actor codes.
// The coder reads each sentence as a document whose id is the record's id.
import type { ActorRecord, EventRecord, PloverCategory } from '../types.js';
import { byPloverOrder, isSymmetric } from './categories.js';
import type { GoldSentence } from './gold.js';
import { CountTable, prf, ratio } from './metrics.js';
import type { SentenceMiss, SentenceOvercoding, SentencesEvalReport } from './report-types.js';

// The gold's actor codes are CAMEO codes, the contract's are ISO 3166-1 alpha-3 with IGO for
// international organisations. The GSR marks some organisations NGO where the contract says
// IGO, and uses CAMEO's older codes for a few countries.
const GOLD_CODE_EQUIVALENTS: Readonly<Record<string, string>> = {
  NGO: 'IGO',
  JAP: 'JPN',
  ITL: 'ITA',
};

/** Comparable form of an actor code: upper case, first three letters, equivalents merged. */
export function normaliseActorCode(code: string | null): string | null {
  if (code === null) return null;
  const head = code.trim().toUpperCase().slice(0, 3);
  return GOLD_CODE_EQUIVALENTS[head] ?? head;
}

interface GoldCodes {
  sources: ReadonlySet<string | null>;
  targets: ReadonlySet<string | null>;
}

function goldCodesOf(sentence: GoldSentence): GoldCodes {
  return {
    sources: new Set(sentence.source.map((actor) => normaliseActorCode(actor.code))),
    targets: new Set(sentence.target.map((actor) => normaliseActorCode(actor.code))),
  };
}

/**
 * Whether a coded (source, target) fits the gold codes. A sentence without a gold target
 * ("Czech and Slovak officials agreed ...") lists every party as a source, so the coded
 * target may be absent or one of them. A sentence without a gold source (an unattributed
 * attack) accepts any coded source.
 */
function actorsFit(source: ActorRecord | null, target: ActorRecord | null, gold: GoldCodes): boolean {
  if (source === null) return false;
  const country = (actor: ActorRecord): string | null => normaliseActorCode(actor.country);
  const sourceFits = gold.sources.size === 0 || gold.sources.has(country(source));
  if (!sourceFits) return false;
  if (gold.targets.size === 0) return target === null || (target.country !== null && gold.sources.has(country(target)));
  return target !== null && target.country !== null && gold.targets.has(country(target));
}

function fullyMatches(event: EventRecord, sentence: GoldSentence, gold: GoldCodes): boolean {
  if (event.plover !== sentence.plover) return false;
  if (actorsFit(event.source, event.target, gold)) return true;
  return isSymmetric(event.plover) && actorsFit(event.target, event.source, gold);
}

function describeCoded(event: EventRecord): string {
  return `${event.source.country ?? '?'} → ${event.target === null ? '—' : (event.target.country ?? '?')} ${event.plover}`;
}

export function scoreSentences(goldPath: string, sentences: readonly GoldSentence[], events: readonly EventRecord[]): SentencesEvalReport {
  const goldIds = new Set(sentences.map((sentence) => sentence.id));
  const codedById = new Map<string, EventRecord[]>();
  const ignored = new Set<string>();
  for (const event of events) {
    if (!goldIds.has(event.doc)) {
      ignored.add(event.doc);
      continue;
    }
    const list = codedById.get(event.doc);
    if (list) list.push(event);
    else codedById.set(event.doc, [event]);
  }

  const table = new CountTable<PloverCategory>();
  const misses: SentenceMiss[] = [];
  const overcoded: SentenceOvercoding[] = [];
  let categoryHits = 0;
  let fullMatches = 0;
  let codedPairs = 0;

  for (const sentence of sentences) {
    const coded = codedById.get(sentence.id) ?? [];
    const categories = [...new Set(coded.map((event) => event.plover))].sort(byPloverOrder);
    const gold = goldCodesOf(sentence);
    const categoryHit = categories.includes(sentence.plover);
    const fullMatch = coded.some((event) => fullyMatches(event, sentence, gold));

    // Category-only counts over distinct (sentence, category) pairs.
    codedPairs += categories.length;
    table.add(sentence.plover, categoryHit ? 'tp' : 'fn');
    const extra = categories.filter((category) => category !== sentence.plover);
    for (const category of extra) table.add(category, 'fp');

    if (categoryHit) categoryHits++;
    if (fullMatch) fullMatches++;
    else {
      misses.push({
        id: sentence.id,
        gold: sentence.plover,
        coded: categories,
        reason: coded.length === 0 ? 'no-events' : categoryHit ? 'actors' : 'category',
        goldSource: sentence.source.map((actor) => actor.code),
        goldTarget: sentence.target.map((actor) => actor.code),
        codedEvents: coded.map(describeCoded),
        text: sentence.text,
      });
    }
    if (extra.length > 0) overcoded.push({ id: sentence.id, gold: sentence.plover, extra });
  }

  return {
    format: 'sentences',
    gold: goldPath,
    sentences: { gold: sentences.length, coded: codedById.size, ignored: [...ignored] },
    categoryRecall: ratio(categoryHits, sentences.length),
    categoryPrecision: ratio(categoryHits, codedPairs),
    fullMatch: ratio(fullMatches, sentences.length),
    overall: prf(table.total()),
    byCategory: table.entries(byPloverOrder).map(([category, counts]) => ({ category, ...prf(counts) })),
    misses,
    overcoded,
  };
}
