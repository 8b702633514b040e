// The actors stage: mentions in every sentence, with descriptions ("the Russian leader") and
// pronouns ("he", "they") resolved to the actors they stand for.
import type { Sentence } from '../types.js';
import { foldName } from '../nlp/fold.js';
import type { Entity } from './entities.js';
import { collectiveEntity, groupEntity } from './entities.js';
import type { Constraint, Mention } from './mentions.js';
import { MentionFinder } from './mentions.js';
import { DocumentActors } from './registry.js';

export interface ResolvedSentence {
  sentence: Sentence;
  /** Where the main clause starts, after a fronted phrase ("In his letter, ..."). */
  clauseStart: number;
  mentions: Mention[];
  /** The actor the sentence is about (its grammatical subject), when one was found. */
  subject: Entity | null;
}

/** Words that open a fronted phrase before the subject ("In his letter, X said"). */
const FRONTING = new Set(['in', 'on', 'at', 'for', 'during', 'with', 'after', 'before', 'under', 'amid', 'following', 'as']);

const ROLE_SYNONYMS: Record<string, string> = { pm: 'prime minister', premier: 'prime minister' };

function normaliseRole(role: string): string {
  const folded = foldName(role).replace(/^party /, '');
  return ROLE_SYNONYMS[folded] ?? folded;
}

/** Does a person's known role answer to the role a description uses? */
function roleMatches(entity: Entity, role: string): boolean {
  const wanted = normaliseRole(role);
  if (['leader', 'leaders', 'chief', 'head', 'side', 'official', 'officials', 'counterpart', 'counterparts'].includes(wanted)) return entity.kind === 'person' || entity.kind === 'group';
  const known = normaliseRole(entity.role ?? '');
  if (!known) return false;
  if (known === wanted || known.endsWith(` ${wanted}`)) return true;
  // "the Party chief" and "the General Secretary" both mean the party's leader.
  return wanted === 'chief' && entity.sector === 'PTY';
}

function satisfies(entity: Entity, constraint: Constraint): boolean {
  if (constraint.level === 'organisation') {
    if (entity.kind !== 'organisation') return false;
    if (constraint.sector && entity.sector && constraint.sector !== entity.sector) return false;
  } else if (entity.kind === 'collective') {
    // "the army" after "Sudanese army aircraft": an unnamed actor of the same sector.
    return constraint.sector !== null && entity.sector === constraint.sector && (!constraint.country || entity.country === constraint.country);
  } else if (entity.kind !== 'person' && !(entity.kind === 'group' && constraint.plural)) return false;
  if (constraint.country && entity.country !== constraint.country) return false;
  if (constraint.organisation && entity.organisation && entity.organisation !== constraint.organisation) return false;
  if (constraint.role && entity.kind === 'person' && !roleMatches(entity, constraint.role)) return false;
  return true;
}

