// The coding stage: resolved sentences become event records.
import type { Entity } from '../actors/entities.js';
import { allMembersOf, countryEntity, groupEntity } from '../actors/entities.js';
import type { Mention } from '../actors/mentions.js';
import type { ResolvedSentence } from '../actors/resolve.js';
import type { DocumentActors } from '../actors/registry.js';
import { asPastDay } from '../nlp/dates.js';
import type { ActorRecord, Channel, Document, EventRecord, Token } from '../types.js';
import { SentenceStructure, atLevel, entitiesOf } from './arguments.js';
import { cameoFacts, modeWithChannel } from './cameo.js';
import { DIPLOMATIC_PROTEST, isDiplomaticProtest, isSummonsForGrievance } from './diplomatic-protest.js';
import { Discourse } from './discourse.js';
import { isProtestTopic, topicOf } from './protest-topic.js';
import type { Trigger } from './triggers.js';
import type { TriggerRule } from './rules.js';
import { findTriggers } from './triggers.js';

/** What `attache explain` shows for one trigger. */
export interface TriggerExplanation {
  sentence: number;
  trigger: string;
  reason: string;
  outcome: string;
}

export interface CodingResult {
  events: EventRecord[];
  explanations: TriggerExplanation[];
}

const CHANNEL_WORDS: Record<string, Channel> = {
  letter: 'letter', message: 'message', cable: 'message', telegram: 'message', phone: 'phone', telephone: 'phone',
  visit: 'visit', meeting: 'meeting', talks: 'meeting', briefing: 'meeting', statement: 'statement',
};

/**
 * What an actor says it will do is coded as the intention (PLOVER codes "will visit" as AGREE
 * and "will attack" as THREATEN): the CAMEO "intent" code for each kind of deed.
 */
function futureCode(code: string): string {
  const root = code.slice(0, 2);
  const intentions: Record<string, string> = {
    '04': '036', '05': '032', '06': '031', '07': '033', '08': '035',
    '16': '138', '17': '138', '18': '138', '19': '138', '20': '138',
  };
  return intentions[root] ?? code;
}

/** Military cooperation (CAMEO 062), what a show of force by two countries together is. */
const JOINT_OPERATION = '062';
/** Verbs of talking that say nothing of how: after phone talks, "discussed" is on the phone too. */
const TALK_VERBS = new Set(['discuss', 'talk', 'confer', 'consult', 'negotiate']);
/** CAMEO roots of requests and demands: made of whoever a "that" clause says is to act. */
const REQUEST_ROOTS = new Set(['02', '10']);
/** CAMEO's code for accepting an invitation (express intent to meet or visit). */
const ACCEPTED_INVITATION = '036';
/** Words that open a sentence about something else than the occasion before it. */
const DETACHING_WORDS = new Set(['separately', 'meanwhile', 'elsewhere']);
/** CAMEO's codes for making and hosting a visit. */
const VISIT_CODES = new Set(['042', '043']);
/** How targetsFor says that a clause, not an object, follows a dictionary verb. */
const CLAUSE_FOLLOWS = 'a clause, not an object, follows the verb';
/** CAMEO's military withdrawal, and the verbs that say it of armed forces. */
const MILITARY_WITHDRAWAL = '0874';
const WITHDRAWAL_VERBS = new Set(['withdraw', 'retreat', 'pull']);

/**
 * A show of force by two countries together: the text says "joint", or two countries act,
 * as a compound subject or with a partner in a "with" phrase right after the trigger
 * ("exercises with Russia", not "exercises near the border with Pakistan").
 */
function isJointOperation(trigger: Trigger, tokens: readonly Token[], sources: readonly Entity[], targets: readonly Entity[], targetHow: string | null): boolean {
  for (let k = trigger.at; k <= trigger.end; k++) if (tokens[k]?.norm === 'joint') return true;
  let withPartner = false;
  if (targetHow === '"with" phrase') {
    let k = trigger.end + 1;
    while (k < tokens.length && tokens[k]!.pos !== 'ADP') k += 1;
    withPartner = tokens[k]?.norm === 'with';
  }
  const countries = new Set([...sources, ...(withPartner ? targets : [])].map((s) => s.country).filter((c) => c !== null));
  return countries.size >= 2;
}

/** Speech verbs that relay what others did rather than say something of one's own. */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['report']);

/** Categories where the two sides act together: "X and Y agreed" is one event between them. */
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/** CAMEO roots of actions done to someone: requests, refusals, threats, force, aid. */
const ACTS_ON_OTHERS = new Set(['07', '10', '12', '13', '15', '16', '17', '18', '19', '20']);

/** Words that introduce what a protest is against. */
const PROTEST_CONNECTORS = new Set(['protest', 'against', 'over']);

/** Words that tie a criticised thing to whoever did it: "the launch by North Korea", "the decision of the court". */
const DOER_CONNECTORS = new Set(['by', 'of']);

/** Tags of the words of a noun phrase (wink now and then tags "launch" in "missile launch" a verb). */
const THING_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'VERB', 'NUM', 'PROPN']);

/** CAMEO roots whose events often have no target: agreeing, protesting, mobilising, retreating. */
const INTRANSITIVE_ROOTS = new Set(['03', '08', '14', '15']);

/** CAMEO roots whose acts stand without another party: concessions, protest, shows of force. */
const STANDS_ALONE_ROOTS = new Set(['08', '14', '15']);

/**
 * CAMEO roots of acts aimed at the state where they happen: a protest, a blockade, a curfew or
 * a ban by a country's own people or officials is aimed at that country ("Canadian truckers
 * blocked the roads into Ottawa"), so its own country may be the target of such an act.
 */
const DOMESTIC_TARGET_ROOTS = new Set(['13', '14', '17']);

/** Nouns a country's adjective places a deed at: "near the Afghan border". */
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers']);

