// Who is the source and who the target of a trigger, from the sentence's structure:
// the subject before the verb, the object after it, "with"/"to"/"for" phrases, "by" in the
// passive, coordinated actors, and the speaker of reported speech.
import type { Entity } from '../actors/entities.js';
import { countryEntity } from '../actors/entities.js';
import type { Mention } from '../actors/mentions.js';
import { RELATIONAL_NOUNS } from '../actors/mentions.js';
import type { ResolvedSentence } from '../actors/resolve.js';
import type { Token } from '../types.js';

/** Words between a subject and its verb that do not break the link ("X also warmly congratulated"). */
const VERB_GROUP = new Set(['ADV', 'AUX', 'PART']);
/** Verbs whose object does the "to" infinitive after it: "urged Iran to stop", "asked the UN to send". */
const OBJECT_CONTROL_VERBS = new Set([
  'urge', 'ask', 'tell', 'order', 'force', 'allow', 'permit', 'invite', 'encourage', 'persuade', 'want', 'expect',
  'help', 'enable', 'instruct', 'direct', 'request', 'call', 'press', 'pressure', 'compel', 'oblige',
  'require', 'authorise', 'authorize', 'empower', 'warn', 'advise', 'appeal', 'beg', 'implore', 'prompt', 'lead',
  'cause', 'get', 'leave', 'trust', 'need', 'like', 'prefer', 'wish', 'challenge', 'dare', 'inspire', 'mandate',
]);
const SPEECH_VERBS = new Set([
  'say', 'note', 'stress', 'affirm', 'reaffirm', 'state', 'underline', 'underscore', 'emphasise', 'emphasize',
  'add', 'tell', 'highlight', 'believe', 'express', 'announce', 'declare', 'insist', 'assert', 'confirm',
  'point', 'write', 'describe', 'voice', 'mention', 'recall', 'observe', 'argue', 'report', 'conclude', 'warn', 'urge',
]);
const NO_VERBS: ReadonlySet<string> = new Set();
/** Words that open a relative clause about the noun before them. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Pronouns that can qualify a noun ("her" also stands alone: "met her"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our']);
const NOUN_PHRASE_FILLER = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON']);
/** Prepositions that join what an object noun is about to it ("an inquiry into claims of fraud"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'into', 'on']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'overnight']);

/** Nouns whose "to" infinitive says what they are about: "the decision to join", "a plan to visit". */
const INFINITIVE_NOUNS = new Set(['decision', 'plan', 'right', 'effort', 'attempt', 'bid', 'move', 'readiness', 'willingness', 'ability', 'failure', 'refusal', 'commitment', 'promise', 'pledge', 'agreement', 'proposal', 'call', 'order', 'permission', 'request', 'offer', 'invitation', 'chance', 'opportunity', 'intention', 'desire', 'wish', 'determination', 'need']);

/** "Thousands of X": the X are the actors. */
const QUANTITY_NOUNS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens', 'members', 'groups', 'crowds', 'hundred', 'thousand', 'some', 'many', 'most', 'all']);

/** What a subject noun phrase is made of, prepositional phrases included ("groups on both sides"). */
const SUBJECT_PHRASE_TAGS = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'ADP']);

/** Words that open another clause: an actor after them belongs to that clause. */
const CLAUSE_BREAKS = new Set(['who', 'which', 'that', 'if', 'unless', 'as', 'after', 'while', 'because', 'when', 'whose', 'where', 'following', 'before', 'until', 'since', 'whom']);
const TEMPORAL_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow', 'recently', 'earlier', 'later', 'finally', 'on', 'last', 'this']);

export interface Arguments {
  sources: Entity[];
  targets: Entity[];
  /** Mentions that stand for the pair a clause is about ("the two leaders", "bilateral"). */
  bilateral: Mention | null;
  sourceFrom: string;
}

export class SentenceStructure {
  private readonly tokens: readonly Token[];
  /** The mention ending (end exclusive) and starting at each token, indexed by token: lists, not maps, as they are made for every sentence. */
  private readonly mentionEndingAt: (Mention | undefined)[] = [];
  private readonly mentionStartingAt: (Mention | undefined)[] = [];

  constructor(readonly resolved: ResolvedSentence) {
    this.tokens = resolved.sentence.tokens;
    for (const mention of resolved.mentions) {
      this.mentionEndingAt[mention.end] = mention;
      this.mentionStartingAt[mention.start] = mention;
    }
  }

