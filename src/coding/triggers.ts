// Event triggers in a sentence: the project's rules first, then the CAMEO verb dictionary.
import type { Sentence, Token } from '../types.js';
import type { TriggerRule } from './rules.js';
import { TRIGGER_RULES } from './rules.js';
import { cameoFacts } from './cameo.js';
import { announcedDeed, mayAnnounceDeed } from './nominal-deeds.js';
import { isClauseEnd, matchVerbDictionary } from './verb-dictionary.js';

export interface Trigger {
  /** The token that carries the event (the verb, or the noun of a nominal event). */
  at: number;
  /** The last token of the trigger phrase ("sent ... congratulations"). */
  end: number;
  cameo: string;
  rule: TriggerRule;
  passive: boolean;
  /** Why it fired, for `attache explain`: worked out only when an explanation asks for it. */
  reason: () => string;
  fromDictionary: boolean;
  /** "X will visit": said of the future, an intention rather than a deed. */
  future?: boolean;
  /** A dictionary verb whose pattern (not only its default code) matched. */
  patterned?: boolean;
}

const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'must']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refuse', 'refused', 'refuses', 'refusing', 'decline', 'declined', 'declines', 'declining', 'fail', 'failed', 'deny', 'denied']);
/** Words that make the verb after them an intention, coded by the intention's own rule. */
const INTENT_WORDS = new Set([
  'hope', 'wish', 'readiness', 'ready', 'desire', 'willing', 'willingness', 'plan', 'intend', 'intention', 'want',
  'commitment', 'committed', 'determined', 'determination', 'agree', 'invite', 'invitation', 'eager', 'prepared', 'prepare',
  'expect', 'seek', 'aim', 'decide', 'vow', 'pledge', 'promise', 'threaten', 'swear',
  'instruct', 'ask', 'urge', 'order', 'encourage', 'call', 'help', 'allow', 'enable', 'let', 'permit',
]);
const FORCE_VERBS = new Set(['fight', 'attack', 'kill', 'destroy', 'retaliate', 'punish', 'strike', 'invade', 'bomb', 'crush', 'wipe', 'annihilate', 'avenge', 'shoot', 'seize', 'shell']);
/** Verbs of getting ready: getting ready to use force is a show of force (MOBILIZE), not yet the force itself. */
const PREPARATION_VERBS = new Set(['prepare', 'gear', 'brace']);
/** "to resume shooting", "to begin bombing": verbs that put the force verb after them as a gerund. */
const ASPECT_VERBS = new Set(['resume', 'begin', 'start', 'continue', 'renew', 'restart']);
const MEETING_VERBS = new Set(['meet', 'visit', 'welcome', 'host', 'receive', 'hold', 'talk', 'attend', 'come', 'travel']);
const COOPERATION_WORDS = new Set([
  'cooperate', 'cooperation', 'work', 'strengthen', 'develop', 'deepen', 'expand', 'enhance', 'promote', 'advance',
  'boost', 'consolidate', 'reinforce', 'foster', 'maintain', 'grow', 'learn', 'share', 'coordinate', 'coordination',
  'tie', 'ties', 'relation', 'relations', 'friendship', 'partnership', 'dialogue', 'exchange', 'exchanges',
  'solidarity', 'collaboration', 'collaborate', 'implement', 'elevate', 'support', 'progress', 'negotiation',
  'relationship', 'trade', 'agreement', 'invest', 'investment', 'help', 'assist', 'resolve', 'settle', 'joint',
]);

/** Is the verb followed by an object or a clause ("demonstrates that", "demonstrated its resolve")? */
function takesObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  return next.norm === 'that' || ['DET', 'NOUN', 'PRON', 'PROPN', 'NUM', 'ADJ'].includes(next.pos) && !/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(next.norm);
}

/** The tagger sometimes reads a verb as a noun ("and plans to expand", "X lauded"). */
function looksVerbal(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (/ed$/.test(token.norm)) return true;
  // "have organised marches": a participle after an auxiliary, whatever the tagger called it.
  if (/(ed|en)$/.test(token.norm) && previous?.pos === 'AUX') return true;
  // "its promise to hold", "their plan to": after a possessive it is the noun it looks like.
  const pronounSubject = previous?.pos === 'PRON' && !POSSESSIVES.has(previous.norm);
  return (next?.norm === 'to' || next?.norm === 'that') && (previous?.norm === 'and' || previous?.norm === 'also' || previous?.pos === 'PROPN' || pronounSubject);
}