/** "the Afghan border", not "Polish border posts", which are the country's own. */
function placesAtBorder(mention: Mention, tokens: readonly Token[]): boolean {
  return BORDER_WORDS.has(tokens[mention.end]?.norm ?? '') && tokens[mention.end + 1]?.pos !== 'NOUN';
}

/** Categories that need someone on the receiving end to be an event in this domain. */
const NEEDS_TARGET = new Set(['SUPPORT', 'CONSULT', 'ACCUSE', 'AID', 'SANCTION', 'COERCE', 'ASSAULT']);

function actorRecord(entity: Entity, text: string): ActorRecord {
  return { text, name: entity.name, country: entity.country, sector: entity.sector, role: entity.role };
}

/** The channel word nearest the trigger, within its phrase. */
function nearbyChannel(tokens: readonly Token[], trigger: Trigger): Channel | null {
  for (let i = Math.max(0, trigger.at - 2); i <= Math.min(tokens.length - 1, trigger.end + 2); i++) {
    const token = tokens[i]!;
    const channel = CHANNEL_WORDS[token.norm];
    if (channel && token.pos === 'NOUN' && tokens[i - 1]?.norm !== 'to') return channel;
  }
  return null;
}

/** "phone" or "telephone" among the tokens from `start` to `end` (exclusive). */
function mentionsPhone(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < Math.min(end, tokens.length); i++) {
    if (tokens[i]!.norm === 'phone' || tokens[i]!.norm === 'telephone') return true;
  }
  return false;
}

/** Channels of what one side sends and the other receives. */
const SENT_CHANNELS = new Set<Channel | undefined>(['letter', 'message', 'phone']);
/** Verbs of receiving: "received a letter", "took a call". */
const RECEIVING_VERBS = new Set(['receive', 'take']);

/** A letter, message or call the subject received (rather than sent or made): its sender is the source. */
function isReception(trigger: Trigger, tokens: readonly Token[]): boolean {
  return !trigger.fromDictionary && SENT_CHANNELS.has(trigger.rule.channel) && RECEIVING_VERBS.has(tokens[trigger.at]?.lemma ?? '');
}

const CHANNEL_PREPOSITIONS = new Set(['in', 'by', 'via', 'through', 'over', 'during']);

/**
 * "congratulated X on his inauguration in a letter on 9 February": a prepositional phrase
 * after the verb that names the channel, within the verb's clause (up to the next verb).
 */
function channelAdjunct(tokens: readonly Token[], trigger: Trigger): Channel | null {
  for (let i = trigger.end + 1; i < Math.min(tokens.length, trigger.end + 16); i++) {
    const token = tokens[i]!;
    if (token.pos === 'VERB' || token.text === ';') return null;
    if (!CHANNEL_PREPOSITIONS.has(token.norm)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
      const word = tokens[k]!;
      const channel = CHANNEL_WORDS[word.norm];
      if (channel && word.pos === 'NOUN') return channel;
      if (!['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN'].includes(word.pos)) break;
    }
  }
  return null;
}

/** "the elevation of relations during the president's visit to Chile": the occasion of the elevation. */
function visitInPhrase(tokens: readonly Token[], trigger: Trigger): Channel | null {
  for (let i = trigger.at + 1; i < Math.min(tokens.length, trigger.at + 16); i++) {
    if (tokens[i]!.pos === 'VERB') return null;
    if (tokens[i]!.lemma === 'visit') return 'visit';
  }
  return null;
}

/** "In his congratulatory letter, X ...": the whole sentence is carried by the letter. */
function frontedChannel(tokens: readonly Token[]): Channel | null {
  if (tokens[0]?.norm !== 'in') return null;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    if (tokens[i]!.text === ',') return null;
    const channel = CHANNEL_WORDS[tokens[i]!.norm];
    if (channel === 'letter' || channel === 'message' || channel === 'statement') return channel;
  }
  return null;
}

const CONGRATULATORY_NOTE: TriggerRule = { id: 'congratulatory-note', cameo: '051', target: [], implicitTarget: true };

/** "In his congratulatory letter, X ...": writing it is congratulating, whatever X then says. */
function congratulatoryNote(tokens: readonly Token[]): Trigger | null {
  if (tokens[0]?.norm !== 'in') return null;
  for (let i = 1; i < Math.min(tokens.length, 6); i++) {
    if (tokens[i]!.text === ',') return null;
    if (/^congratulatory$|^felicitation/.test(tokens[i]!.norm)) {
      return { at: i, end: i, cameo: '051', rule: CONGRATULATORY_NOTE, passive: false, reason: () => `fronted "${tokens[i]!.text} ${tokens[i + 1]?.text ?? ''}"`, fromDictionary: false };
    }
  }
  return null;
}

const OBLIGATION: TriggerRule = { id: 'obligation', cameo: '100', target: [] };

/** "X said the militia must hand over its weapons": telling another actor what it must do is a demand. */
function obligations(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  tokens.forEach((token, at) => {
    if (token.norm !== 'must' && token.norm !== 'should') return;
    if (tokens[at + 1]?.norm === 'not' || tokens[at + 1]?.norm === "n't") return;
    found.push({ at, end: at, cameo: '100', rule: OBLIGATION, passive: false, reason: () => `obligation "${token.text}" laid on another actor`, fromDictionary: false });
  });
  return found;
}

export class DocumentCoder {
  private readonly discourse: Discourse;
  private readonly events: EventRecord[] = [];
  private readonly explanations: TriggerExplanation[] = [];
  private readonly seen = new Set<string>();
  /** The person the previous sentence was about: "Việt Nam also stands ready ..." continues their words. */
  private previousSpeaker: Entity | null = null;

  constructor(private readonly document: Document, private readonly actors: DocumentActors, private readonly keepExplanations = true) {
    this.discourse = new Discourse();
  }

  result(): CodingResult {
    return { events: this.events, explanations: this.explanations };
  }

  /** Events coded since the last call, so that huge documents can hand them on as they come. */
  takeEvents(): EventRecord[] {
    return this.events.splice(0, this.events.length);
  }

