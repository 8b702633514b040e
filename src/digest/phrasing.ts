// The digest's own words for what an actor did: a verb phrase chosen from the event's CAMEO
// code and PLOVER category (never copied from the article), the channel ("by phone") and the
// date. The tables are small on purpose: a code without an entry falls back to its category.
import type { Channel, PloverCategory } from '../types.js';
import { datePhrase } from './dates.js';

export interface VerbPhrase {
  /** The verb and what belongs to it before the target: "held phone talks". */
  verb: string;
  /** The preposition before the target ("with", "to"), if the verb needs one. */
  prep?: string;
  /** Words after the target: "invited To Lam *to visit*". */
  tail?: string;
  /** The channel the verb already says ("held phone talks"): not repeated as "by phone". */
  says?: Channel;
}

/** Every category has a phrase, so any event can be written. */
const BY_CATEGORY: Record<PloverCategory, VerbPhrase> = {
  AGREE: { verb: 'pledged to cooperate', prep: 'with' },
  CONSULT: { verb: 'held talks', prep: 'with', says: 'meeting' },
  SUPPORT: { verb: 'expressed support', prep: 'for' },
  COOPERATE: { verb: 'cooperated', prep: 'with' },
  AID: { verb: 'provided aid', prep: 'to' },
  CONCEDE: { verb: 'made concessions', prep: 'to' },
  RETREAT: { verb: 'eased pressure', prep: 'on' },
  REQUEST: { verb: 'made a request', prep: 'to' },
  ACCUSE: { verb: 'criticised' },
  REJECT: { verb: 'rebuffed' },
  THREATEN: { verb: 'threatened' },
  PROTEST: { verb: 'protested', prep: 'against' },
  SANCTION: { verb: 'imposed sanctions', prep: 'on' },
  MOBILIZE: { verb: 'mobilised forces', prep: 'against' },
  COERCE: { verb: 'took coercive action', prep: 'against' },
  ASSAULT: { verb: 'attacked' },
};

/** CAMEO codes whose meaning is more precise than their category's phrase. */
const BY_CAMEO: Record<string, VerbPhrase> = {
  '030': { verb: 'pledged to cooperate', prep: 'with' },
  '036': { verb: 'offered to meet' },
  '040': { verb: 'held talks', prep: 'with', says: 'meeting' },
  '041': { verb: 'held phone talks', prep: 'with', says: 'phone' },
  '042': { verb: 'visited', says: 'visit' },
  '043': { verb: 'hosted' },
  '046': { verb: 'negotiated', prep: 'with' },
  '050': { verb: 'backed' },
  '051': { verb: 'praised' },
  '052': { verb: 'defended' },
  '053': { verb: 'rallied support', prep: 'for' },
  '054': { verb: 'recognised' },
  '055': { verb: 'apologised', prep: 'to' },
  '056': { verb: 'forgave' },
  '057': { verb: 'signed an agreement', prep: 'with' },
  '061': { verb: 'cooperated economically', prep: 'with' },
  '062': { verb: 'cooperated militarily', prep: 'with' },
  '064': { verb: 'shared information', prep: 'with' },
  '071': { verb: 'provided economic aid', prep: 'to' },
  '072': { verb: 'provided military aid', prep: 'to' },
  '073': { verb: 'provided humanitarian aid', prep: 'to' },
  '075': { verb: 'granted asylum', prep: 'to' },
  '090': { verb: 'investigated' },
  '111': { verb: 'criticised' },
  '112': { verb: 'accused' },
  '161': { verb: 'cut diplomatic ties', prep: 'with' },
  '163': { verb: 'imposed sanctions', prep: 'on' },
  '166': { verb: 'expelled' },
  '173': { verb: 'arrested' },
};

/**
 * Words of the evidence that make a phrase more precise than its code can. CAMEO has no code
 * for congratulations (they are 051, "praise or endorse"), yet a brief after an election must
 * say "congratulated", not "praised"; likewise an invitation is coded as intent to meet (036).
 * Only the presence of the word is used: the article's wording is never reproduced.
 */
const CUES: readonly { cameos: readonly string[]; pattern: RegExp; phrase: VerbPhrase }[] = [
  { cameos: ['050', '051'], pattern: /\b(congratulat|felicitat)/i, phrase: { verb: 'congratulated' } },
  { cameos: ['050', '051', '018'], pattern: /\bcondolence/i, phrase: { verb: 'offered condolences', prep: 'to' } },
  { cameos: ['036'], pattern: /\binvit/i, phrase: { verb: 'invited', tail: ' to visit' } },
];

/** The phrase for an event of this category and code whose evidence sentences are `evidence`. */
export function verbPhrase(plover: PloverCategory, cameo: string, evidence: readonly string[] = []): VerbPhrase {
  const cue = CUES.find((c) => c.cameos.includes(cameo) && evidence.some((text) => c.pattern.test(text)));
  if (cue) return cue.phrase;
  // A corrected category carries its own code (see ledger/corrections.ts), so code and category agree.
  return BY_CAMEO[cameo] ?? BY_CATEGORY[plover];
}

/** "held phone talks with": the verb as it stands before a target, for lists in summaries. */
export function verbBeforeTarget(phrase: VerbPhrase): string {
  return phrase.prep ? `${phrase.verb} ${phrase.prep}` : phrase.verb;
}

/** "invited To Lam to visit"; without a target, the verb alone ("cooperated"). */
export function actionText(phrase: VerbPhrase, target: string | null): string {
  if (target === null) return phrase.verb;
  return `${verbBeforeTarget(phrase)} ${target}${phrase.tail ?? ''}`;
}

export const CHANNEL_PHRASES: Record<Channel, string> = {
  letter: 'in a letter',
  phone: 'by phone',
  message: 'in a message',
  visit: 'during a visit',
  meeting: 'at a meeting',
  statement: 'in a statement',
};

/** "congratulated To Lam by phone on 24 January 2026". */
export function itemText(phrase: VerbPhrase, target: string | null, channel: Channel | null, date: string | null): string {
  const words = [actionText(phrase, target)];
  if (channel !== null && channel !== phrase.says) words.push(CHANNEL_PHRASES[channel]);
  const when = datePhrase(date);
  if (when !== '') words.push(when);
  return words.join(' ');
}