/** Index of the first verb of the main clause, after any fronted phrase. */
function mainClauseStart(sentence: Sentence): number {
  const tokens = sentence.tokens;
  const first = tokens[0];
  if (!first) return 0;
  const opener = first.text.toLowerCase();
  const fronted = FRONTING.has(opener) || first.pos === 'VERB' || /ing$/.test(opener);
  if (!fronted) return 0;
  // "On behalf of A, B, and C, X and Y extended ...": the fronted phrase ends at the last comma before the verb.
  const verb = tokens.findIndex((t, i) => i > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
  let comma = -1;
  for (let i = 0; i < (verb >= 0 ? verb : tokens.length); i++) if (tokens[i]!.text === ',') comma = i;
  return comma >= 0 ? comma + 1 : 0;
}

function firstVerbAfter(sentence: Sentence, from: number): number {
  const index = sentence.tokens.findIndex((t, i) => i >= from && (t.pos === 'VERB' || t.pos === 'AUX'));
  return index >= 0 ? index : sentence.tokens.length;
}

const POSSESSIVE_SINGULAR = new Set(['his', 'her']);
/** Sectors of people who act in numbers, not through the leaders a document names. */
const RANK_AND_FILE_SECTORS = new Set(['MIL', 'COP', 'REB', 'CVL', 'OPP', 'CRM', 'AGR', 'LAB', 'REF', 'MED', 'EDU', 'HLH', 'UAF', 'SPY']);
const OBJECT_PRONOUNS = new Set(['him', 'them']);

function nearestPersonBefore(mentions: readonly Mention[], pronoun: Mention, other: Entity | null = null): Entity | null {
  let found: Entity | null = null;
  for (const mention of mentions) {
    if (mention.start >= pronoun.start) break;
    if (mention.entity?.kind === 'person' && mention.entity !== other) found = mention.entity;
  }
  return found;
}

/** A city, or a country by its name: a mention that can say where someone is or something happened. */
function isPlaceMention(mention: Mention): boolean {
  return mention.kind === 'modifier' || (mention.kind === 'named' && mention.entity?.kind === 'country');
}

/** Does "in" or "in the" stand right before the mention? */
function followsIn(tokens: Sentence['tokens'], mention: Mention): boolean {
  const before = tokens[mention.start - 1]?.norm === 'the' ? tokens[mention.start - 2] : tokens[mention.start - 1];
  return before?.norm === 'in';
}

/**
 * "Police in Tbilisi", "soldiers in Goma": people of no stated country, placed in a city or
 * country, are taken to be that country's (a constraint the description resolves by).
 */
function placeUnplacedPeople(sentence: Sentence, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const mention = mentions[k]!;
    const constraint = mention.constraint;
    if (mention.kind !== 'description' || !constraint || constraint.country || !constraint.sector || constraint.organisation) continue;
    const place = mentions[k + 1]!;
    // "Police in Tbilisi", "militants in the Philippines": a city, or a country by its name.
    const placeStart = sentence.tokens[mention.end + 1]?.norm === 'the' ? mention.end + 2 : mention.end + 1;
    if (sentence.tokens[mention.end]?.norm !== 'in' || place.start !== placeStart || !isPlaceMention(place) || !place.entity?.country) continue;
    mention.constraint = { ...constraint, country: place.entity.country };
  }
}

/**
 * Sectors whose people act only where they are: police and courts. Not soldiers, officials or
 * refugees, whom a place does not tell apart from foreigners (Israeli soldiers in Gaza).
 */
const SECTORS_OF_THE_PLACE = new Set(['COP', 'JUD']);

/** Sectors of the state itself, whose "the government" may be any state's. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY', 'IGO']);

/**
 * "Police arrested dozens of protesters in Minsk": the one country the sentence names, where it
 * says the deed happened ("in" a city or country after the verb). Police or a court of no
 * stated country, whom nobody earlier in the document answers to, are taken to be that
 * country's, as those placed next to it are ("police in Minsk"). Where any mention names another country (a
 * foreign minister, "US troops") the sentence has no scene country: who acted is not clear.
 */
function sceneCountry(sentence: Sentence, mentions: readonly Mention[], verbAt: number): string | null {
  const tokens = sentence.tokens;
  let country: string | null = null;
  let located = false;
  for (const mention of mentions) {
    const own = mention.entity?.country ?? mention.constraint?.country ?? null;
    if (!own) continue;
    if (country !== null && own !== country) return null;
    country = own;
    if (mention.start > verbAt && isPlaceMention(mention) && followsIn(tokens, mention)) located = true;
  }
  return located ? country : null;
}

/**
 * "its troops", "his government": the body of a state, or of the person who speaks for it, is
 * the state's own with that sector; an organisation's or an armed group's forces are itself.
 */
function institutionOf(owner: Entity, sector: string): Entity {
  const ofState = owner.kind === 'country' || owner.kind === 'person' || (owner.kind === 'collective' && owner.sector === null);
  return ofState && owner.country ? collectiveEntity(owner.country, sector, null) : owner;
}

export class ActorResolver {
  readonly actors = new DocumentActors();
  private lastSubject: Entity | null = null;
  /** The sentence being resolved, and the country where it says its deed happened, if it does (sceneCountry). */
  private scene: { country: string; tokens: Sentence['tokens'] } | null = null;
  /** The subject of the sentence being resolved, once known. */
  private currentSubject: Entity | null = null;

