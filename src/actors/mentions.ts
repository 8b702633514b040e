// Second pass over a sentence: units become actor mentions. A title phrase such as
// "General Secretary of the Workers' Party Central Committee and President of Ruritania
// Anna Novak" names a person, a role, an organisation and a country at once.
import { wordFormsOf } from '../nlp/tokenise.js';
import type { Sentence, Token } from '../types.js';
import type { DocumentActors } from './registry.js';
import type { Entity } from './entities.js';
import { collectiveEntity, countryEntity, groupEntity } from './entities.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { Unit, WordFacts } from './units.js';

type EntryType = GazetteerEntry['type'];
import { tokenFacts, unitsOf } from './units.js';

/** `modifier`: a nationality adjective on a thing ("a Brazilian proposal"): a target, never a subject. */
export type MentionKind = 'named' | 'description' | 'pronoun' | 'bilateral' | 'modifier';

/** What a description or pronoun says of the actor it stands for. */
export interface Constraint {
  country: string | null;
  role: string | null;
  sector: string | null;
  organisation: Entity | null;
  plural: boolean;
  /** For pronouns and "the two leaders": person, organisation, or country level. */
  level: 'person' | 'organisation' | 'country';
  /**
   * For a possessive pronoun with a state's armed or ruling body ("their forces", "his
   * government"): the sector of that body, which belongs to whoever the pronoun stands for.
   */
  institution?: string;
}

export interface Mention {
  sentence: number;
  /** Token span within the sentence, end exclusive. */
  start: number;
  end: number;
  /** The token that stands for the actor in the clause (the name's last word, the role noun). */
  head: number;
  text: string;
  kind: MentionKind;
  /** Set at once for named mentions, by coreference for the others. */
  entity: Entity | null;
  constraint: Constraint | null;
  possessive: boolean;
}

/** Titles of those posted to a country or an organisation: "Ambassador to Belarus". */
const POSTED_ROLE = /ambassador|envoy|representative|delegate|consul|emissary|commissioner|attach|chargé|charge d|mission|special|permanent|adviser|advisor|coordinator|observer/i;

/** Nouns for another party of the one who owns them: "Iran's allies" are not Iran. */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(['ally', 'allies', 'proxy', 'proxies', 'partner', 'partners', 'enemy', 'enemies', 'rival', 'rivals', 'foe', 'foes', 'opponent', 'opponents', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'critic', 'critics']);

/** Nouns that make a capitalised phrase an organisation ("Belaya Rus Party", "Vietnamese Embassy"). */
const ORGANISATION_HEADS: Record<string, string> = {
  party: 'PTY', embassy: 'GOV', ministry: 'GOV', government: 'GOV', front: 'PTY', movement: 'PTY',
  council: 'GOV', parliament: 'LEG', army: 'MIL', forces: 'MIL', navy: 'MIL', police: 'COP',
  court: 'JUD', union: 'CVL', federation: 'GOV', league: 'PTY', alliance: 'PTY', consulate: 'GOV',
};

/**
 * A state's armed and ruling bodies, which after a possessive pronoun ("its troops", "his
 * government") are the body of whoever the pronoun stands for. Words such as "leaders" or
 * "supporters" are left out: a group's leaders are not its country's government.
 */
const INSTITUTIONS: Record<string, string> = {
  forces: 'MIL', troops: 'MIL', army: 'MIL', soldiers: 'MIL', military: 'MIL', navy: 'MIL', police: 'COP', government: 'GOV',
};

const BILATERAL_LEVEL: Record<string, Constraint['level']> = {
  leaders: 'person', sides: 'country', countries: 'country', nations: 'country', parties: 'organisation',
  governments: 'country', states: 'country', peoples: 'country', presidents: 'person', ministers: 'person',
};

/** The words outside any unit that can start a mention: bilateral references ("bilateral", "both", "the two") and descriptions ("the", "this", "that"). */
const MAY_START_MENTION = new Set(['bilateral', 'both', 'the', 'this', 'that']);

const LEADER_WORDS = new Set(['leader', 'leaders', 'chief', 'head', 'side', 'official', 'officials', 'counterpart']);

const ORDINAL = /^\d+(st|nd|rd|th)$/;

/** Before a capital, these make it a place rather than a government. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'into', 'outside', 'across', 'around', 'of']);

/** Prepositions that place what a sentence tells ("in Serbia", "across Kenya"), for groups named by their kind. */
const LOCATING_PREPOSITIONS = new Set(['in', 'at', 'across', 'throughout', 'near', 'outside']);

/** Places named "X of <country>" that are not the country: "the Sea of Japan". */
const WATERS = new Set(['sea', 'gulf', 'strait', 'straits', 'bay', 'ocean', 'lake', 'river', 'isthmus', 'peninsula']);

/** Words between a locating preposition and the country it places: "in southern Serbia". */
const COMPASS_WORDS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north', 'south', 'east', 'west', 'rural', 'neighbouring', 'neighboring',
]);

/**
 * Sectors of people who act where they live: students, workers, farmers, activists,
 * dissidents, rebels. Not soldiers, police, officials or refugees, whom a place does not
 * tell apart from foreigners (Israeli soldiers in Gaza, Syrian refugees in Turkey).
 */