  private word(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  /** The tagger reads some names as verbs ("the Red Cross"): a verb inside a mention is not one. */
  private insideMention(i: number): boolean {
    return this.resolved.mentions.some((m) => i >= m.start && i < m.end);
  }

  /**
   * Is token i part of a date ("on Monday", "on March 3", "last week")? Read from the words, so
   * that finding a subject does not make the nlp stage resolve the sentence's dates.
   */
  private inDate(i: number): boolean {
    const word = this.word(i);
    if (MONTHS.has(word) || TEMPORAL_WORDS.has(word)) return true;
    return this.tokens[i]?.pos === 'NUM' && (MONTHS.has(this.word(i - 1)) || MONTHS.has(this.word(i + 1)));
  }

  /** A mention and the ones coordinated with it ("A, B and C"), as entities. */
  private coordinated(mention: Mention, direction: 'left' | 'right'): Mention[] {
    const all = [mention];
    if (direction === 'right') {
      let at = mention.end + (mention.possessive ? 1 : 0);
      for (;;) {
        let next = at;
        if (this.word(next) === ',') next += 1;
        if (this.word(next) === 'and' || this.word(next) === 'as' && this.word(next + 1) === 'well') next += this.word(next) === 'and' ? 1 : 3;
        else if (next === at) break;
        while (this.word(next) === 'the') next += 1;
        const following = this.mentionStartingAt[next];
        if (!following || following.kind === 'pronoun') break;
        all.push(following);
        at = following.end;
      }
    } else {
      let at = mention.start;
      for (;;) {
        let previous = at - 1;
        // "Mexico and the United States": an article may stand between the link and the name.
        while (previous > 0 && this.word(previous) === 'the') previous -= 1;
        // "A, B and C": the link next to the head is "and"; a bare comma there is not a list.
        if (all.length === 1 && this.word(previous) !== 'and') break;
        if (this.word(previous) !== 'and' && this.word(previous) !== ',') break;
        let comma = this.word(previous) === ',';
        previous -= 1;
        if (this.word(previous) === ',') { previous -= 1; comma = true; }
        const before = this.mentionEndingAt[previous + 1];
        if (!before || before.kind === 'pronoun' && before.constraint?.plural) break;
        // Never reach back into a fronted phrase ("On behalf of the Senate, the Cabinet, ...").
        if (before.start < this.resolved.clauseStart && mention.start >= this.resolved.clauseStart) break;
        // "... its war in Ukraine, and Moscow vowed": a noun inside a phrase is not a co-subject,
        // nor is a verb's object before ", and" ("invited him to visit Vietnam, and Modi accepted").
        const ahead = this.tokens[before.start - 1]?.pos;
        if (ahead === 'ADP' || (ahead === 'VERB' && comma)) break;
        all.unshift(before);
        at = before.start;
      }
    }
    return all;
  }

  /** The mention that ends right before the verb group of `at`, if any. */
  adjacentSubject(at: number): Mention | null {
    let i = at - 1;
    let nouns = 0;
    let infinitive = false;
    for (;;) {
      if (i < 0) break;
      const token = this.tokens[i]!;
      if (token.norm === 'to' && token.pos === 'PART') infinitive = true;
      if (VERB_GROUP.has(token.pos) || this.word(i) === 'also' || TEMPORAL_WORDS.has(this.word(i)) || this.inDate(i)) { i -= 1; continue; }
      // "U.N. convoys reached": the actor names the noun that heads the subject.
      if ((token.pos === 'NOUN' || token.pos === 'PROPN') && this.mentionEndingAt[i + 1] === undefined && nouns < 3) { nouns += 1; i -= 1; continue; }
      break;
    }
    const mention = this.mentionEndingAt[i + 1];
    // "Egyptian students marched": a nationality before the head noun of the subject.
    if (!mention || mention.possessive || (mention.kind === 'modifier' && nouns === 0)) return null;
    // "its enhanced stature": a possessive pronoun owns a noun, it is not a subject ("its
    // troops", a state's body, is one).
    if (mention.kind === 'pronoun' && !mention.constraint?.institution && ['its', 'his', 'her', 'their'].includes(this.word(mention.start))) return null;
    // "the report of the Commission found": a noun inside an "of" phrase is not the subject.
    let before = mention.start - 1;
    while (before >= 0 && ['DET', 'ADJ', 'NUM'].includes(this.tokens[before]!.pos)) before -= 1;
    // ... except after a quantity: "hundreds of Peruvians", "members of the party".
    if (before >= 0 && this.tokens[before]!.pos === 'ADP' && this.word(before) !== 'that'
      && !(this.word(before) === 'of' && QUANTITY_NOUNS.has(this.word(before - 1)))) return null;
    if (mention.kind === 'pronoun' && mention.constraint?.level === 'organisation' && !mention.entity) return null;
    if (infinitive && this.isObjectOfPurposeVerb(mention)) return null;
    return mention;
  }

  /** "summoned the ambassador to complain": the object of the verb whose purpose the infinitive at `at` is. */
  purposeObject(at: number): Mention | null {
    const to = this.purposeTo(at);
    if (to < 0) return null;
    const object = this.mentionEndingAt[to];
    return object && this.isObjectOfPurposeVerb(object) ? object : null;
  }

  /**
   * "Greece summoned the Kenyan ambassador to protest": before a "to" infinitive, the object
   * of a verb is not who does what follows (Greece protests), unless the verb hands the deed
   * to its object ("urged Iran to stop", "allowed the inspectors to visit").
   */
  private isObjectOfPurposeVerb(mention: Mention): boolean {
    let before = mention.start - 1;
    while (before >= 0 && ['DET', 'ADJ', 'NUM'].includes(this.tokens[before]!.pos)) before -= 1;
    const verb = this.tokens[before];
    return verb !== undefined && verb.pos === 'VERB' && !OBJECT_CONTROL_VERBS.has(verb.lemma);
  }

  /**
   * "the Ministry, in cooperation with the police, on March 3 announced ...": the subject
   * stands before an aside set off by commas and a prepositional phrase.
   */
  subjectAcrossAside(at: number): Mention | null {
    const commas: number[] = [];
    for (let i = at - 1, steps = 0; i >= 0 && steps < 30 && commas.length < 2; i--, steps++) {
      const token = this.tokens[i]!;
      if (token.pos === 'VERB') return null;
      if (token.text === ',') commas.push(i);
    }
    const [last, first] = commas;
    if (last === undefined || first === undefined) return null;
    // Both the aside and what follows it must be prepositional: ", in cooperation with ..., on Monday".
    const opensPhrase = (i: number, end: number): boolean => i >= end || this.tokens[i]!.pos === 'ADP';
    if (!opensPhrase(last + 1, at) || !opensPhrase(first + 1, last)) return null;
    const mention = this.mentionEndingAt[first];
    return mention && !mention.possessive && mention.entity ? mention : null;
  }

  subjectEntities(mention: Mention): Entity[] {
    return entitiesOf(this.coordinated(mention, 'left'));
  }

  /** The first mention after a preposition in `slots`, within the clause after `from`. */
  prepositionalTarget(from: number, slots: readonly string[]): Mention[] {
    for (let i = from; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (token.text === ';' || (token.text === ',' && i > from + 12)) break;
      if (!slots.includes(token.norm)) continue;
      let at = i + 1;
      while (at < this.tokens.length && this.mentionStartingAt[at] === undefined && this.isModifier(at)) at += 1;
      const first = this.mentionStartingAt[at];
      // "talks with his Chinese counterpart": the counterpart, not "his".
      const mention = first && this.isPossessiveMention(first) ? this.possessedMention(first) ?? first : first;
      if (mention) return [...this.coordinated(mention, 'right'), ...this.repeatedPreposition(mention.end, token.norm)];
    }
    return [];
  }

  /** "thanks to the Senate for its help and to President X": more of the same phrase. */
  private repeatedPreposition(from: number, preposition: string): Mention[] {
    const found: Mention[] = [];
    for (let i = from; i < Math.min(this.tokens.length - 2, from + 12); i++) {
      if (this.tokens[i]!.text === ';' || this.tokens[i]!.pos === 'VERB') break;
      if (this.word(i) !== 'and' || this.word(i + 1) !== preposition) continue;
      let at = i + 2;
      while (at < this.tokens.length && this.mentionStartingAt[at] === undefined && this.isModifier(at)) at += 1;
      const mention = this.mentionStartingAt[at];
      if (mention) found.push(mention);
    }
    return found;
  }

  /** "threatened to close the port if Ankara refused", "unless the council resigns": who the condition is on. */
  conditionSubject(from: number): Mention[] {
    return this.prepositionalTarget(from, ['if', 'unless']);
  }

  /** Words before a noun phrase's head: determiners, adjectives, "newly elected". */
  private isModifier(at: number): boolean {
    const token = this.tokens[at]!;
    if (NOUN_PHRASE_FILLER.has(token.pos)) return true;
    // "war-torn Mozambique": a hyphenated modifier the tagger calls a noun.
    if (token.text.includes('-') && this.mentionStartingAt[at + 1] !== undefined) return true;
    return token.pos === 'VERB' && /(ed|en)$/.test(token.norm) && this.tokens[at - 1]?.pos === 'ADV';
  }

  /** "affirmed that ...", "stressed Chile will ...": the verb takes a clause. */
  clauseFollows(verbAt: number): boolean {
    let at = verbAt + 1;
    while (this.tokens[at]?.pos === 'ADV') at += 1;
    if (this.word(at) === 'that') return true;
    const mention = this.mentionStartingAt[at];
    return mention !== undefined && this.startsClause(mention);
  }

  /** "stressed Chile will remain": the mention is the subject of a new clause. */
  private startsClause(mention: Mention): boolean {
    if (mention.possessive) return false;
    let i = mention.end;
    while (this.tokens[i]?.pos === 'ADV') i += 1;
    const next = this.tokens[i];
    // "engineers stationed in Lagos": a participle with its own phrase describes the noun.
    const reducedRelative = next?.pos === 'VERB' && /(ed|en)$/.test(next.norm) && this.tokens[i + 1]?.pos === 'ADP';
    return next !== undefined && !reducedRelative && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.norm.endsWith('ing')));
  }

  /** The direct object: a mention right after the verb, or the owner of the object noun. */
  objectTarget(verbAt: number): Mention[] {
    let at = verbAt + 1;
    // "accepted Friday a World Bank loan": a date may stand between verb and object.
    while (at < this.tokens.length && this.mentionStartingAt[at] === undefined
      && (NOUN_PHRASE_FILLER.has(this.tokens[at]!.pos) || this.inDate(at) || TEMPORAL_WORDS.has(this.word(at)))) at += 1;
    const mention = this.mentionStartingAt[at];
    // "met his Australian counterpart Penny Wong", "received Putin's envoy": the object is
    // what the possessive qualifies when that is an actor too, else the possessor ("condemned
    // China's drills").
    const possessed = mention && this.isPossessiveMention(mention) ? this.possessedMention(mention) : undefined;
    if (possessed) return this.coordinated(possessed, 'right');
    // "attacked Russia's allies": the possessor's allies or rivals are other parties than it.
    if (mention && this.isPossessiveMention(mention) && this.ownsRelation(mention)) return [];
    if (mention && !this.startsClause(mention)) return this.coordinated(mention, 'right');
    if (mention) return [];
    // "the policies of the ANC": the object noun's "of" phrase names its owner.
    let head = at;
    while (head < this.tokens.length && (this.tokens[head]!.pos === 'NOUN' || this.tokens[head]!.pos === 'ADJ')) head += 1;
    if (head > at && this.word(head) === 'of') {
      let owner = head + 1;
      // "of the ANC", "of three Dutch engineers"
      while (this.tokens[owner]?.pos === 'DET' || this.tokens[owner]?.pos === 'NUM') owner += 1;
      const ownerMention = this.mentionStartingAt[owner];
      if (ownerMention) return [ownerMention];
    }
    return [];
  }

  /**
   * "protesters in Nairobi who demanded ...", "the minister, who visited ...": the actor a
   * relative clause whose verb is at `verbAt` is about, passing over a place phrase after it.
   */
  relativeAntecedent(verbAt: number): Mention | null {
    let at = verbAt - 1;
    while (at >= 0 && (this.tokens[at]!.pos === 'AUX' || this.tokens[at]!.pos === 'ADV')) at -= 1;
    if (at <= 0 || !RELATIVE_PRONOUNS.has(this.word(at))) return null;
    const end = this.word(at - 1) === ',' ? at - 1 : at;
    let antecedent = this.mentionEndingAt[end];
    const before = antecedent ? this.tokens[antecedent.start - 1] : undefined;
    if (antecedent && before?.pos === 'ADP') {
      const head = this.mentionEndingAt[antecedent.start - 1];
      if (head?.entity && head.kind !== 'pronoun') antecedent = head;
    }
    return antecedent?.entity && antecedent.kind !== 'pronoun' && antecedent.kind !== 'modifier' ? antecedent : null;
  }

  /** "Russia's", "his": a mention that qualifies the noun after it. */
  private isPossessiveMention(mention: Mention): boolean {
    return mention.possessive || (mention.kind === 'pronoun' && POSSESSIVE_PRONOUNS.has(this.word(mention.start)));
  }

  /** Is what the possessor owns another party: "Russia's [Syrian] allies", "its rivals"? */
  private ownsRelation(possessor: Mention): boolean {
    let at = possessor.end;
    if (/^['’]s?$/.test(this.tokens[at]?.text ?? '')) at += 1;
    for (; at < Math.min(this.tokens.length, possessor.end + 5); at++) {
      if (RELATIONAL_NOUNS.has(this.word(at))) return true;
      if (!NOUN_PHRASE_FILLER.has(this.tokens[at]!.pos) && this.tokens[at]!.pos !== 'NOUN') return false;
    }
    return false;
  }

  /** The actor a possessive qualifies ("his counterpart Penny Wong", "Russia's ambassador"), if it is one. */
  private possessedMention(possessor: Mention): Mention | undefined {
    let at = possessor.end;
    if (/^['’]s?$/.test(this.tokens[at]?.text ?? '')) at += 1;
    while (at < this.tokens.length && this.mentionStartingAt[at] === undefined && this.isModifier(at)) at += 1;
    const possessed = this.mentionStartingAt[at];
    if (!possessed?.entity || possessed.kind === 'pronoun') return undefined;
    // "Austria's Chief Justice Stefan Becker", where the name alone has no country: the
    // possessor says more.
    return possessed.entity.country || !possessor.entity?.country ? possessed : undefined;
  }

  /** Whose is the noun at `at`: "X's strong leadership", "his contributions", "the vision of X". */
  possessorOf(at: number): Mention[] {
    let i = at - 1;
    while (i >= 0 && ['ADJ', 'CCONJ', 'ADV', 'PUNCT', 'NOUN'].includes(this.tokens[i]!.pos) && this.tokens[i]!.text !== "'s" && this.word(i) !== "'s" && this.word(i) !== '’s' && at - i < 6) i -= 1;
    const token = this.tokens[i];
    if (token && /^['’]s$/.test(token.text)) {
      const owner = this.mentionEndingAt[i];
      if (owner) return [owner];
    }
    const pronoun = this.mentionEndingAt[i + 1];
    if (pronoun?.kind === 'pronoun') return [pronoun];
    for (let k = at + 1; k < Math.min(this.tokens.length, at + 10); k++) {
      if (this.word(k) === 'of') {
        let owner = k + 1;
        while (this.tokens[owner]?.pos === 'DET') owner += 1;
        const mention = this.mentionStartingAt[owner];
        return mention ? [mention] : [];
      }
      if (!['NOUN', 'ADJ', 'CCONJ', 'PUNCT'].includes(this.tokens[k]!.pos)) break;
    }
    return [];
  }

  /** Resolved mentions in the `span` tokens before `at`, within the clause. */
  mentionsBefore(at: number, span: number): Mention[] {
    let from = at - 1;
    while (from > 0 && at - from < span && !CLAUSE_BREAKS.has(this.word(from - 1)) && this.tokens[from - 1]!.pos !== 'VERB') from -= 1;
    return this.resolved.mentions.filter((m) => m.start >= from && m.end <= at && m.entity && m.kind !== 'pronoun');
  }

  /** The first actor after `from` before the clause ends ("suspend all trade with Peru"). */
  nextActorInClause(from: number): Mention[] {
    for (let i = from + 1; i < Math.min(this.tokens.length, from + 16); i++) {
      const token = this.tokens[i]!;
      if (token.text === ';' || CLAUSE_BREAKS.has(token.norm) || (token.text === ',' && this.tokens[i + 1]?.pos === 'VERB')) return [];
      const mention = this.mentionStartingAt[i];
      if (mention && mention.entity && mention.kind !== 'pronoun' && mention.kind !== 'bilateral') return [mention];
    }
    return [];
  }

  /** The mentions of a "that" clause right after `from` ("hope that X and Y would ..."). */
  thatClauseMentions(from: number): Mention[] {
    let at = from;
    while (this.tokens[at]?.pos === 'ADV') at += 1;
    if (this.word(at) !== 'that') return [];
    return this.resolved.mentions.filter((m) => m.start > at && m.start < at + 14 && m.kind !== 'pronoun');
  }

  /** "wish to host X", "willingness to cooperate with X": the intended verb's own target. */
  intendedTarget(from: number): Mention[] {
    for (let i = from; i < Math.min(this.tokens.length, from + 6); i++) {
      const token = this.tokens[i]!;
      if (token.text === ',' || token.text === ';') return [];
      if (token.pos !== 'VERB') continue;
      // "extended his congratulations and wished the people peace": a verb joined by "and" is
      // an act of its own, not one the trigger governs.
      if (this.tokens[i - 1]?.pos === 'CCONJ') return [];
      const object = this.objectTarget(i);
      if (object.length > 0) return object;
      return this.prepositionalTarget(i + 1, ['with', 'between']);
    }
    return [];
  }

  /** "the two leaders", "bilateral ties" after the trigger, in its clause. */
  bilateralAfter(from: number): Mention | null {
    for (const mention of this.resolved.mentions) {
      if (mention.kind === 'bilateral' && mention.start >= from && mention.start < from + 16) return mention;
    }
    return null;
  }

  /** The subject of a speech verb whose complement holds `at` ("X said that ...", "..., X stated"). */
  speakerFor(at: number, passing: ReadonlySet<string> = NO_VERBS): Entity | null {
    for (let i = at - 1; i >= 0; i--) {
      const token = this.tokens[i]!;
      if (SPEECH_VERBS.has(token.lemma) && token.pos === 'VERB' && !passing.has(token.lemma)) {
        const subject = this.adjacentSubject(i)?.entity
          ?? (this.isMainVerb(i, this.resolved.clauseStart) ? this.resolved.subject : null);
        if (subject) return subject;
      }
    }
    // Trailing attribution: "..., the minister added."
    const last = this.tokens.length - 1;
    for (let i = last; i > at; i--) {
      const token = this.tokens[i]!;
      if (SPEECH_VERBS.has(token.lemma) && token.pos === 'VERB' && !passing.has(token.lemma) && this.tokens.slice(at, i).some((t) => t.text === ',')) {
        const subject = this.adjacentSubject(i);
        if (subject?.entity) return subject.entity;
      }
    }
    return null;
  }

  /**
   * "abuses by the police", "bribes paid by Chinese firms": the "by" phrase inside the noun
   * phrase that starts at `from`, which names who did what the noun says.
   */
  agentInObject(from: number): Mention[] {
    for (let i = from; i < Math.min(this.tokens.length, from + 10); i++) {
      const token = this.tokens[i]!;
      if (token.norm === 'by') return this.prepositionalTarget(i, ['by']);
      // "alleged abuses", "bribes paid by": participles, the tagger's verbs after a noun included.
      const participle = token.pos === 'VERB' && (/(ed|en)$/.test(token.norm) || this.tokens[i - 1]?.pos === 'NOUN');
      const inPhrase = participle || NOUN_PHRASE_FILLER.has(token.pos) || token.pos === 'NOUN' || OBJECT_PREPOSITIONS.has(token.norm);
      if (!inPhrase) return [];
    }
    return [];
  }

  /** "by X" after a passive verb. */
  agentOfPassive(verbAt: number): Mention[] {
    return this.prepositionalTarget(verbAt + 1, ['by']);
  }

  /**
   * A mention ending right before a passive verb is its target ("X was attacked"); failing
   * that, the actor named in the subject ("a clinic for Syrian refugees was shelled").
   */
  passiveSubject(verbAt: number): Mention[] {
    const subject = this.adjacentSubject(verbAt);
    if (subject) return this.coordinated(subject, 'left');
    return this.mentionsBefore(verbAt, 10).slice(-1);
  }

  /**
   * "..., and business groups on both sides have called for closer ties": a clause joined by
   * ", and" with a subject of its own, a noun phrase that names no actor: whoever acts is
   * not the sentence's subject. Read leftwards from the verb over its auxiliaries and the
   * noun phrase (nouns, their modifiers, prepositional phrases) to the ", and" before it.
   */
  hasOwnClauseSubjectWithoutActor(verbAt: number): boolean {
    let i = verbAt - 1;
    while (i >= 0 && VERB_GROUP.has(this.tokens[i]!.pos)) i -= 1;
    if (this.tokens[i]?.pos !== 'NOUN' || this.inDate(i)) return false;
    for (; i >= 0 && SUBJECT_PHRASE_TAGS.has(this.tokens[i]!.pos); i--) {
      const mention = this.mentionEndingAt[i + 1] ?? this.mentionStartingAt[i];
      if (mention && (mention.entity !== null || mention.kind !== 'bilateral')) return false;
    }
    const joiner = this.word(i);
    if ((joiner !== 'and' && joiner !== 'but') || (this.word(i - 1) !== ',' && this.word(i - 1) !== ';')) return false;
    // A clause before the ", and" has a verb; "the army, the police, and the courts answer" is one
    // subject listed, and its last item is no subject of its own.
    // (Read back to where that clause opens: "said that the army, the police, and the courts answer".)
    for (let k = i - 2; k >= 0; k--) {
      const token = this.tokens[k]!;
      if (token.pos === 'VERB' || token.pos === 'AUX') return true;
      if (token.pos === 'SCONJ' || CLAUSE_BREAKS.has(token.norm)) return false;
    }
    return false;
  }

  /** The first finite verb of the main clause (not a participle, not an infinitive). */
  isMainVerb(at: number, clauseStart: number): boolean {
    for (let i = clauseStart; i < this.tokens.length; i++) {
      const token = this.tokens[i]!;
      if (token.pos !== 'VERB' || this.insideMention(i)) continue;
      if (token.norm.endsWith('ing') || this.word(i - 1) === 'to') continue;
      return i === at;
    }
    return false;
  }

  /** "... and threatened": a verb coordinated with the one before it. */
  followsAnd(at: number): boolean {
    let i = at - 1;
    while (i >= 0 && (this.tokens[i]!.pos === 'ADV' || this.tokens[i]!.pos === 'AUX')) i -= 1;
    return this.word(i) === 'and' || this.word(i) === 'or';
  }

  /** "to protest": an infinitive of purpose (not the complement of "decision to", "plan to"). */
  isPurposeInfinitive(at: number): boolean {
    return this.purposeTo(at) >= 0;
  }

  /** The "to" of the purpose infinitive whose verb is at `at` ("to [swiftly] protest"), or -1. */
  private purposeTo(at: number): number {
    let i = at - 1;
    while (i >= 0 && this.tokens[i]!.pos === 'ADV') i -= 1;
    const before = this.tokens[i - 1];
    return this.word(i) === 'to' && !(before?.pos === 'NOUN' && INFINITIVE_NOUNS.has(before.lemma)) ? i : -1;
  }

  /** Is the trigger a participle or a coordinated verb that shares an earlier subject? */
  sharesEarlierSubject(at: number): boolean {
    let i = at - 1;
    while (i >= 0 && (this.tokens[i]!.pos === 'ADV' || this.word(i) === 'also')) i -= 1;
    const previous = this.tokens[i];
    if (!previous) return true; // sentence-initial participle: "Wishing ..., X lauded"
    if (previous.norm === 'and' || previous.norm === ',' || previous.norm === 'to' || previous.norm === 'or') return true;
    return (this.tokens[at]?.norm.endsWith('ing') ?? false) && previous.pos !== 'AUX';
  }
}

export function entitiesOf(mentions: readonly Mention[]): Entity[] {
  const entities: Entity[] = [];
  for (const mention of mentions) {
    if (mention.entity && !entities.includes(mention.entity)) entities.push(mention.entity);
  }
  return entities;
}

/** The same actor one level up: a person's party, a party's country. */
export function atLevel(entity: Entity, level: 'person' | 'organisation' | 'country', homeParty: Entity | null): Entity | null {
  if (level === 'person') return entity.kind === 'person' ? entity : null;
  if (level === 'organisation') {
    if (entity.kind === 'organisation') return entity;
    if (entity.organisation) return entity.organisation;
    return homeParty && homeParty.country === entity.country ? homeParty : null;
  }
  return entity.country ? countryEntity(entity.country) : null;
}