  resolveSentence(sentence: Sentence): ResolvedSentence {
    const mentions = new MentionFinder(sentence, this.actors).find();
    placeUnplacedPeople(sentence, mentions);
    const clauseStart = mainClauseStart(sentence);
    const verbAt = firstVerbAfter(sentence, clauseStart);
    // A nationality before a noun ("Russian aircraft ... killed") stands for the subject's country.
    const headed = (m: Mention): boolean => m.kind !== 'modifier' || sentence.tokens[m.end]?.pos === 'NOUN';
    const subjectMention = mentions.find((m) => m.start >= clauseStart && m.start < verbAt && !m.possessive && m.kind !== 'bilateral' && headed(m));
    // "The two leaders agreed ... They also ...": the pair, which the coder knows, not a group here.
    const bilateralSubject = mentions.find((m) => m.start >= clauseStart && m.start < verbAt && m.kind === 'bilateral');
    if (bilateralSubject && (!subjectMention || bilateralSubject.start < subjectMention.start)) this.lastSubject = null;

    const scene = sceneCountry(sentence, mentions, verbAt);
    this.scene = scene === null ? null : { country: scene, tokens: sentence.tokens };
    // Resolve in order; a pronoun in a fronted phrase looks forward to the subject ("In his letter, X").
    if (subjectMention && subjectMention.kind !== 'pronoun') this.resolveMention(subjectMention, null);
    let sentenceSubject: Entity | null = subjectMention?.entity ?? null;
    this.currentSubject = sentenceSubject;
    for (const mention of mentions) {
      if (mention.entity) {
        this.actors.noteMention(mention.entity);
        continue;
      }
      const cataphoric = mention.kind === 'pronoun' && subjectMention && mention.start < subjectMention.start
        && subjectMention.entity ? subjectMention.entity : null;
      // "thanked President Ruto for his support": "his" is the nearest person.
      // The pronoun's own word: "his government" is a mention of two words.
      const word = sentence.tokens[mention.start]!.norm;
      const nearest = mention.kind === 'pronoun' && POSSESSIVE_SINGULAR.has(word) && !cataphoric
        ? nearestPersonBefore(mentions, mention) : null;
      // "congratulated Fuentes and invited him": an object pronoun is first the person the
      // sentence named last, other than its subject.
      if (mention.kind === 'pronoun' && word === 'him') {
        const named = nearestPersonBefore(mentions, mention, sentenceSubject);
        if (named) { mention.entity = named; this.actors.noteMention(named); continue; }
      }
      this.resolveMention(mention, cataphoric ?? nearest ?? (mention.start > (subjectMention?.start ?? Infinity) ? sentenceSubject : null));
      if (mention === subjectMention) sentenceSubject = this.currentSubject = mention.entity;
      if (mention.entity) this.actors.noteMention(mention.entity);
    }
    if (sentenceSubject && ['person', 'group', 'collective'].includes(sentenceSubject.kind)) this.lastSubject = sentenceSubject;
    return { sentence, mentions, subject: subjectMention?.entity ?? null, clauseStart };
  }

  private resolveMention(mention: Mention, sameSentenceSubject: Entity | null): void {
    if (mention.entity || !mention.constraint) return;
    const constraint = mention.constraint;
    if (mention.kind === 'pronoun') {
      const referent = this.resolvePronoun(constraint, sameSentenceSubject, OBJECT_PRONOUNS.has(mention.text.toLowerCase()));
      mention.entity = referent && constraint.institution ? institutionOf(referent, constraint.institution) : referent;
    } else if (mention.kind === 'description') {
      mention.entity = this.resolveDescription(constraint) ?? this.unnamedActor(this.placedAtScene(mention, constraint))
        ?? this.subjectsGovernment(mention, constraint);
    }
  }

  /**
   * "Kenyan students protested against the government": the government of no stated country,
   * named by people who are not the state, is their own country's.
   */
  private subjectsGovernment(mention: Mention, constraint: Constraint): Entity | null {
    const subject = this.currentSubject;
    if (constraint.country || constraint.organisation || constraint.sector !== 'GOV' || mention.text.toLowerCase() !== 'the government') return null;
    if (!subject?.country || subject.country === 'IGO' || subject.kind === 'country' || STATE_SECTORS.has(subject.sector ?? 'GOV')) return null;
    return collectiveEntity(subject.country, 'GOV', 'government');
  }