const PLACED_SECTORS = new Set(['EDU', 'LAB', 'AGR', 'CVL', 'OPP', 'REB', 'UAF', 'CRM']);

/** Adjectives that may stand inside a title: "Kenyan deputy trade minister". */
const TITLE_ADJECTIVES = new Set(['junior', 'senior', 'former', 'top', 'chief', 'new', 'outgoing', 'acting', 'deputy', 'then', 'incoming', 'interim', 'newly', 'elected', 'ruling', 'main', 'leading']);

function constraintOf(partial: Partial<Constraint>): Constraint {
  return { country: null, role: null, sector: null, organisation: null, plural: false, level: 'person', ...partial };
}

interface TitleParse {
  end: number;
  roles: string[];
  sector: string | null;
  country: string | null;
  organisation: Entity | null;
  /** Where the person's name is, if the title is followed by one. */
  name: { start: number; end: number; known: Entity | null } | null;
}

export class MentionFinder {
  private readonly tokens: readonly Token[];
  private readonly words: string[];
  /** The unit that starts at each token, if any. */
  private readonly unitAt: (Unit | undefined)[] = [];
  private readonly mentions: Mention[] = [];

  constructor(private readonly sentence: Sentence, private readonly actors: DocumentActors) {
    this.tokens = sentence.tokens;
    const forms = wordFormsOf(sentence);
    const count = this.tokens.length;
    const facts: WordFacts[] = new Array<WordFacts>(count);
    this.words = new Array<string>(count);
    for (let i = 0; i < count; i++) {
      const wordFacts = tokenFacts(this.tokens[i]!.text, forms === null ? null : forms[i] ?? null);
      facts[i] = wordFacts;
      this.words[i] = wordFacts.key;
    }
    for (const unit of unitsOf(sentence, facts, this.words)) this.unitAt[unit.start] = unit;
  }

  find(): Mention[] {
    let i = 0;
    while (i < this.tokens.length) i = this.mentionAt(i);
    this.placeEthnicGroups();
    this.placeGroups();
    return this.mentions;
  }

  /**
   * "ethnic Hungarians in southern Slovakia", "ethnic Russians in Ukraine": "ethnic" says the
   * demonym is a people, not a nationality, and such a group acts where it lives (the CAMEO
   * convention for ethnic groups). Where the sentence places it, it is of that country; where
   * not, it keeps the demonym's country, the best guess left.
   */
  private placeEthnicGroups(): void {
    let place: string | null | undefined;
    for (const mention of this.mentions) {
      const { entity, constraint } = mention;
      // "the Russians of eastern Estonia", "the Turks of Cyprus": a people of the place named.
      if (entity?.kind === 'collective' && entity.sector === null) {
        const home = this.word(mention.end) === 'of' ? this.placeAt(mention.end + 1) : null;
        if (home) {
          if (home !== entity.country) mention.entity = collectiveEntity(home, null, entity.role);
          continue;
        }
      }
      // A named group has its entity now; a description ("Albanian rebels") says what to resolve.
      const group = entity?.kind === 'collective' || (entity === null && mention.kind === 'description');
      if (!group || this.word(mention.start - 1) !== 'ethnic') continue;
      place ??= this.placeCountry();
      if (!place) return;
      if (entity) {
        if (place !== entity.country) mention.entity = collectiveEntity(place, entity.sector, entity.role);
      } else if (constraint) {
        mention.constraint = { ...constraint, country: place };
      }
    }
  }