  private textOf(entity: Entity, sentence: ResolvedSentence): string {
    const mention = sentence.mentions.find((m) => m.entity === entity || (m.entity?.kind === 'group' && m.entity.members.includes(entity)));
    return mention?.text ?? entity.name ?? entity.country ?? '';
  }

  private counterpart(source: Entity, level: 'person' | 'organisation' | 'country'): Entity | null {
    const partner = this.discourse.partnerFor(source);
    if (!partner) return null;
    const homeParty = this.actors.homeParty();
    return atLevel(partner, level, homeParty);
  }

  private resolveTargets(mentions: Mention[], source: Entity, allowBilateral = true, ownCountry = false): Entity[] {
    const targets: Entity[] = [];
    for (const mention of mentions) {
      if (mention.kind === 'bilateral' && !allowBilateral) continue;
      const entity = mention.kind === 'bilateral'
        ? this.counterpart(source, mention.constraint?.level ?? 'country')
        : mention.entity;
      // "Russia values its partnership": a person's own country is not its target.
      // Acts aimed at the state where they happen may name its own country ("blocked the roads
      // into Ottawa"); a pronoun ("closed its border") still stands for the actor itself.
      const ownCountryCounts = ownCountry && mention.kind !== 'pronoun';
      if (!ownCountryCounts && entity?.kind === 'country' && source.kind !== 'country' && entity.country === source.country) continue;
      // "withdrew its troops": the source's own forces are what it acts with, not upon.
      if (mention.constraint?.institution && entity && entity.country === source.country) continue;
      if (entity && !targets.includes(entity)) targets.push(entity);
    }
    return targets;
  }

  private sourcesFor(trigger: Trigger, structure: SentenceStructure, sentence: ResolvedSentence, previous: Entity[] | null): { sources: Entity[]; how: string; pairTarget?: Entity; pairHow?: string } {
    // "X received a congratulatory letter from Y": Y wrote it, to X.
    if (isReception(trigger, sentence.sentence.tokens)) {
      const givers = entitiesOf(structure.prepositionalTarget(trigger.end + 1, ['from']));
      const recipient = structure.adjacentSubject(trigger.at);
      const recipients = recipient ? structure.subjectEntities(recipient) : sentence.subject ? [sentence.subject] : [];
      if (givers.length > 0 && recipients[0]) {
        return { sources: givers, how: '"from" phrase of what the subject received', pairTarget: recipients[0], pairHow: 'the subject, who received it' };
      }
    }
    if (trigger.passive) {
      const agents = entitiesOf(structure.agentOfPassive(trigger.end));
      if (agents.length > 0) return { sources: agents, how: 'by-phrase of the passive' };
    }
    const adjacent = trigger.passive ? null : structure.adjacentSubject(trigger.at);
    if (adjacent?.entity) return { sources: structure.subjectEntities(adjacent), how: `subject "${adjacent.text}"` };
    const pairSubject = adjacent && !adjacent.entity && (adjacent.kind === 'bilateral' || adjacent.constraint?.plural);
    if (pairSubject && this.discourse.pair) {
      // "the two countries" are the talks' sides as states; "the two leaders" as themselves.
      const level = adjacent.kind === 'bilateral' && adjacent.constraint?.level === 'country' ? 'country' : null;
      const [one, other] = this.discourse.pair.map((side) => (level ? atLevel(side, level, null) ?? side : side)) as [Entity, Entity];
      return { sources: [one], how: `subject "${adjacent.text}": the two sides of the talks`, pairTarget: other };
    }
    // "..., and the government faces ...": a subject of its own that stands for nobody known
    // is not the sentence's subject either.
    if (adjacent && !adjacent.entity && !pairSubject && adjacent.kind === 'description') return { sources: [], how: `subject "${adjacent.text}", which names no known actor` };
    // "..., and business groups on both sides have called for": someone unnamed acts, not the sentence's subject.
    if (!trigger.passive && !adjacent && structure.hasOwnClauseSubjectWithoutActor(trigger.at)) return { sources: [], how: 'a clause subject of its own that names no actor' };
    const beforeAside = trigger.passive || adjacent ? null : structure.subjectAcrossAside(trigger.at);
    if (beforeAside) return { sources: structure.subjectEntities(beforeAside), how: `subject "${beforeAside.text}" before an aside` };
    // "protesters in Nairobi who demanded ...": a relative clause's verb is its noun's.
    const antecedent = trigger.passive || adjacent ? null : structure.relativeAntecedent(trigger.at);
    if (antecedent) return { sources: structure.subjectEntities(antecedent), how: `"${antecedent.text}", whom the relative clause is about` };
    // "Ruritanian jets, flying low over the valley, struck ...": the main verb's subject.
    if (sentence.subject && structure.isMainVerb(trigger.at, sentence.clauseStart)) {
      return { sources: [sentence.subject], how: `subject "${sentence.subject.name ?? sentence.subject.country}" of the main verb` };
    }
    if (structure.sharesEarlierSubject(trigger.at)) {
      if (previous && previous.length > 0) return { sources: previous, how: 'shared with the previous verb' };
      if (sentence.subject) return { sources: [sentence.subject], how: 'subject of the main clause' };
    }
    if (sentence.subject) return { sources: [sentence.subject], how: 'subject of the sentence' };
    const speaker = structure.speakerFor(trigger.at);
    return { sources: speaker ? [speaker] : [], how: 'speaker' };
  }

  /** "Russia greatly appreciates ...", said by Putin, is Putin's statement. */
  private speakerFor(source: Entity, trigger: Trigger, structure: SentenceStructure, spoken: boolean): Entity {
    if (source.kind === 'person') return source;
    // "China summoned the ambassador, the state news agency reported": who reports a deed
    // does not speak for its doer.
    const explicit = structure.speakerFor(trigger.at, REPORTING_VERBS);
    // Reported, the deed is the source's own: not the speaker's of an earlier sentence either.
    if (!explicit && structure.speakerFor(trigger.at)) return source;
    // "Minister Le Van Hoa said Vietnam will lower tariffs ...": a speaker of unknown country who
    // states his country's commitments speaks for it.
    if (explicit?.kind === 'person' && explicit.country === null && source.kind === 'country') explicit.country = source.country;
    const speaker = explicit ?? (source.kind === 'country' && spoken ? this.previousSpeaker : null);
    if (speaker && speaker.kind !== 'country' && speaker !== source && speaker.country && speaker.country === source.country) return speaker;
    return source;
  }