const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/** "is committed to", "are determined to": states of the subject, not passives. */
const STATE_PARTICIPLES = new Set(['committed', 'determined', 'prepared', 'engaged', 'interested', 'concerned', 'convinced', 'pleased', 'satisfied', 'involved', 'opposed', 'inclined']);

function isPassive(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (!verb || !/(ed|en|wn|ne)$/.test(verb.norm) || STATE_PARTICIPLES.has(verb.norm)) return false;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = tokens[i]!;
    if (BE_FORMS.has(t.norm)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** "will visit", "will keep supporting", "is going to": the verb group speaks of the future. */
function isFuture(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const t = tokens[i]!;
    if (t.norm === 'will' || t.norm === "'ll" || t.norm === 'shall') return true;
    if (t.norm === 'going' && tokens[i + 1]?.norm === 'to') return true;
    if (!(t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX' || t.norm === 'to' || t.lemma === 'continue')) return false;
  }
  return false;
}

const REPORTING_VERBS = new Set(['say', 'announce', 'warn', 'threaten', 'declare', 'state', 'tell', 'vow', 'insist', 'add']);

/** "X said they would ...": "would" reports a stated intention, not a hypothesis. */
function inReportedSpeech(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const t = tokens[i]!;
    if (REPORTING_VERBS.has(t.lemma) && t.pos === 'VERB') return true;
    if (t.text === ',' || t.text === ';') return false;
  }
  return false;
}

function wouldInReportedSpeech(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    if (tokens[i]!.norm === 'would') return inReportedSpeech(tokens, i);
    if (tokens[i]!.pos !== 'ADV' && tokens[i]!.pos !== 'AUX') return false;
  }
  return false;
}

/**
 * "refused to extradite", "will not accept", "declined to meet": a stated refusal is itself an
 * event, PLOVER's REJECT (CAMEO 12x); a plain "did not meet" stays uncoded.
 */
function refusalOf(tokens: readonly Token[], at: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const t = tokens[i]!;
    if (['refuse', 'decline', 'reject'].includes(t.lemma)) return '120';
    if ((t.norm === 'not' || t.norm === "n't") && ['will', 'would', 'wo', 'shall', 'can', 'ca'].includes(tokens[i - 1]?.norm ?? '')) return '120';
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === ',') break;
  }
  return null;
}

/** Negated or hypothetical statements are not facts and are not coded. */
export function isNonFactual(tokens: readonly Token[], at: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const t = tokens[i]!;
    if (NEGATIONS.has(t.norm)) return `negated by "${t.text}"`;
    if (t.norm === 'would' && inReportedSpeech(tokens, i)) continue;
    if (MODALS.has(t.norm)) return `hypothetical ("${t.text}")`;
    if (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === ',') break;
  }
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === ';') break;
    if (t.norm === 'if' || t.norm === 'unless' || t.norm === 'whether') return `hypothetical ("${t.text}")`;
  }
  return null;
}

/** An infinitive or gerund under an intention word belongs to that intention ("hope to meet"). */
function isUnderIntention(tokens: readonly Token[], at: number): boolean {
  let before = at - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const previous = tokens[before];
  if (!previous) return false;
  // "ready to deepen trust and widen trade": the second verb shares the "to".
  if (previous.norm === 'and' || previous.norm === 'or') {
    for (let i = before - 1; i >= Math.max(0, before - 8); i--) {
      if (tokens[i]!.norm === 'to' && tokens[i + 1]?.pos === 'VERB' || tokens[i]!.norm === 'to' && tokens[i + 1]?.pos === 'ADV') return isUnderIntention(tokens, i + 1 + (tokens[i + 1]?.pos === 'ADV' ? 1 : 0));
      if (tokens[i]!.text === ',' || tokens[i]!.text === ';') break;
    }
  }
  // "agreed to let Sweden join": the bare infinitive after "let" and its object is as intended as "let" is.
  for (let i = at - 1; i >= Math.max(1, at - 4); i--) {
    if (tokens[i]!.lemma === 'let' && i < at - 1) return isUnderIntention(tokens, i);
    if (!['PROPN', 'NOUN', 'DET', 'PRON', 'ADJ'].includes(tokens[i]!.pos)) break;
  }
  const infinitive = previous.norm === 'to';
  const gerund = tokens[at]?.norm.endsWith('ing') ?? false;
  if (!infinitive && !gerund) return false;
  for (let i = at - 1; i >= Math.max(0, at - 10); i--) {
    if (INTENT_WORDS.has(tokens[i]!.lemma)) return true;
    if (tokens[i]!.text === ';' || tokens[i]!.text === '.') break;
  }
  return false;
}