  /**
   * "Students rioted in Dhaka", "Rebels in the Philippines blocked ...": a group named by its
   * kind alone is of the country where the sentence places it. Without a place the group
   * stays unnamed, as before: no country is guessed.
   */
  private placeGroups(): void {
    if (this.unplacedGroups.length === 0) return;
    const place = this.placeCountry();
    for (const group of this.unplacedGroups) {
      // "the Malian government and the rebels": a group joined to an actor of one country is of
      // that country, even where the sentence places them both ("signed a truce in Addis Ababa").
      const country = this.allegianceCountry(group.end) ?? this.partnerCountry(group.start, group.end) ?? place;
      if (!country) continue;
      this.mentions.push({
        sentence: this.sentence.index, start: group.start, end: group.end, head: group.end - 1, text: this.text(group.start, group.end),
        kind: 'named', entity: collectiveEntity(country, group.sector, null), constraint: null, possessive: this.isPossessive(group.end),
      });
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * "Gunmen loyal to the former president", "militias allied with the army": a group that
   * declares for an actor is of that actor's country, wherever it fights.
   */
  private allegianceCountry(end: number): string | null {
    const word = this.word(end);
    const joined = (word === 'loyal' && this.word(end + 1) === 'to') || (word === 'allied' && (this.word(end + 1) === 'to' || this.word(end + 1) === 'with'));
    if (!joined) return null;
    const patron = this.mentions.find((m) => m.start === end + 2);
    return patron?.entity?.country ?? patron?.constraint?.country ?? null;
  }

  /** The country of the mention joined by "and" right before or after the span, if it has one. */
  private partnerCountry(start: number, end: number): string | null {
    const countryOf = (mention: Mention | undefined): string | null => mention?.entity?.country ?? mention?.constraint?.country ?? null;
    // "the government and the rebels": the group's article stands between.
    if (this.word(start - 1) === 'the') start -= 1;
    if (this.word(start - 1) === 'and') {
      const before = this.mentions.find((m) => m.end === start - 1);
      if (countryOf(before)) return countryOf(before);
    }
    if (this.word(end) === 'and') return countryOf(this.mentions.find((m) => m.start === end + 1));
    return null;
  }

  /**
   * The country of a place named at `at` ("[the] [southern] Serbia"): a country's name, or with
   * `towns` also a capital or another city ("in Lagos"); null otherwise.
   */
  private placeAt(at: number, towns = false): string | null {
    let k = at;
    if (this.word(k) === 'the') k += 1;
    if (COMPASS_WORDS.has(this.word(k))) k += 1;
    const unit = this.unitAt[k];
    if (unit?.kind !== 'entry') return null;
    const { entry } = unit;
    return entry.type === 'country' || (towns && (entry.type === 'capital' || entry.type === 'city')) ? entry.iso3 : null;
  }

  /**
   * The country of the first place the sentence names ("in Dhaka", "in northern Mali",
   * "across the Netherlands"), read from the dictionary's units, so that a place inside a
   * longer mention ("militias in Libya") counts too.
   */
  private placeCountry(): string | null {
    for (let k = 0; k < this.tokens.length; k++) {
      if (!LOCATING_PREPOSITIONS.has(this.word(k))) continue;
      const place = this.placeAt(k + 1, true);
      if (place) return place;
    }
    return null;
  }

  /** Plural kinds of people ("students", "rebels") seen without a country of their own, for `placeGroups`. */
  private readonly unplacedGroups: { start: number; end: number; sector: string }[] = [];

  private word(i: number): string {
    return this.words[i] ?? '';
  }

  /** The dictionary unit at i if its entry is of the one or two types named. */
  private entryAt(i: number, type: EntryType, otherType: EntryType = type): (Unit & { kind: 'entry' }) | null {
    const unit = this.unitAt[i];
    if (unit?.kind !== 'entry') return null;
    return unit.entry.type === type || unit.entry.type === otherType ? unit : null;
  }

  private text(start: number, end: number): string {
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    if (!first || !last) return '';
    return this.sentence.text.slice(first.start - this.sentence.start, last.end - this.sentence.start);
  }

  /** A lower-case noun or adjective of the phrase a possessive owns ("Kenya's [central bank]"). */
  private isOwnedWord(i: number): boolean {
    const token = this.tokens[i];
    if (!token || this.unitAt[i] !== undefined) return false;
    return (token.pos === 'NOUN' || token.pos === 'ADJ') && token.text === this.word(i);
  }

  /** "Hanoi –", "Lagos, ...": a place that opens the article's first line as its dateline. */
  private isDateline(start: number, end: number): boolean {
    return start === 0 && /^[–—-]$|^,$/.test(this.tokens[end]?.text ?? '');
  }

  private isPossessive(end: number): boolean {
    return this.word(end) === "'s";
  }

  private push(start: number, end: number, head: number, kind: MentionKind, entity: Entity | null, constraint: Constraint | null): number {
    const possessive = this.isPossessive(end);
    this.mentions.push({
      sentence: this.sentence.index, start, end, head, text: this.text(start, end), kind, entity, constraint, possessive,
    });
    return possessive ? end + 1 : end;
  }

  /** Finds a mention starting at token i; returns the next token to look at. */
  private mentionAt(i: number): number {
    const unit = this.unitAt[i];
    const word = this.word(i);
    // Most words are no unit and start nothing: passed over without the checks below.
    if (unit === undefined && !MAY_START_MENTION.has(word)) return i + 1;

    const bilateral = this.bilateralAt(i);
    if (bilateral !== null) return bilateral;

    // Determiners start descriptions: "the Russian leader", "the two leaders" (unless the
    // dictionary's name itself starts with one: "The Hague", "the Kremlin", "The United Nations").
    const namedHere = unit?.kind === 'entry' && ['organisation', 'country', 'person', 'capital'].includes(unit.entry.type);
    if (!namedHere && (word === 'the' || word === 'this' || word === 'that')) {
      // "reported that Iranian troops ...": after a verb, "that" opens a clause, not the mention.
      const from = word === 'that' && this.tokens[i - 1]?.pos === 'VERB' ? i + 1 : i;
      const described = this.titledAt(i + 1, from);
      if (described !== null) return described;
      return i + 1;
    }
    if (!unit) return i + 1;

    if (unit.kind === 'pronoun') {
      const level = unit.number === 'neuter' ? 'organisation' : 'person';
      const institution = unit.possessive ? this.institutionAfter(unit.end) : null;
      if (institution) {
        return this.push(i, institution.end, institution.end - 1, 'pronoun', null, constraintOf({
          plural: unit.number === 'plural', level, institution: institution.sector,
        }));
      }
      return this.push(i, unit.end, i, 'pronoun', null, constraintOf({ plural: unit.number === 'plural', level }));
    }

    if (unit.kind === 'name') return this.nameAt(unit);

    const entry = unit.entry;
    if (entry.type === 'adjective' || entry.type === 'country') {
      const paired = this.pairedAdjectivesAt(unit);
      if (paired !== null) return paired;
    }
    if (entry.type === 'role' || entry.type === 'adjective' || entry.type === 'country') {
      const titled = this.titledAt(i, i, entry.type === 'role' && !/^\p{Lu}/u.test(this.tokens[i]!.text));
      if (titled !== null) return titled;
    }
    switch (entry.type) {
      case 'country':
        // "the Sea of Japan", "the Gulf of Thailand": a body of water named after the country.
        if (this.word(i - 1) === 'of' && WATERS.has(this.word(i - 2))) return unit.end;
        return this.push(i, unit.end, unit.end - 1, 'named', countryEntity(entry.iso3), null);
      case 'capital': {
        // A capital stands for its government ("Hanoi welcomed", "work with Washington"),
        // except where it is a place ("in Hanoi", "arrived at Tallinn").
        if (!PLACE_PREPOSITIONS.has(this.word(i - 1)) && !this.isDateline(i, unit.end)) {
          return this.push(i, unit.end, unit.end - 1, 'named', countryEntity(entry.iso3), null);
        }
        // "in Baghdad", or a dateline ("Hanoi –"): a place, which may be where an action is aimed, never who acts.
        return this.push(i, unit.end, unit.end - 1, 'modifier', countryEntity(entry.iso3), null);
      }
      case 'city': {
        // "in Lagos", "shelled Kharkiv", "Mombasa –": a place, as a capital is after a preposition
        // or as a verb's object; otherwise nothing ("Lagos residents").
        const placed = PLACE_PREPOSITIONS.has(this.word(i - 1)) || this.tokens[i - 1]?.pos === 'VERB';
        if (!placed && !this.isDateline(i, unit.end)) return unit.end;
        return this.push(i, unit.end, unit.end - 1, 'modifier', countryEntity(entry.iso3), null);
      }
      case 'organisation': {
        const titled = this.titledAt(i, i);
        if (titled !== null) return titled;
        const end = this.organisationEnd(this.partySuffixEnd(unit.end));
        const organisation = this.actors.organisation(this.text(i, unit.end), entry.country, entry.sector, this.abbreviationAfter(unit.end));
        return this.push(i, end, unit.end - 1, 'named', organisation, null);
      }
      case 'person': {
        const person = this.actors.person(this.text(i, unit.end), { country: entry.country, sector: entry.sector });
        return this.push(i, unit.end, unit.end - 1, 'named', person, null);
      }
      case 'adjective': {
        // "Belarusian communists", "Russian troops": a group of the country, with a sector.
        const next = this.unitAt[unit.end];
        if (next?.kind === 'entry' && next.entry.type === 'role' && this.tokens[next.end - 1]?.text.endsWith('s')) {
          const entity = collectiveEntity(entry.iso3, next.entry.sector, null);
          return this.push(i, next.end, next.end - 1, 'named', entity, null);
        }
        // "Bosnian Croats", "Iraqi Kurds": a people of the country, called by its own name.
        if (this.isPeopleName(unit.end)) {
          return this.push(i, unit.end + 1, unit.end, 'named', collectiveEntity(entry.iso3, null, null), null);
        }
        const written = this.tokens[unit.end - 1]!;
        const nextToken = this.tokens[unit.end];
        // "The Ukrainians refuse": a plural demonym used as a noun is the country's people.
        if (/s$/.test(written.text) && (!nextToken || nextToken.pos !== 'NOUN' && nextToken.pos !== 'PROPN')) {
          return this.push(i, unit.end, unit.end - 1, 'named', collectiveEntity(entry.iso3, null, null), null);
        }
        // "a Brazilian proposal", "a Norwegian peace plan": the country behind a thing, for targets only.
        if (nextToken && (nextToken.pos === 'NOUN' || nextToken.pos === 'PROPN')) {
          const end = this.push(i, unit.end, unit.end - 1, 'modifier', countryEntity(entry.iso3), null);
          return end;
        }
        return unit.end;
      }
      case 'body': {
        // "the Politburo", "the 14th National Party Congress (of the CPV)": the party itself.
        let end = unit.end;
        let organisation: Entity | null = null;
        if (this.word(end) === 'of') {
          let at = end + 1;
          if (this.word(at) === 'the') at += 1;
          const named = this.unitAt[at];
          if (named?.kind === 'entry' && named.entry.type === 'organisation') {
            organisation = this.actors.organisation(this.text(at, named.end), named.entry.country, named.entry.sector, this.abbreviationAfter(named.end));
            end = this.organisationEnd(named.end);
          } else if (named?.kind === 'name') {
            organisation = this.actors.findOrganisation(this.text(at, named.end));
            if (organisation) end = named.end;
          }
        }
        const bodyWord = this.word(unit.end - 1);
        if (organisation) this.actors.rememberBody(bodyWord, organisation);
        organisation ??= this.actors.bodyOwner(bodyWord) ?? this.actors.homeParty();
        if (!organisation) return end;
        const start = this.word(i - 1) === 'party' ? i - 1 : i;
        return this.push(start, end, unit.end - 1, 'named', organisation, null);
      }
      default:
        return unit.end;
    }
  }

  /**
   * Is the token at `at` a people's name used as a noun, one word written in the plural
   * ("Serbs", "Kurds", "Muslims"), with no noun after it that it would qualify ("Kurds'" is
   * still one)? A demonym counts ("Serbs" is Serbia's), as do names the dictionary lacks.
   */
  private isPeopleName(at: number): boolean {
    const token = this.tokens[at];
    if (!token || (token.pos !== 'PROPN' && token.pos !== 'NOUN')) return false;
    if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(token.text)) return false;
    const unit = this.unitAt[at];
    const oneWord = unit === undefined || (unit.end === at + 1 && (unit.kind === 'name' || (unit.kind === 'entry' && unit.entry.type === 'adjective')));
    const after = this.tokens[at + 1];
    return oneWord && (!after || (after.pos !== 'NOUN' && after.pos !== 'PROPN'));
  }

  /** The state body a possessive pronoun is followed by ("[own] forces", "government"), with its sector. */
  private institutionAfter(at: number): { end: number; sector: string } | null {
    const noun = this.word(at) === 'own' ? at + 1 : at;
    const sector = INSTITUTIONS[this.word(noun)];
    return sector && this.tokens[noun]?.pos === 'NOUN' ? { end: noun + 1, sector } : null;
  }

  /** "Dutch and Belgian minesweepers", "U.S. and Mexican negotiators": one group per country. */
  private pairedAdjectivesAt(first: Unit & { kind: 'entry' }): number | null {
    if (this.word(first.end) !== 'and') return null;
    const second = this.entryAt(first.end + 1, 'adjective', 'country');
    if (!second) return null;
    const firstCountry = first.entry.type === 'adjective' || first.entry.type === 'country' ? first.entry.iso3 : null;
    const secondCountry = second.entry.type === 'adjective' || second.entry.type === 'country' ? second.entry.iso3 : null;
    if (!firstCountry || !secondCountry) return null;
    const title = this.parseTitle(second.start);
    let end: number;
    let sector: string | null = null;
    if (title && title.roles.length > 0 && !title.name) {
      end = title.end;
      sector = title.sector;
    } else if (BILATERAL_LEVEL[this.word(second.end)]) {
      // "the Armenian and Azerbaijani sides", "the Russian and Chinese governments"
      end = second.end + 1;
    } else return null;
    const members = [collectiveEntity(firstCountry, sector, null), collectiveEntity(secondCountry, sector, null)];
    return this.push(first.start, end, end - 1, 'named', groupEntity(members), null);
  }

  /** "the two leaders", "both sides", "the two countries'": the pair the clause is about. */
  private bilateralAt(i: number): number | null {
    const word = this.word(i);
    let at = i;
    // "bilateral ties": the two sides the clause is about, at country level.
    if (word === 'bilateral') return this.push(i, i + 1, i, 'bilateral', null, constraintOf({ plural: true, level: 'country' }));
    if (word === 'the' && this.word(i + 1) === 'two') at = i + 2;
    else if (word === 'both') at = i + 1;
    else return null;
    const level = BILATERAL_LEVEL[this.word(at)];
    if (!level) return null;
    return this.push(i, at + 1, at, 'bilateral', null, constraintOf({ plural: true, level }));
  }

  /** A name with no title before it: a person the document already knows, or a new organisation. */
  private nameAt(unit: Unit): number {
    const { start, end } = unit;
    const nameText = this.text(start, end);
    // "the Rapid Support Forces": the organisation noun closes the name itself.
    if (end - start >= 2 && ORGANISATION_HEADS[this.word(end - 1)]) {
      const organisation = this.actors.organisation(nameText, null, ORGANISATION_HEADS[this.word(end - 1)] ?? null, this.abbreviationAfter(end));
      return this.push(start, this.organisationEnd(end), end - 1, 'named', organisation, null);
    }
    // "Belaya Rus Party": a capitalised phrase ending in an organisation noun.
    const headKey = this.word(end);
    const headSector = ORGANISATION_HEADS[headKey];
    if (headSector && /^\p{Lu}/u.test(this.tokens[end]?.text ?? '')) {
      const orgEnd = this.organisationEnd(end + 1);
      const organisation = this.actors.organisation(this.text(start, end + 1), null, headSector, this.abbreviationAfter(end + 1));
      return this.push(start, orgEnd, end, 'named', organisation, null);
    }
    // "Anna Novak, First Secretary of the Workers' Party, said ...": apposition.
    if (this.word(end) === ',') {
      let roleAt = end + 1;
      if (this.word(roleAt) === 'the') roleAt += 1;
      if (this.entryAt(roleAt, 'role', 'adjective')) {
        const title = this.parseTitle(roleAt);
        // "... in the province of Davao, the military said": a reporter after the comma, no apposition.
        const reporting = title !== null && (this.tokens[title.end]?.pos === 'VERB' || this.tokens[title.end]?.pos === 'AUX');
        if (title && title.roles.length > 0 && title.name === null && !reporting) {
          const person = this.actors.person(nameText, {
            country: title.country, sector: title.sector, role: title.roles[0] ?? null, organisation: title.organisation,
          });
          this.push(start, end, end - 1, 'named', person, null);
          return title.end;
        }
      }
    }
    const known = this.actors.findPerson(nameText) ?? this.actors.findOrganisation(nameText);
    if (known) {
      const orgEnd = known.kind === 'organisation' ? this.partySuffixEnd(this.organisationEnd(end)) : end;
      return this.push(start, orgEnd, end - 1, 'named', known, null);
    }
    return end;
  }

  /** Title phrases, with or without a name after them; `from` is where the mention starts. */
  private titledAt(i: number, from: number, bare = false): number | null {
    const modifier = this.entryAt(i, 'adjective', 'country');
    if (modifier && ORGANISATION_HEADS[this.word(modifier.end)] && /^\p{Lu}/u.test(this.tokens[modifier.end]?.text ?? '')) {
      return this.countryOrganisationAt(i, from);
    }
    const title = this.parseTitle(i);
    if (!title || title.roles.length === 0) {
      // "the Cuban Party", "the Belarusian party": an organisation of the country.
      return this.countryOrganisationAt(i, from);
    }
    if (title.name) {
      const { start, end, known } = title.name;
      // "King Abdullah II Ibn Al Hussein of Jordan": the country after the name.
      let next = end;
      let ofCountry: string | null = null;
      if (this.word(end) === 'of') {
        const country = this.entryAt(end + 1, 'country') ?? (this.word(end + 1) === 'the' ? this.entryAt(end + 2, 'country') : null);
        if (country && country.entry.type === 'country') {
          ofCountry = country.entry.iso3;
          next = country.end;
        }
      }
      const person = this.actors.person(this.text(start, end), {
        country: title.country ?? ofCountry ?? known?.country ?? null, sector: title.sector, role: title.roles[0] ?? null,
        organisation: title.organisation,
      });
      const mentionEnd = this.push(from, next, end - 1, 'named', person, null);
      return Math.max(mentionEnd, next);
    }
    const role = title.roles[title.roles.length - 1] ?? null;
    const headWord = this.word(title.end - 1);
    // "gunmen", "tribesmen": plurals in "-men" too.
    const plural = (headWord.endsWith('s') && !headWord.endsWith('ss')) || headWord.endsWith('men');
    // A lower-case role word with no determiner ("governance", "peoples") is not an actor,
    // and a plural description needs a country to say whose ("the Bolivian leaders").
    if ((bare || plural) && title.country === null && title.organisation === null) {
      // "students", "the rebels": a kind of people, placed by the sentence if it says where.
      if (plural && title.sector && PLACED_SECTORS.has(title.sector)) this.unplacedGroups.push({ start: from, end: title.end, sector: title.sector });
      return title.end;
    }
    // "the Party chief", "Party General Secretary": the party the document is about.
    if (title.roles.some((r) => /^Party\b/.test(r))) title.organisation ??= this.actors.homeParty();
    // "the Belarusian party": one party of that country, which the document may have named.
    const party = !plural && title.country !== null && ORGANISATION_HEADS[headWord] === 'PTY';
    return this.push(from, title.end, title.end - 1, 'description', null, constraintOf({
      country: title.country, role, sector: title.sector, organisation: title.organisation, plural,
      ...(party ? { level: 'organisation' as const } : {}),
    }));
  }

  private countryOrganisationAt(i: number, from: number): number | null {
    const adjective = this.entryAt(i, 'adjective', 'country');
    if (!adjective || (adjective.entry.type !== 'adjective' && adjective.entry.type !== 'country')) return null;
    const iso3 = adjective.entry.iso3;
    const sector = ORGANISATION_HEADS[this.word(adjective.end)];
    if (!sector) return null;
    const headEnd = adjective.end + 1;
    if (/^\p{Lu}/u.test(this.tokens[adjective.end]?.text ?? '') && this.word(headEnd) === 'in') {
      // "the Polish Embassy in Kenya": a named organisation of the first country.
      const place = this.entryAt(headEnd + 1, 'country');
      const end = place ? place.end : headEnd;
      const organisation = this.actors.organisation(this.text(i, end), iso3, sector, null);
      return this.push(from, end, adjective.end, 'named', organisation, null);
    }
    return this.push(from, headEnd, adjective.end, 'description', null, constraintOf({
      country: iso3, sector, level: 'organisation',
    }));
  }

  /**
   * [Adjective | Country('s)] Role (of|to ...)* (and [Adjective] Role (of ...)*)* [Name]
   * Returns null when no role starts the phrase (never a parse without roles).
   */
  private parseTitle(i: number): TitleParse | null {
    let at = i;
    let country: string | null = null;
    // "United Nations Secretary-General X", "Hamas leader X": the organisation a title belongs to.
    const owner = this.entryAt(at, 'organisation');
    let ownerEntity: Entity | null = null;
    if (owner && owner.entry.type === 'organisation') {
      let next = owner.end;
      if (this.word(next) === "'s") next += 1;
      if (!this.entryAt(next, 'role') && !LEADER_WORDS.has(this.word(next))) return null;
      ownerEntity = this.actors.organisation(this.text(at, owner.end), owner.entry.country, owner.entry.sector, null);
      country = ownerEntity.country;
      at = next;
    }
    const modifier = ownerEntity ? null : this.entryAt(at, 'adjective', 'country');
    if (modifier && (modifier.entry.type === 'adjective' || modifier.entry.type === 'country')) {
      let next = modifier.end;
      if (this.word(next) === "'s") next += 1;
      while (TITLE_ADJECTIVES.has(this.word(next)) || (this.tokens[next]?.pos === 'ADJ' && this.unitAt[next] === undefined && /^\p{Ll}/u.test(this.tokens[next]!.text))) next += 1;
      if (this.entryAt(next, 'role') || LEADER_WORDS.has(this.word(next)) || this.isPartyRole(next) || this.namedRoleAt(next)) {
        country = modifier.entry.iso3;
        at = next;
      } else return null;
    }
    // No role here: every caller reads that as no title, so nothing more is built.
    if (this.roleEnd(at) === null) return null;
    const parse: TitleParse = { end: at, roles: [], sector: null, country, organisation: ownerEntity, name: null };
    // An international organisation's officials act for it, whatever their title's usual sector.
    if (ownerEntity?.country === 'IGO') parse.sector = 'IGO';
    for (;;) {
      const roleEnd = this.roleEnd(at);
      if (roleEnd === null) break;
      const roleUnit = this.entryAt(at, 'role') ?? (this.namedRoleAt(at) ? this.entryAt((this.unitAt[at] as Unit).end, 'role') : null);
      parse.roles.push(this.text(at, roleEnd));
      if (parse.sector === null) {
        parse.sector = (roleUnit?.entry.type === 'role' ? roleUnit.entry.sector : null)
          ?? (LEADER_WORDS.has(this.word(roleEnd - 1)) ? 'GOV' : null);
      }
      at = this.complementEnd(roleEnd, parse);
      parse.end = at;
      // "... and Prime Minister of Singapore Lawrence Wong"
      if (this.word(at) === 'and') {
        let next = at + 1;
        const secondModifier = this.entryAt(next, 'adjective');
        if (secondModifier) next = secondModifier.end;
        if (this.roleEnd(next) !== null) {
          if (secondModifier?.entry.type === 'adjective') parse.country ??= secondModifier.entry.iso3;
          at = next;
          continue;
        }
      }
      break;
    }
    const nameUnit = this.unitAt[at];
    if (nameUnit?.kind === 'name') {
      parse.name = { start: nameUnit.start, end: nameUnit.end, known: this.actors.findPerson(this.text(nameUnit.start, nameUnit.end)) };
      parse.end = nameUnit.end;
    } else if (nameUnit?.kind === 'entry' && nameUnit.entry.type === 'person') {
      parse.name = { start: nameUnit.start, end: nameUnit.end, known: null };
      parse.country ??= nameUnit.entry.country;
      parse.end = nameUnit.end;
    }
    return parse;
  }

  /** "External Affairs Minister": capitalised words the role dictionary lacks, then a role. */
  private namedRoleAt(at: number): boolean {
    const unit = this.unitAt[at];
    return unit?.kind === 'name' && unit.end - unit.start <= 3 && this.entryAt(unit.end, 'role') !== null;
  }

  /** "Party General Secretary", "Co-President": role words, possibly several in a row. */
  private roleEnd(at: number): number | null {
    let end = at;
    if (this.namedRoleAt(at)) end = (this.unitAt[at] as Unit).end;
    for (;;) {
      const role = this.entryAt(end, 'role');
      if (role) { end = role.end; continue; }
      if (this.isPartyRole(end) || (end > at && LEADER_WORDS.has(this.word(end)))) { end += 1; continue; }
      if (end === at && LEADER_WORDS.has(this.word(end))) { end += 1; continue; }
      break;
    }
    // The role dictionary has "ambassador to": the preposition belongs to the complement.
    while (end > at + 1 && ['to', 'of', 'for', 'in'].includes(this.word(end - 1))) end -= 1;
    return end > at ? end : null;
  }

  /** "Party" before a title ("Party General Secretary") or as a title's head ("Party chief"). */
  private isPartyRole(at: number): boolean {
    return this.word(at) === 'party' && (this.entryAt(at + 1, 'role') !== null || LEADER_WORDS.has(this.word(at + 1)));
  }

  /** The "of ..." / "to ..." complements of a title; fills country and organisation. */
  private complementEnd(at: number, parse: TitleParse): number {
    let end = at;
    // "Security forces in Togo": a group's place is its country.
    // "supporters from the ruling African National Congress": members of an organisation.
    if (this.word(end) === 'from' && /s$/.test(this.word(end - 1))) {
      let at = end + 1;
      while (this.tokens[at] && ['DET', 'ADJ', 'VERB'].includes(this.tokens[at]!.pos) && this.unitAt[at] === undefined) at += 1;
      const member = this.entryAt(at, 'organisation');
      if (member && member.entry.type === 'organisation') {
        const organisation = this.actors.organisation(this.text(at, member.end), member.entry.country, member.entry.sector, null);
        parse.organisation ??= organisation;
        parse.country ??= organisation.country;
        return this.partySuffixEnd(member.end);
      }
    }
    const placeAt = this.word(end + 1) === 'the' ? end + 2 : end + 1;
    if (this.word(end) === 'in' && this.entryAt(placeAt, 'country') && /s$/.test(this.word(end - 1))) {
      const place = this.entryAt(placeAt, 'country')!;
      if (place.entry.type === 'country') parse.country ??= place.entry.iso3;
      return place.end;
    }
    while (this.word(end) === 'of' || this.word(end) === 'to' || this.word(end) === 'for') {
      const preposition = this.word(end);
      let next = end + 1;
      // "to the United Nations": the dictionary's name may begin with the article itself.
      while (this.unitAt[next] === undefined && (['the', 'its', 'his', 'her', 'their'].includes(this.word(next)) || ORDINAL.test(this.word(next)))) {
        if (this.word(next) === 'its') parse.organisation ??= this.actors.lastOrganisation();
        next += 1;
      }
      if (this.word(next) === 'party' && this.entryAt(next + 1, 'body')) next += 1;
      const unit = this.unitAt[next];
      // "the head of Kenya's central bank": the title runs on over what the country owns, and
      // is of that country unless what it owns is another party ("of Iran's militia allies").
      if (unit?.kind === 'entry' && unit.entry.type === 'country' && this.isPossessive(unit.end)) {
        let owned = unit.end + 1;
        let relational = false;
        while (owned < this.tokens.length) {
          const ownedUnit = this.unitAt[owned];
          // "Kenya's ruling party", "Iran's militia": the dictionary's roles and bodies are owned too.
          if (ownedUnit?.kind === 'entry' && (ownedUnit.entry.type === 'role' || ownedUnit.entry.type === 'body')) {
            owned = ownedUnit.end;
            continue;
          }
          if (!this.isOwnedWord(owned)) break;
          relational ||= RELATIONAL_NOUNS.has(this.word(owned));
          owned += 1;
        }
        if (owned === unit.end + 1) break;
        if (!relational && preposition !== 'to') parse.country ??= unit.entry.iso3;
        end = owned;
        continue;
      }
      // "warships to the Taiwan Strait": only an envoy's title names where it is posted.
      if (preposition === 'to' && !POSTED_ROLE.test(parse.roles[parse.roles.length - 1] ?? '')) break;
      if (unit?.kind === 'entry' && unit.entry.type === 'country') {
        // An ambassador "to Belarus" is not of Belarus.
        if (preposition !== 'to') parse.country ??= unit.entry.iso3;
        end = unit.end;
      } else if (unit?.kind === 'entry' && unit.entry.type === 'organisation' && preposition === 'to') {
        // An ambassador "to the United Nations" is posted there, not its official: a state's envoy.
        end = this.partySuffixEnd(unit.end);
      } else if (unit?.kind === 'entry' && unit.entry.type === 'organisation') {
        const organisation = this.actors.organisation(this.text(next, unit.end), unit.entry.country, unit.entry.sector, this.abbreviationAfter(this.partySuffixEnd(unit.end)));
        parse.organisation ??= organisation;
        parse.country ??= organisation.country;
        // As for a title headed by the organisation: its officials act for it.
        if (parse.organisation === organisation && organisation.country === 'IGO') parse.sector = 'IGO';
        end = this.partySuffixEnd(unit.end);
      } else if (unit?.kind === 'entry' && unit.entry.type === 'body') {
        end = unit.end;
      } else if (unit?.kind === 'name' && this.entryAt(unit.end, 'organisation')) {
        // "the Liberal Democratic Party": a longer name around a known one is another organisation.
        const known = this.entryAt(unit.end, 'organisation')!;
        const organisation = this.actors.organisation(this.text(next, known.end), null, known.entry.type === 'organisation' ? known.entry.sector : null, this.abbreviationAfter(known.end));
        parse.organisation ??= organisation;
        end = known.end;
      } else if (unit?.kind === 'name' && ORGANISATION_HEADS[this.word(unit.end)]) {
        const organisation = this.actors.organisation(this.text(next, unit.end + 1), null, ORGANISATION_HEADS[this.word(unit.end)] ?? null, this.abbreviationAfter(unit.end + 1));
        parse.organisation ??= organisation;
        parse.country ??= organisation.country;
        end = unit.end + 1;
      } else if (unit?.kind === 'entry' && unit.entry.type === 'adjective' && ORGANISATION_HEADS[this.word(unit.end)]) {
        parse.country ??= unit.entry.iso3;
        end = unit.end + 1;
      } else break;
      end = this.organisationEnd(end);
    }
    return end;
  }

  /** "the United Russia party", "the Fatah Party": "party" after an organisation's name. */
  private partySuffixEnd(end: number): number {
    return this.word(end) === 'party' ? end + 1 : end;
  }

  /** Skips "(CPV)" and trailing bodies ("Central Committee") after an organisation. */
  private organisationEnd(end: number): number {
    let at = end;
    for (;;) {
      if (this.tokens[at]?.text === '(' && this.tokens[at + 2]?.text === ')') { at += 3; continue; }
      const body = this.entryAt(at, 'body');
      if (body) { at = body.end; continue; }
      return at;
    }
  }

  /** "(CPV)" right after a name: an abbreviation the document will use. */
  private abbreviationAfter(end: number): string | null {
    const open = this.tokens[end];
    const abbreviation = this.tokens[end + 1];
    const close = this.tokens[end + 2];
    if (open?.text === '(' && close?.text === ')' && abbreviation && /^\p{Lu}[\p{L}.]{1,7}$/u.test(abbreviation.text)) {
      return abbreviation.text;
    }
    return null;
  }
}