  private targetsFor(trigger: Trigger, structure: SentenceStructure, sources: Entity[], sentenceTokens: readonly Token[]): { targets: Entity[]; how: string } {
    const source = sources[0]!;
    const ownCountry = DOMESTIC_TARGET_ROOTS.has(trigger.cameo.slice(0, 2));
    // "killed militants near the Afghan border": the border places the deed; only a show of
    // force there ("massed troops on the Ukrainian border") is aimed at the country beyond it.
    const bordersCount = trigger.cameo.startsWith('15');
    const resolveTargets = (mentions: Mention[], actor: Entity, allowBilateral = true): Entity[] => this.resolveTargets(
      bordersCount ? mentions : mentions.filter((m) => !placesAtBorder(m, sentenceTokens)), actor, allowBilateral, ownCountry);
    if (trigger.passive && trigger.rule.id !== 'give-congratulations' && trigger.rule.id !== 'congratulatory-letter') {
      const patients = entitiesOf(structure.passiveSubject(trigger.at));
      if (patients.length > 0) return { targets: patients, how: 'subject of the passive' };
    }
    if (trigger.rule.id === 'accept-invitation') {
      const inviter = this.discourse.inviterFor(source);
      if (inviter) return { targets: [inviter], how: 'whoever invited the source' };
    }
    if (trigger.rule.intent) {
      const intended = resolveTargets(structure.intendedTarget(trigger.end + 1), source).filter((t) => !sources.includes(t));
      if (intended.length > 0) return { targets: intended, how: 'target of the intended action' };
      // "hope that the A party and the CPV will deepen their ties": the other party named.
      const others = resolveTargets(structure.thatClauseMentions(trigger.end + 1), source)
        .filter((t) => !sources.includes(t) && t !== source.organisation && t.country !== source.country);
      if (others[0]) return { targets: [others[0]], how: 'the other party in the hoped-for clause' };
    }
    // "demanded that Japan withdraw ...", "proposed that the two sides increase trade": a request
    // is made of whoever its "that" clause says is to act.
    const askedInClause = (): { targets: Entity[]; how: string } | null => {
      if (trigger.rule.intent || !REQUEST_ROOTS.has(trigger.cameo.slice(0, 2))) return null;
      const asked = resolveTargets(structure.thatClauseMentions(trigger.end + 1), source).find((t) => !sources.includes(t));
      return asked ? { targets: [asked], how: 'subject of the "that" clause' } : null;
    };
    if (trigger.fromDictionary && structure.clauseFollows(trigger.end)) return askedInClause() ?? { targets: [], how: CLAUSE_FOLLOWS };
    // "the two sides", "bilateral" stand for a counterpart only in the project's own rules.
    const resolve = (mentions: Mention[]): Entity[] => resolveTargets(mentions, source, !trigger.fromDictionary).filter((t) => !sources.includes(t));
    // "investigating abuses by the police": an investigation is aimed at whoever did the deed.
    if (trigger.cameo.startsWith('09')) {
      const suspects = resolve(structure.agentInObject(trigger.end + 1));
      if (suspects.length > 0) return { targets: suspects, how: 'who did what is investigated ("by" phrase)' };
    }
    let prepositionsTried = false;
    for (const slot of trigger.rule.target) {
      if (slot === 'object' || slot === 'possessor') {
        const mentions = slot === 'possessor' ? structure.possessorOf(trigger.at)
          : trigger.rule.nouns && trigger.rule.verbs
            ? structure.objectTarget(trigger.at).filter((m) => m.start < trigger.end)
            : structure.objectTarget(trigger.end);
        const targets = resolve(mentions);
        if (targets.length > 0) return { targets, how: slot === 'object' ? 'object of the verb' : '"possessor" phrase' };
        continue;
      }
      if (prepositionsTried) continue;
      prepositionsTried = true;
      // Of the phrases the rule accepts, the one closest to the verb: "agreed to Norwegian mediation
      // in the talks with the rebels" is agreed with Norway.
      let best: { targets: Entity[]; start: number; slot: string } | null = null;
      for (const preposition of trigger.rule.target) {
        if (preposition === 'object' || preposition === 'possessor') continue;
        const mentions = structure.prepositionalTarget(trigger.end + 1, [preposition]);
        const targets = resolve(mentions);
        const start = mentions[0]?.start ?? Infinity;
        if (targets.length > 0 && (!best || start < best.start)) best = { targets, start, slot: preposition };
      }
      if (best) return { targets: best.targets, how: `"${best.slot}" phrase` };
    }
    const intended = resolveTargets(structure.intendedTarget(trigger.end + 1), source).filter((t) => !sources.includes(t));
    if (intended.length > 0 && !trigger.rule.intent) return { targets: intended, how: 'target of the verb it governs' };
    const asked = askedInClause();
    if (asked) return asked;
    const bilateral = trigger.fromDictionary ? null : structure.bilateralAfter(trigger.at);
    if (bilateral) {
      const targets = resolveTargets([bilateral], source).filter((t) => !sources.includes(t));
      if (targets.length > 0) return { targets, how: `"${bilateral.text}": the source's counterpart` };
    }
    // "summoned the Chadian envoy to complain about the raids": a deed done for a purpose is aimed
    // at the object of the verb it serves.
    const served = structure.purposeObject(trigger.at);
    if (served) {
      const targets = resolveTargets([served], source).filter((t) => !sources.includes(t));
      if (targets.length > 0) return { targets, how: 'object of the verb the purpose clause serves' };
    }
    // Actions on others ("would suspend all trade with Peru"): the next actor in the clause.
    if (trigger.fromDictionary || ACTS_ON_OTHERS.has(trigger.cameo.slice(0, 2))) {
      const next = resolveTargets(structure.nextActorInClause(trigger.end), source, false).filter((t) => !sources.includes(t));
      if (next.length > 0) return { targets: next, how: 'the next actor in the clause' };
    }
    // "staged a sit-in to protest Canada's ruling", "in protest against abuses by
    // the border police": a protest's target is whoever the protested thing belongs to.
    if (trigger.cameo.startsWith('14')) {
      const tokens = sentenceTokens;
      for (let i = trigger.end + 1; i < Math.min(tokens.length, trigger.end + 12); i++) {
        if (!PROTEST_CONNECTORS.has(tokens[i]!.lemma)) continue;
        const protested = resolveTargets(structure.nextActorInClause(i), source, false).filter((t) => !sources.includes(t));
        if (protested.length > 0) return { targets: protested, how: `what is protested ("${tokens[i]!.text} ...")` };
        break;
      }
    }
    // "condemned the missile launch by North Korea": criticism of a deed is aimed at its doer.
    if (trigger.cameo.startsWith('11')) {
      const doer = this.doerOfObject(trigger, structure, sentenceTokens, source).filter((t) => !sources.includes(t));
      if (doer.length > 0) return { targets: doer, how: 'whoever did what is criticised ("by"/"of" phrase)' };
    }
    if (trigger.rule.implicitTarget) {
      const partner = this.discourse.sceneFor(source) ? this.discourse.partnerFor(source) : this.discourse.focus;
      if (partner && !sources.includes(partner)) return { targets: [partner], how: 'the person the article is about' };
    }
    return { targets: [], how: 'no target' };
  }