/**
 * Words whose complement is what someone asked for or offered, not something done: "a
 * proposal for holding talks", "an offer to mediate", "an appeal for sending observers",
 * "pressing farmers to end the blockade". The proposing word is the event (or the
 * rejection of it); what it proposes has not happened.
 */
const PROPOSAL_WORDS = new Set([
  'proposal', 'propose', 'offer', 'appeal', 'demand', 'request', 'plea', 'bid', 'pressure', 'persuade',
  'convince', 'urge', 'ask', 'call', 'suggestion', 'plan', 'tell', 'order', 'instruct', 'press', 'warn',
  // Draft laws: "a bill to amend the constitution" has not amended it.
  'bill', 'motion', 'draft',
]);

/** Verbs whose "that" clause in the base form says what must happen: "demanded that the junta release". */
const MANDATIVE_WORDS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'propose', 'recommend', 'require']);

/**
 * Is the verb a non-finite part of the complement of a proposing word (PROPOSAL_WORDS)? Only
 * infinitives, gerunds and nouns may stand between them: "an EU offer to send experts ... to
 * draft" is one complement, "a request from Kabul, NATO began bombing" is not.
 */
function isInProposal(tokens: readonly Token[], at: number): boolean {
  const trigger = tokens[at]!;
  const nonFinite = tokens[at - 1]?.norm === 'to' || trigger.norm.endsWith('ing');
  if (!nonFinite) return false;
  for (let i = at - 1; i >= Math.max(0, at - 16); i--) {
    const t = tokens[i]!;
    if (PROPOSAL_WORDS.has(t.lemma)) return true;
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':') return false;
    // A finite verb between them starts another clause.
    const isVerb = t.pos === 'VERB' || t.pos === 'AUX';
    if (isVerb && tokens[i - 1]?.norm !== 'to' && !t.norm.endsWith('ing')) return false;
  }
  return false;
}

/**
 * "demanded that its allies reject", "repeated its demands that the council approve":
 * a verb in the base form in a "that" clause of a demand says what is demanded, not what was
 * done. Only the clause's subject may stand between "that" and the verb.
 */
function isDemandedClause(tokens: readonly Token[], at: number): boolean {
  const trigger = tokens[at]!;
  if (trigger.pos !== 'VERB') return false;
  if (trigger.norm !== trigger.lemma) return isDemandedContent(tokens, at);
  for (let i = at - 1; i >= Math.max(1, at - 8); i--) {
    const t = tokens[i]!;
    if (t.norm === 'that') return MANDATIVE_WORDS.has(tokens[i - 1]!.lemma);
    // "demanded that its partners refuse to buy": the base-form verb's infinitive is demanded too.
    const demandedInfinitive = t.pos === 'VERB' && t.norm === t.lemma && tokens[i + 1]?.norm === 'to';
    if (demandedInfinitive) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',' || t.text === ';') return false;
  }
  return false;
}

/** Nouns whose "that" clause says what is asked for: "demanded guarantees that ...". */
const DEMANDED_NOUNS = new Set(['admission', 'acknowledgement', 'acknowledgment', 'apology', 'assurance', 'assurances', 'guarantee', 'guarantees', 'confirmation', 'explanation', 'recognition', 'pledge', 'commitment', 'promise']);
const ASKING_VERBS = new Set(['demand', 'seek', 'ask', 'request', 'want', 'call', 'urge', 'insist', 'press']);

/**
 * "demanded an admission by Moscow that its forces had killed ...", "sought guarantees that
 * the troops would leave": the clause is what the demand asks to be said, not a deed reported.
 */
function isDemandedContent(tokens: readonly Token[], at: number): boolean {
  const that = governingThat(tokens, at, 8);
  if (that < 0) return false;
  for (let k = that - 1; k >= Math.max(1, that - 5); k--) {
    if (!DEMANDED_NOUNS.has(tokens[k]!.norm)) continue;
    for (let v = k - 1; v >= Math.max(0, k - 4); v--) if (ASKING_VERBS.has(tokens[v]!.lemma) && tokens[v]!.pos === 'VERB') return true;
    return false;
  }
  return false;
}