  private resolvePronoun(constraint: Constraint, sameSentenceSubject: Entity | null, isObject: boolean): Entity | null {
    if (constraint.level === 'organisation') {
      // "The Cypriot foreign ministry withdrew its troops": a body known by its description
      // (a collective with a sector) is an "it" as much as a named organisation is.
      return this.actors.recentEntities().find((e) => e.kind === 'organisation' || e.kind === 'country'
        || (e.kind === 'collective' && e.sector !== null)) ?? null;
    }
    // "The Chinese leader invited him": an object pronoun is someone other than the subject.
    const subject = isObject ? this.currentSubject : null;
    const candidates = [isObject ? null : sameSentenceSubject, this.lastSubject, ...this.actors.recentEntities()]
      .filter((e) => !subject || e !== subject);
    if (constraint.plural) {
      // "The Chadian rebels said they ...": a group, or a collective actor named in the plural.
      const plural = (e: Entity | null): boolean => e?.kind === 'group' || e?.kind === 'collective';
      if (plural(sameSentenceSubject)) return sameSentenceSubject;
      return plural(this.lastSubject) ? this.lastSubject : null;
    }
    return candidates.find((e) => e?.kind === 'person') ?? null;
  }

  private resolveDescription(constraint: Constraint): Entity | null {
    const recent = this.actors.recentEntities();
    if (constraint.plural && constraint.level === 'person') {
      // "Nigerian soldiers", "Kenyan police", "protesters" are the rank and file, never the
      // leaders named before them (while "Belarusian communists" may be the party's leaders).
      const rankAndFile = constraint.sector !== null && RANK_AND_FILE_SECTORS.has(constraint.sector);
      const fits = (e: Entity): boolean => (!constraint.country || e.country === constraint.country) && (!rankAndFile || e.sector === constraint.sector);
      const group = recent.find((e) => e.kind === 'group' && e.members.every(fits));
      if (group) return group;
      const members = recent.filter((e) => e.kind === 'person' && fits(e));
      return members.length > 1 ? groupEntity(members.reverse()) : members[0] ?? null;
    }
    const subject = this.lastSubject && satisfies(this.lastSubject, constraint) ? this.lastSubject : null;
    const found = subject ?? recent.find((e) => satisfies(e, constraint)) ?? null;
    if (found || constraint.level !== 'organisation') return found;
    // "the Belarusian party": an organisation named anywhere earlier, even inside a title.
    return this.actors.allOrganisations().find((o) => satisfies(o, constraint)) ?? null;
  }

  /**
   * A description nobody in the document answers to is an actor of its own, known by what it
   * says: "Indian troops" (IND, MIL), "Japan's Deputy Trade Minister" (JPN, GOV).
   */
  private unnamedActor(constraint: Constraint): Entity | null {
    // "UNICEF officials", "Hamas leaders": unnamed people acting for their organisation.
    if (constraint.organisation) return constraint.organisation;
    if (!constraint.country && !(constraint.plural && constraint.sector)) return null;
    if (constraint.level === 'organisation' && constraint.country) return collectiveEntity(constraint.country, constraint.sector, null);
    const role = constraint.plural ? null : constraint.role;
    return collectiveEntity(constraint.country, constraint.sector, role);
  }

  /** A description of police or a court of no stated country, placed in the sentence's scene country. */
  private placedAtScene(mention: Mention, constraint: Constraint): Constraint {
    if (this.scene === null || constraint.country || !constraint.sector || !SECTORS_OF_THE_PLACE.has(constraint.sector)
      || constraint.organisation || constraint.level !== 'person') return constraint;
    // A noun's modifier ("the refugee crisis") is no actor to place.
    const next = this.scene.tokens[mention.end]?.pos;
    if (next === 'NOUN' || next === 'PROPN') return constraint;
    return { ...constraint, country: this.scene.country };
  }

  /** Joins "X and Y" subjects into one group so that "they" can find them later. */
  noteGroup(group: Entity): void {
    this.actors.noteMention(group);
    this.lastSubject = group;
  }
}