  /** The actor of a "by"/"of" phrase right after the object noun phrase of the trigger. */
  private doerOfObject(trigger: Trigger, structure: SentenceStructure, tokens: readonly Token[], source: Entity): Entity[] {
    const limit = Math.min(tokens.length, trigger.end + 8);
    for (let i = trigger.end + 1; i < limit; i++) {
      const token = tokens[i]!;
      if (DOER_CONNECTORS.has(token.norm)) {
        // Only after a thing was named: "condemned by X" is the passive, handled elsewhere.
        return i > trigger.end + 1 ? this.resolveTargets(structure.nextActorInClause(i), source, false) : [];
      }
      if (!THING_PHRASE_TAGS.has(token.pos)) return [];
    }
    return [];
  }

  /** Elevating ties "during the visit to Chile" by the Vietnamese side: country to country. */
  private elevationParties(trigger: Trigger, sentence: ResolvedSentence, structure: SentenceStructure): Entity[] {
    const countries: string[] = [];
    const add = (country: string | null): void => { if (country && !countries.includes(country)) countries.push(country); };
    for (const mention of sentence.mentions) {
      if (mention.start > trigger.at && mention.start < trigger.at + 30) add(mention.entity?.country ?? null);
    }
    const speaker = structure.speakerFor(trigger.at);
    if (countries.length < 2 && speaker) {
      const partner = this.discourse.partnerFor(speaker);
      add(partner?.country ?? null);
      add(speaker.country);
    }
    return countries.map(countryEntity);
  }

  private dateFor(trigger: Trigger, sentence: ResolvedSentence, coding: readonly Trigger[], inherited: string | null): { date: string | null; explicit: boolean } {
    const limit = this.document.published;
    // "later this year" in an article of this year is no event's day.
    const tokens = sentence.sentence.tokens;
    const usable = sentence.sentence.dates.map((d) => asPastDay(d, limit, tokens))
      .filter((d) => !limit || (d.value.slice(0, 10) <= limit && !(d.value.length < 10 && limit.startsWith(d.value))));
    const pool = coding.includes(trigger) ? coding : [...coding, trigger];
    // A date belongs to the closest event before it ("visited X in May"), else the closest after.
    const mine = usable.filter((d) => {
      const at = tokens.findIndex((t) => t.start >= d.start);
      const before = pool.filter((t) => t.at <= at && at - t.end <= 25);
      const candidates = before.length > 0 ? before : pool;
      const nearest = candidates.reduce((best, t) => (Math.abs(t.at - at) < Math.abs(best.at - at) ? t : best), trigger);
      return nearest === trigger;
    });
    if (mine[0]) return { date: mine[0].value, explicit: true };
    return { date: inherited ?? this.document.published, explicit: false };
  }