/** The "that" opening the clause the word at `at` stands in, within `span` words of the same clause; -1 if none. */
function governingThat(tokens: readonly Token[], at: number, span: number): number {
  for (let i = at - 1; i >= Math.max(1, at - span); i--) {
    const t = tokens[i]!;
    if (t.text === ';' || t.text === ':' || isClauseEnd(t.text)) return -1;
    if (t.norm === 'that') return i;
  }
  return -1;
}

/** What is denied: "denied reports that", "rejected claims that". */
const DENIED_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions', 'charge', 'charges']);
const DENYING_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut']);

/**
 * "denied that its troops had crossed", "dismissed reports that it had shelled": a deed in a
 * "that" clause its subject denies is not coded as done. The clause may run a few words.
 */
function isDeniedClause(tokens: readonly Token[], at: number): boolean {
  const that = governingThat(tokens, at, 10);
  if (that < 0) return false;
  const before = tokens[that - 1]!;
  if (DENYING_VERBS.has(before.lemma) && before.pos === 'VERB') return true;
  if (!DENIED_NOUNS.has(before.norm)) return false;
  // "denied the Tanzanian government's claims that": the claimant may stand between.
  for (let k = that - 2; k >= Math.max(0, that - 8); k--) {
    if (DENYING_VERBS.has(tokens[k]!.lemma)) return true;
    if (tokens[k]!.pos === 'VERB' || isClauseEnd(tokens[k]!.text)) break;
  }
  return false;
}

/** What an intention is about: force (a threat, 138), meeting (036) or cooperating (030); null when none. */
export function intentionCode(tokens: readonly Token[], from: number): string | null {
  let cooperative = false;
  for (let i = from; i < Math.min(tokens.length, from + 14); i++) {
    const t = tokens[i]!;
    if (t.text === ';') break;
    // "vowed to fight", "pledged to retaliate": an intention to use force is a threat.
    const afterAspect = t.norm.endsWith('ing') && ASPECT_VERBS.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 2]?.norm === 'to';
    if (FORCE_VERBS.has(t.lemma) && (tokens[i - 1]?.norm === 'to' || i === from + 1 || afterAspect)) return '138';
    if (MEETING_VERBS.has(t.lemma) && (tokens[i - 1]?.norm === 'to' || t.norm.endsWith('ing'))) return '036';
    if (COOPERATION_WORDS.has(t.lemma) || COOPERATION_WORDS.has(t.norm)) cooperative = true;
  }
  return cooperative ? '030' : null;
}

/** "support for further deepening trade": what is supported is cooperation itself. */
function supportsCooperation(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.norm !== 'for') return false;
  let i = from + 1;
  while (tokens[i]?.pos === 'ADV' || tokens[i]?.pos === 'ADJ') i += 1;
  const next = tokens[i];
  return next !== undefined && next.norm.endsWith('ing') && COOPERATION_WORDS.has(next.lemma);
}

function findNoun(tokens: readonly Token[], from: number, to: number, nouns: readonly string[]): number {
  for (let i = Math.max(0, from); i <= Math.min(tokens.length - 1, to); i++) {
    const t = tokens[i]!;
    // A past tense is no noun: "has called off" holds no phone call.
    const pastVerb = t.pos === 'VERB' && t.norm.endsWith('ed');
    if (!pastVerb && (nouns.includes(t.lemma) || nouns.includes(t.norm))) return i;
    // The light verb's noun is in its own clause: stop at the next verb or clause break.
    const modifier = t.pos === 'VERB' && /(ed|ing)$/.test(t.norm) && ['DET', 'PRON', 'ADJ', 'ADV'].includes(tokens[i - 1]?.pos ?? '');
    if ((t.pos === 'VERB' && !modifier) || t.text === ';' || t.text === ',') return -1;
  }
  return -1;
}

/** Letters and messages count as congratulations only when the text says they are. */
function isCongratulatory(tokens: readonly Token[], nounAt: number): boolean {
  for (let i = nounAt - 1; i >= Math.max(0, nounAt - 3); i--) {
    if (/^(congratulatory|felicitation|greeting)/.test(tokens[i]!.norm)) return true;
  }
  return tokens[nounAt + 1]?.norm === 'of' && /^congratulation|^greeting/.test(tokens[nounAt + 2]?.norm ?? '');
}

const BRACKETS = new Set(['(', ')', '[', ']']);

/** "told Kyiv to withdraw": a "to" and a verb after the object, before the clause ends. */
function infinitiveFollows(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k + 1 < Math.min(tokens.length, i + 16); k++) {
    const word = tokens[k]!;
    // An object may carry a name in brackets: "workers of the Bus Company (Vahed) to cancel".
    if (BRACKETS.has(word.text)) continue;
    if (word.pos === 'PUNCT' || word.pos === 'VERB') return false;
    if (word.norm === 'to' && tokens[k + 1]!.pos === 'VERB') return true;
  }
  return false;
}

function matchRule(rule: TriggerRule, tokens: readonly Token[], i: number): Trigger | null {
  const token = tokens[i]!;
  if (!rule.verbs) {
    if (!rule.nouns?.includes(token.lemma) && !rule.nouns?.includes(token.norm)) return null;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return null;
    if (rule.preceded) {
      let k = i - 1;
      while (k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k -= 1;
      if (!tokens[k] || !rule.preceded.includes(tokens[k]!.norm)) return null;
    }
    return { at: i, end: i, cameo: rule.cameo, rule, passive: false, reason: () => `noun "${token.text}" (rule ${rule.id})`, fromDictionary: false };
  }
  if (!rule.verbs.includes(token.lemma)) return null;
  if (rule.particle && tokens[i + 1]?.norm !== rule.particle) return null;
  if (rule.intransitive && takesObject(tokens, i)) return null;
  if (rule.infinitive && !infinitiveFollows(tokens, i)) return null;
  if (token.pos !== 'VERB' && token.pos !== 'AUX' && !((token.pos === 'NOUN' || token.pos === 'ADJ') && looksVerbal(tokens, i))) return null;
  const passive = isPassive(tokens, i);
  let end = i;
  if (rule.nouns) {
    const window = rule.window ?? 4;
    let nounAt = findNoun(tokens, i + 1, i + window, rule.nouns);
    if (nounAt < 0 && passive) nounAt = findNoun(tokens, i - 4, i - 1, rule.nouns);
    if (nounAt < 0) return null;
    if ((rule.id === 'congratulatory-letter' || rule.id === 'congratulatory-message') && !isCongratulatory(tokens, nounAt)) return null;
    end = Math.max(i, nounAt);
  }
  return {
    at: i, end, cameo: rule.cameo, rule, passive,
    reason: () => `${rule.nouns ? 'phrase' : 'verb'} "${tokens.slice(i, end + 1).map((t) => t.text).join(' ')}" (rule ${rule.id})`,
    fromDictionary: false,
  };
}

let rulesByWord: Map<string, TriggerRule[]> | null = null;

/** Most words start no rule: one shared empty list rather than a new one per token. */
const NO_RULES: readonly TriggerRule[] = [];

/** The rules a token can start, in the order of TRIGGER_RULES (looked up by lemma and form). */
function rulesFor(token: Token): readonly TriggerRule[] {
  if (!rulesByWord) {
    rulesByWord = new Map();
    for (const rule of TRIGGER_RULES) {
      for (const word of rule.verbs ?? rule.nouns ?? []) {
        const list = rulesByWord.get(word) ?? [];
        if (!list.includes(rule)) list.push(rule);
        rulesByWord.set(word, list);
      }
    }
  }
  const byLemma = rulesByWord.get(token.lemma) ?? NO_RULES;
  const byForm = token.norm !== token.lemma ? rulesByWord.get(token.norm) : undefined;
  if (byForm === undefined) return byLemma;
  return TRIGGER_RULES.filter((r) => byLemma.includes(r) || byForm.includes(r));
}

/**
 * The parts of speech a trigger can have: rules fire on verbs (or nouns and adjectives the
 * tagger mistook for verbs) and on nouns, the verb dictionary on verbs. Most tokens are
 * none of these and are passed over without looking up their words.
 */
const TRIGGER_TAGS = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ']);

export interface TriggerSearch {
  triggers: Trigger[];
  /** Triggers dropped as negated or hypothetical, with the reason, for `explain`. */
  dropped: { trigger: Trigger; why: string }[];
}

/** Verbs whose "of"/"for" + gerund names what someone is said to have done. */
const ALLEGING_VERBS = new Set(['accuse', 'blame', 'charge', 'suspect', 'criticise', 'criticize', 'condemn', 'denounce', 'fault', 'convict', 'acquit']);

/**
 * "accused Malaysia of obstructing humanitarian access": the gerund is the accusation's
 * content, coded by the accusation, not a deed of the speaker's (nor yet a fact).
 */
function isAllegedDeed(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!tokens[i]!.norm.endsWith('ing') || (previous?.norm !== 'of' && previous?.norm !== 'for')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    if (ALLEGING_VERBS.has(tokens[k]!.lemma)) return true;
    if (isClauseEnd(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * "criticised the plan of deploying troops", "the cost of rebuilding": a gerund after a noun
 * and "of" names what the noun is about, a topic rather than a deed reported.
 */
function isNounComplement(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm.endsWith('ing') && tokens[i - 1]?.norm === 'of' && tokens[i - 2]?.pos === 'NOUN';
}

/**
 * "the newly imposed blockade", "a recently signed deal": a participle between an article
 * and its noun describes the noun; it reports no deed of the sentence.
 */
function isAttributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!/(ed|en)$/.test(token.norm)) return false;
  let before = i - 1;
  while (tokens[before]?.pos === 'ADV') before -= 1;
  const next = tokens[i + 1];
  return tokens[before]?.pos === 'DET' && before < i - 1 && (next?.pos === 'NOUN' || next?.pos === 'PROPN');
}

/** The trigger the word at `i` starts: the project's rules first, then the CAMEO verb dictionary. */
function triggerAt(tokens: readonly Token[], i: number): Trigger | null {
  for (const rule of rulesFor(tokens[i]!)) {
    const trigger = matchRule(rule, tokens, i);
    // An intention about nothing the rules know ("seek refuge") leaves the word to the next rule.
    if (trigger?.rule.intent && trigger.rule.id !== 'agree' && !intentionCode(tokens, trigger.end + 1)) continue;
    if (trigger) return trigger;
  }
  const trigger = matchVerbDictionary(tokens, i);
  if (!trigger) return null;
  trigger.passive = isPassive(tokens, i);
  if (PREPARATION_VERBS.has(tokens[i]!.lemma) && intentionCode(tokens, trigger.end + 1) === '138') {
    trigger.cameo = '150';
    const reason = trigger.reason;
    trigger.reason = () => `${reason()}, getting ready to use force: a show of force`;
  }
  return trigger;
}

export function findTriggers(sentence: Sentence): TriggerSearch {
  const tokens = sentence.tokens;
  const triggers: Trigger[] = [];
  const dropped: { trigger: Trigger; why: string }[] = [];
  // Tokens up to here belong to a trigger already found: every trigger starts at the token
  // being read and may run on, so the taken tokens are those up to the furthest end.
  let takenThrough = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= takenThrough || !TRIGGER_TAGS.has(tokens[i]!.pos)) continue;
    let trigger = triggerAt(tokens, i);
    // "announced the suspension of flights", "ordered the expulsion of": the deed the noun
    // names is the event, not the statement or the order (where the dictionary has no pattern
    // of its own for the two: "completed ... withdrawal" is a RETREAT there).
    if (mayAnnounceDeed(tokens[i]!) && !(trigger?.patterned === true && cameoFacts(trigger.cameo) !== null)) {
      const deed = announcedDeed(tokens, i, triggerAt);
      if (deed && cameoFacts(deed.cameo) !== null) trigger = { ...deed, passive: isPassive(tokens, i) };
    }
    if (!trigger) continue;
    if (trigger.rule.id === 'affirm-support' && supportsCooperation(tokens, trigger.end + 1)) {
      trigger.cameo = '030';
      const reason = trigger.reason;
      trigger.reason = () => `${reason()}, support for cooperating: an intention to cooperate`;
    }
    if (trigger.rule.intent) {
      const code = intentionCode(tokens, trigger.end + 1);
      const isAgreement = trigger.rule.id === 'agree';
      if (!code && !isAgreement) continue;
      trigger.cameo = code ?? trigger.cameo;
    }
    if (isUnderIntention(tokens, i) || isInProposal(tokens, i) || isDemandedClause(tokens, i) || isAllegedDeed(tokens, i) || isNounComplement(tokens, i)
      || isAttributiveParticiple(tokens, i)) continue;
    if (isDeniedClause(tokens, i)) {
      dropped.push({ trigger, why: 'in a "that" clause its subject denies' });
      continue;
    }
    if (isFuture(tokens, i) || wouldInReportedSpeech(tokens, i)) trigger.future = true;
    const why = isNonFactual(tokens, i);
    const refusal = why ? refusalOf(tokens, i) : null;
    if (refusal) {
      trigger.cameo = refusal;
      const reason = trigger.reason;
      trigger.reason = () => `${reason()}, refused ("${why}"): a rejection`;
    } else if (why) {
      dropped.push({ trigger, why });
      continue;
    }
    takenThrough = Math.max(takenThrough, trigger.end);
    triggers.push(trigger);
  }
  return { triggers, dropped };
}