  codeSentence(sentence: ResolvedSentence): void {
    // With no actor in the sentence there is nobody to do anything: skip the trigger search
    // (unless explaining, where the patterns that fired are worth seeing anyway).
    if (!this.keepExplanations && !sentence.mentions.some((m) => m.entity || m.kind === 'bilateral')) return;
    const { triggers, dropped } = findTriggers(sentence.sentence);
    const tokens = sentence.sentence.tokens;
    for (const { trigger, why } of this.keepExplanations ? dropped : []) {
      this.explanations.push({ sentence: sentence.sentence.index, trigger: tokens[trigger.at]!.text, reason: trigger.reason(), outcome: `dropped: ${why}` });
    }
    // Until someone is congratulated, the article is about the first person it names.
    this.discourse.focus ??= sentence.mentions.find((m) => m.entity?.kind === 'person')?.entity ?? null;
    const structure = new SentenceStructure(sentence);
    const fronted = frontedChannel(tokens);
    const note = congratulatoryNote(tokens);
    if (note) triggers.unshift(note);
    triggers.push(...obligations(tokens));
    let previousSources: Entity[] | null = null;
    let previousPairTarget: Entity | null = null;
    // The day the text gives the last event coded in this sentence.
    let sharedDay: string | null = null;
    // The last trigger that coded an event: a verb coordinated with it ("accused ... and
    // threatened") shares its subject, if only participles and infinitives stand between them.
    let lastCoded: Trigger | null = null;
    // The triggers that can code an event: the ones a date in the sentence may belong to.
    const codingTriggers = triggers.filter((t) => cameoFacts(t.cameo) !== null);
    const firstEvent = this.events.length;
    // "Separately, ...", "Meanwhile, ...": the sentence leaves the occasion the article was on.
    const detached = DETACHING_WORDS.has(tokens[0]?.norm ?? '') || (tokens[0]?.norm === 'in' && tokens[2]?.norm === 'separate');
    for (const trigger of triggers) {
      const coded = cameoFacts(trigger.future ? futureCode(trigger.cameo) : trigger.cameo);
      // A rule may follow the PLOVER manual where it files the action elsewhere than the table;
      // not once its code has changed ("declined to resign" is a refusal, not a resignation).
      let facts = coded && trigger.rule.plover && !trigger.future && trigger.cameo === trigger.rule.cameo
        ? { ...coded, plover: trigger.rule.plover, mode: trigger.rule.mode ?? coded.mode } : coded;
      const explain = (outcome: string): void => {
        if (this.keepExplanations) this.explanations.push({ sentence: sentence.sentence.index, trigger: tokens.slice(trigger.at, trigger.end + 1).map((t) => t.text).join(' '), reason: trigger.reason(), outcome });
      };
      if (!facts) { explain(`CAMEO ${trigger.cameo} has no PLOVER category`); continue; }
      if (isProtestTopic(trigger, triggers, tokens, structure)) { explain('what a protest is staged for: the PLOVER manual codes the protest alone'); continue; }

      let sources: Entity[];
      let targets: Entity[];
      let how: string;
      // How the source was found (sourcesFor's words), read by the checks below; `how` itself is
      // for explanations only, and is not read back (the whole text would be built to be read).
      let sourceHow = '';
      // How the target was found (targetsFor's words), for the joint-operation check below.
      let targetHow: string | null = null;
      if (trigger.rule.id === 'elevate-ties') {
        const parties = this.elevationParties(trigger, sentence, structure);
        if (parties.length < 2) { explain('no two parties found'); continue; }
        sources = [parties[0]!];
        targets = [parties[1]!];
        how = 'the two countries of the elevated ties';
      } else if (trigger.rule.id === 'obligation') {
        const speaker = structure.speakerFor(trigger.at);
        const adjacent = structure.adjacentSubject(trigger.at);
        // "said that the army and the militias in Kivu must ...": whoever the clause names.
        const obliged = adjacent ? structure.subjectEntities(adjacent) : entitiesOf(structure.mentionsBefore(trigger.at, 8));
        if (!speaker || obliged.length === 0) { explain('no speaker or no obliged actor'); continue; }
        sources = [speaker];
        targets = allMembersOf(obliged).filter((t) => t !== speaker);
        how = `speaker "${speaker.name ?? speaker.country}" lays an obligation on the clause's subject`;
      } else {
        const found = this.sourcesFor(trigger, structure, sentence, previousSources);
        // Only words pass to an earlier speaker: "the two countries established relations" is the countries' deed.
        const spoken = facts.quad.startsWith('verbal') && !found.pairTarget;
        sources = allMembersOf(found.sources).map((s) => this.speakerFor(s, trigger, structure, spoken));
        sources = sources.filter((s, i) => sources.indexOf(s) === i);
        if (sources.length === 0) { explain('no source found'); continue; }
        previousSources = found.sources;
        // "The two leaders held talks ... and signed an agreement": the verb that shares the
        // subject shares the other side of the talks too, unless it names a target of its own.
        const sharedPair: Entity | null = found.pairTarget ?? (found.how.startsWith('shared with the previous verb') ? previousPairTarget : null);
        previousPairTarget = sharedPair;
        let targetSearch = found.pairTarget
          ? { targets: [found.pairTarget], how: found.pairHow ?? 'the other side of the talks' }
          : this.targetsFor(trigger, structure, sources, tokens);
        if (targetSearch.targets.length === 0 && sharedPair) targetSearch = { targets: [sharedPair], how: 'the other side of the talks, as for the verb it shares its subject with' };
        // "blocked the highway to demand higher prices from the government": the protest is aimed at whoever its topic asks.
        const topic = targetSearch.targets.length === 0 ? topicOf(trigger, triggers, tokens, structure) : null;
        if (topic) {
          const asked = this.targetsFor(topic, structure, sources, tokens);
          targetSearch = { targets: asked.targets, how: `of what it is staged for, ${asked.how}` };
        }
        targets = allMembersOf(targetSearch.targets);
        targetHow = targetSearch.how;
        sourceHow = found.how;
        how = `source: ${found.how}; target: ${targetSearch.how}`;
      }
      // "said Poland would support Ukraine": when the clause after a dictionary verb has a deed of
      // its own, that deed is the event; the verb's pattern only saw the deed's word.
      if (targetHow === CLAUSE_FOLLOWS && triggers.some((other) => other !== trigger && other.at > trigger.end && other.at - trigger.end <= 12)) {
        explain('the clause it introduces carries the event');
        continue;
      }
      // "He invited Modi to visit, and Modi accepted": accepting with nothing named accepts the invitation.
      const inviter = trigger.rule.id === 'accept' && targets.length === 0 && sources.length === 1 ? this.discourse.invitedBy(sources[0]!) : null;
      if (inviter) {
        facts = cameoFacts(ACCEPTED_INVITATION) ?? facts;
        targets = [inviter];
        how += '; nothing named: the invitation the source was given';
      }
      targets = targets.filter((t) => !sources.some((s) => s.organisation === t));
      // "threatened to close the port if Ankara refused": a threat is aimed at whoever its condition is on.
      if (targets.length === 0 && facts.plover === 'THREATEN') {
        const conditioned = this.resolveTargets(structure.conditionSubject(trigger.end + 1), sources[0]!).filter((t) => !sources.includes(t));
        if (conditioned.length > 0) {
          targets = conditioned;
          how += '; target: the subject of its condition';
        }
      }
      if (trigger.rule.possessed) {
        // Crediting is coded between countries: a leader crediting their own party is narrative.
        targets = targets.filter((t) => t.kind !== 'country' && !sources.some((s) => s.country && s.country === t.country));
        const governed = triggers.some((other) => other !== trigger && !other.fromDictionary && other.at < trigger.at && trigger.at - other.end <= 6);
        if (governed) { explain('part of another event\'s object'); continue; }
      }
      // The PLOVER manual: joint military operations are COOPERATE, only one country's are MOBILIZE.
      if (facts.plover === 'MOBILIZE' && isJointOperation(trigger, tokens, sources, targets, targetHow)) {
        facts = cameoFacts(JOINT_OPERATION) ?? facts;
        how += '; two countries together: a joint operation';
      }
      // "Russian forces withdrew from the town": armed forces yielding ground withdraw militarily
      // (CAMEO 0874, RETREAT), where the verb alone says only that someone yielded (080).
      if (facts.cameo === '080' && WITHDRAWAL_VERBS.has(tokens[trigger.at]!.lemma) && sources.every((s) => s.sector === 'MIL')) {
        facts = cameoFacts(MILITARY_WITHDRAWAL) ?? facts;
        how += '; armed forces withdrawing: a military withdrawal';
      }
      // "X and Y signed a treaty": in a symmetric event the two sides are source and target.
      if (targets.length === 0 && sources.length >= 2 && (SYMMETRIC.has(facts.plover) || trigger.rule.mutual)) {
        targets = sources.slice(1);
        sources = sources.slice(0, 1);
        how += '; compound subject of a symmetric event';
      }
      if (targets.length === 0 && NEEDS_TARGET.has(facts.plover) && !trigger.fromDictionary && !trigger.rule.standsAlone) { explain(`no target (${how})`); continue; }
      // Talks take two, whichever verb names them: "faced a challenge" meets nobody.
      if (targets.length === 0 && facts.plover === 'CONSULT') { explain(`talks with nobody (${how})`); continue; }
      // A dictionary verb in a purpose clause ("began a strike to protest") acts for the main
      // subject; in an -ing elaboration ("..., promoting peace") it is description, not an event.
      const purpose = structure.isPurposeInfinitive(trigger.at)
        && (sourceHow.startsWith('shared with the previous verb') || sourceHow.startsWith('subject of the main clause'));
      // "X accused the army ... and threatened to retaliate": coordinated verbs share X.
      const coordinated = sourceHow.startsWith('shared with the previous verb') && structure.followsAnd(trigger.at)
        && lastCoded !== null && trigger.at - lastCoded.end <= 12
        && triggers.every((t) => t.at <= lastCoded!.at || t.at >= trigger.at || tokens[t.at]!.norm.endsWith('ing') || tokens[t.at - 1]?.norm === 'to');
      const ownSubject = sourceHow.startsWith('subject "') || sourceHow.startsWith('by-phrase') || purpose || coordinated;
      if (trigger.fromDictionary && !ownSubject) { explain(`dictionary verb without its own subject (${how})`); continue; }
      // Without a target, a dictionary verb counts only when its own subject acts ("Chile threatened to ...").
      if (trigger.fromDictionary && targets.length === 0 && !INTRANSITIVE_ROOTS.has(trigger.cameo.slice(0, 2)) && !trigger.patterned && !(sourceHow.startsWith('subject "') || coordinated)) { explain(`dictionary verb without a target (${how})`); continue; }
      if (targets.length === 0 && !trigger.fromDictionary && facts.plover === 'AGREE' && trigger.rule.intent && trigger.rule.id !== 'agree') { explain(`no target (${how})`); continue; }
      if (facts.plover === 'CONSULT' && isSummonsForGrievance(trigger, triggers, tokens, structure)) {
        explain('a summons to present a grievance: the PLOVER manual codes the grievance alone');
        continue;
      }
      if (isDiplomaticProtest(trigger, triggers, tokens, sources, structure)) {
        facts = cameoFacts(DIPLOMATIC_PROTEST) ?? facts;
        how += '; a state protests in words: disapproval, as the PLOVER manual files it';
      }

      const phoned = mentionsPhone(tokens, Math.max(0, trigger.at - 2), trigger.end + 1);
      // "The two presidents discussed ...", after their phone talks: the same talks, by phone.
      const sameTalks = sourceHow.includes('the two sides of the talks') && TALK_VERBS.has(tokens[trigger.at]!.lemma)
        ? this.discourse.sceneFor(sources[0]!)?.channel ?? null : null;
      const explicitChannel = (phoned ? 'phone' : null) ?? sameTalks ?? trigger.rule.channel ?? fronted ?? nearbyChannel(tokens, trigger) ?? channelAdjunct(tokens, trigger)
        ?? (trigger.rule.id === 'elevate-ties' ? visitInPhrase(tokens, trigger) : null)
        // CAMEO's "make a visit" and "host a visit" are visits, whatever word said so ("arrived for").
        ?? (VISIT_CODES.has(facts.cameo) ? 'visit' : null);
      // Talks by phone are CAMEO's telephone discussion, whichever word said "talks".
      if (facts.cameo === '040' && explicitChannel === 'phone') facts = cameoFacts('041') ?? facts;
      for (const source of sources) {
        const scene = detached ? null : this.discourse.sceneFor(source);
        // Talks or a letter frame what is said after them, not what is done: a strike or a
        // shelling is no part of the phone call.
        // What is said after talks is dated by them; a deed the text does not date keeps the article's day.
        const sceneDate = scene && facts.quad.startsWith('verbal') ? scene.date : null;
        const own = this.dateFor(trigger, sentence, codingTriggers, sceneDate);
        // "X on Wednesday criticised A and demanded B": a verb that shares the subject shares its day.
        const sharedWith: string | null = !own.explicit && sourceHow.startsWith('shared with the previous verb') ? sharedDay : null;
        const { date, explicit }: { date: string | null; explicit: boolean } = sharedWith !== null ? { date: sharedWith, explicit: true } : own;
        if (explicit) sharedDay = date;
        // "... established relations in 1964": what the text dates to another day is no part of the talks.
        const otherDay = explicit && scene?.date != null && date !== null && !date.startsWith(scene.date) && !scene.date.startsWith(date);
        const channel = explicitChannel ?? (facts.quad.startsWith('verbal') && !otherDay && !detached ? this.discourse.channelFor(source) : null);
        const index = sentence.sentence.index;
        if (fronted) this.discourse.rememberChannel(source, fronted, index);
        else if (explicitChannel === 'letter' || explicitChannel === 'message') this.discourse.rememberChannel(source, explicitChannel, index);
        // An actor is not its own target. Where that leaves none, a protest or a show of force
        // still stands on its own ("miners blocked roads to La Paz", the city of their own
        // country); an act that needs another party ("told a news conference") is no event.
        const others = targets.filter((t) => t !== source && t.key !== source.key);
        if (others.length === 0 && targets.length > 0 && !STANDS_ALONE_ROOTS.has(trigger.cameo.slice(0, 2)) && !trigger.rule.standsAlone) continue;
        const pairTargets: (Entity | null)[] = others.length > 0 ? others : [null];
        for (const target of pairTargets) {
          this.emit(sentence, trigger, facts, source, target, channel, date, how);
          lastCoded = trigger;
          if (target) {
            this.discourse.rememberPair(source, target);
            if (trigger.rule.id === 'invite') this.discourse.rememberInvitation(source, target);
            if (facts.plover === 'SUPPORT' && trigger.rule.implicitTarget && target.kind === 'person') this.discourse.focus = target;
          }
        }
        // Phone talks and meetings open an occasion that frames the sentences after them.
        // So does a call made for something else ("congratulated X by phone"): the two talked.
        const opensScene = (facts.plover === 'CONSULT' && (explicitChannel === 'phone' || explicitChannel === 'meeting' || explicitChannel === 'visit'))
          || (explicitChannel === 'phone' && targets[0]?.kind === 'person' && source.kind === 'person');
        if (opensScene && targets[0]) this.discourse.pair = [source, this.personFor(targets[0], sentence)];
        if (opensScene && explicitChannel) {
          const separate = tokens.some((t) => t.norm === 'separate' || t.norm === 'another');
          this.discourse.openScene(explicitChannel, explicit ? date : separate ? this.document.published : date, [source, ...targets], sentence.sentence.index);
        }
      }
      if (sources.length > 1) this.noteGroup(sources);
    }
    this.preferSpecificTargets(firstEvent);
    if (sentence.subject?.kind === 'person') this.previousSpeaker = sentence.subject;
  }

  /**
   * "praise for Chile's reforms under President Boric": where one sentence
   * gives the same source and category both a country and an actor of that country, the
   * actor is what the text is about.
   */
  /**
   * "visited Ethiopia at the invitation of Prime Minister Abiy Ahmed": the side of talks a
   * country stands for is the one person of that country the sentence names, if it names one.
   */
  private personFor(side: Entity, sentence: ResolvedSentence): Entity {
    if (side.kind !== 'country') return side;
    const people = sentence.mentions.map((m) => m.entity).filter((e): e is Entity => e?.kind === 'person' && e.country === side.country);
    const distinct = people.filter((p, i) => people.findIndex((q) => q.key === p.key) === i);
    return distinct.length === 1 ? distinct[0]! : side;
  }

  private preferSpecificTargets(from: number): void {
    const sentenceEvents = this.events.slice(from);
    const keep = sentenceEvents.filter((event) => {
      const target = event.target;
      if (!target || target.name !== null || !target.country) return true;
      return !sentenceEvents.some((other) => other !== event && other.plover === event.plover
        && other.source.name === event.source.name && other.source.country === event.source.country
        && other.target?.name && other.target.country === target.country);
    });
    this.events.splice(from, this.events.length - from, ...keep);
  }

  private noteGroup(sources: Entity[]): void {
    this.actors.noteMention(groupEntity(sources));
  }

  private emit(sentence: ResolvedSentence, trigger: Trigger, facts: NonNullable<ReturnType<typeof cameoFacts>>, source: Entity, target: Entity | null, channel: Channel | null, date: string | null, how: string): void {
    const key = `${sentence.sentence.index}|${source.key}|${target?.key ?? ''}|${facts.plover}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const confidence = Math.max(0.1, Math.min(0.99,
      (trigger.fromDictionary ? 0.6 : 0.85)
      - (target ? 0 : 0.15)
      - (source.kind === 'country' ? 0.05 : 0)));
    const evidence = sentence.sentence;
    this.events.push({
      doc: this.document.id,
      sentence: evidence.index,
      date,
      source: actorRecord(source, this.textOf(source, sentence)),
      target: target ? actorRecord(target, this.textOf(target, sentence)) : null,
      plover: facts.plover,
      mode: channel === 'phone' ? modeWithChannel(facts, channel) : facts.mode,
      context: facts.context,
      cameo: facts.cameo,
      quad: facts.quad,
      goldstein: facts.goldstein,
      channel,
      evidence: { text: evidence.text, start: evidence.start, end: evidence.end },
      confidence: Math.round(confidence * 100) / 100,
    });
    if (this.keepExplanations) this.explanations.push({
      sentence: evidence.index,
      trigger: sentence.sentence.tokens.slice(trigger.at, trigger.end + 1).map((t) => t.text).join(' '),
      reason: trigger.reason(),
      outcome: `${facts.plover} ${facts.cameo}: ${source.name ?? source.country} → ${target ? target.name ?? target.country : '(none)'} (${how})`,
    });
  }
}

export function codeDocument(document: Document, sentences: readonly ResolvedSentence[], actors: DocumentActors): CodingResult {
  const coder = new DocumentCoder(document, actors);
  for (const sentence of sentences) coder.codeSentence(sentence);
  return coder.result();
}
