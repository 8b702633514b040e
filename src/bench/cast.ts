// The cast of the benchmark corpus — the people, states, forces, parties, organisations and
// armed groups that act in it — and the ways news names them: a full first mention
// ("Kenyan President Amara Otieno", "the Foreign Minister of Peru, Lucía Quispe,"), then
// shorter ones ("Otieno", "the Kenyan president", "he"). The cast is fixed per seed so that
// the same person keeps one name and one office across the whole corpus, as in real news.
import { SeededRandom } from './random.js';
import {
  ARMED_GROUPS, COUNTRIES, MINISTERS, NAME_POOLS, ORGANISATIONS, OTHER_OFFICES, PARTY_NAMES,
  type CountryEntry, type OrganisationEntry,
} from './vocabulary.js';

export type Gender = 'male' | 'female';

export interface Person {
  kind: 'person';
  id: string;
  fullName: string;
  shortName: string;
  gender: Gender;
  office: string;
  /** What goes before the short name on later mentions ("President" Otieno). */
  title: string;
  /** The person's state, or null for the head of an international organisation. */
  country: CountryEntry | null;
  organisation: OrganisationEntry | null;
}

/** A collective actor: a state, its forces or police, a party, an organisation, an armed group. */
export interface Body {
  kind: 'state' | 'forces' | 'police' | 'party' | 'organisation' | 'group' | 'crowd';
  id: string;
  country: CountryEntry | null;
  /** Forms for a first mention, and for later ones; all start lower-case where English allows. */
  firstForms: readonly string[];
  laterForms: readonly string[];
  /** Later forms that only work as a subject ("the Kenyan foreign ministry said", not "to"). */
  laterSubjectForms?: readonly string[];
  /** Forms used as a possessive determiner, before a noun ("Kenya's", "NATO's"). */
  possessiveForms: readonly string[];
  plural: boolean;
}

export type Actor = Person | Body;

/** Everyone a country contributes to the news. */
export interface CountryCast {
  country: CountryEntry;
  /** Head of state, head of government and party leader, most senior first. */
  leaders: Person[];
  ministers: Person[];
  officials: Person[];
  state: Body;
  forces: Body;
  police: Body;
  rulingParty: Body;
  oppositionParty: Body;
  /** Unnamed crowds (protesters, students) in that country. */
  crowd: Body;
}

export interface OrganisationCast {
  organisation: OrganisationEntry;
  body: Body;
  head: Person | null;
}

export interface Cast {
  countries: CountryCast[];
  organisations: OrganisationCast[];
  groups: Body[];
}

/** "Kenya's", "the Philippines'": English possessive of a name. */
export function possessiveOf(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** The form a title takes after "the" ("the Kenyan foreign minister"). */
function lowerOffice(office: string): string {
  return office.split(' ').map((word) => (/^(United|Nations)$/.test(word) ? word : word.toLowerCase())).join(' ');
}

/** Titles that go before a name on later mentions, where the full office would be clumsy. */
const TITLES_BEFORE_NAME: Readonly<Record<string, string>> = {
  'Ambassador to the United Nations': 'Ambassador',
  'Army Chief': 'General',
  'Speaker of Parliament': 'Speaker',
  'Opposition Leader': 'opposition leader',
};

/** Draws names so that no two people of the cast share a full name. */
class NameDrawer {
  private readonly used = new Set<string>();
  constructor(private readonly rng: SeededRandom) {}

  draw(poolId: CountryEntry['names'], fixedGender?: Gender): { fullName: string; shortName: string; gender: Gender } {
    const pool = NAME_POOLS[poolId];
    for (let attempt = 0; ; attempt++) {
      // Roughly a third of the cast are women, as in recent cabinets.
      const gender: Gender = fixedGender ?? (this.rng.chance(0.33) ? 'female' : 'male');
      const given = this.rng.pick(gender === 'male' ? pool.male : pool.female);
      const family = this.rng.pick(pool.family);
      const fullName = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
      if (this.used.has(fullName) && attempt < 50) continue;
      this.used.add(fullName);
      const shortName = pool.shortName === 'family' ? family : (given.split(' ').at(-1) ?? given);
      return { fullName, shortName, gender };
    }
  }
}

/** Offices whose titles are male by definition (a woman on the throne is a Queen). */
const MALE_TITLES = new Set(['King', 'Emir', 'Crown Prince', 'Emperor']);

function person(names: NameDrawer, country: CountryEntry, office: string): Person {
  const drawn = names.draw(country.names, MALE_TITLES.has(office) ? 'male' : undefined);
  const title = TITLES_BEFORE_NAME[office] ?? office;
  return { kind: 'person', id: `${country.iso3}:${office}`, office, title, country, organisation: null, ...drawn };
}

function countryCast(rng: SeededRandom, names: NameDrawer, country: CountryEntry): CountryCast {
  const { adjective: adj, name, capital } = country;
  const poss = possessiveOf(name);
  const { offices } = country;
  const leaders = [offices.partyLeader, offices.headOfState, offices.headOfGovernment]
    .filter((office): office is string => office !== null)
    .map((office) => person(names, country, office));
  const ruling = rng.pick(PARTY_NAMES);
  const opposition = rng.pickOtherThan(PARTY_NAMES, ruling);
  const body = (kind: Body['kind'], suffix: string, parts: Omit<Body, 'kind' | 'id' | 'country'>): Body =>
    ({ kind, id: `${country.iso3}:${suffix}`, country, ...parts });
  return {
    country,
    leaders,
    ministers: MINISTERS.map((office) => person(names, country, office)),
    officials: OTHER_OFFICES.map((office) => person(names, country, office)),
    state: body('state', 'state', {
      firstForms: [name, name, `the ${adj} government`, `the government of ${name}`],
      laterForms: [name, `the ${adj} government`, capital],
      laterSubjectForms: [`the ${adj} foreign ministry`],
      possessiveForms: [poss, `the ${adj} government's`, possessiveOf(capital)],
      plural: false,
    }),
    forces: body('forces', 'forces', {
      firstForms: [`${adj} troops`, `${adj} forces`, `${adj} soldiers`, `the armed forces of ${name}`],
      laterForms: [`${adj} troops`, `${adj} forces`, 'the soldiers', 'government forces'],
      possessiveForms: [`the ${adj} army's`],
      plural: true,
    }),
    police: body('police', 'police', {
      firstForms: [`${adj} police`, `police in ${capital}`, `security forces in ${name}`],
      laterForms: ['police', `${adj} police`, 'security forces'],
      possessiveForms: [`the ${adj} police's`],
      plural: true,
    }),
    rulingParty: body('party', 'ruling', {
      firstForms: [`the ruling ${ruling}`, `${poss} ruling ${ruling}`],
      laterForms: [`the ${ruling}`, 'the ruling party'],
      possessiveForms: [`the ${ruling}'s`],
      plural: false,
    }),
    crowd: body('crowd', 'crowd', {
      firstForms: ['thousands of protesters', 'hundreds of demonstrators', 'crowds of students', `protesters in ${capital}`],
      laterForms: ['the protesters', 'the demonstrators'],
      possessiveForms: ["the protesters'"],
      plural: true,
    }),
    oppositionParty: body('party', 'opposition', {
      firstForms: [`the opposition ${opposition}`, `${poss} opposition ${opposition}`],
      laterForms: [`the ${opposition}`, 'the opposition party'],
      possessiveForms: [`the ${opposition}'s`],
      plural: false,
    }),
  };
}

function organisationCast(names: NameDrawer, rng: SeededRandom, organisation: OrganisationEntry): OrganisationCast {
  const body: Body = {
    kind: 'organisation', id: `IGO:${organisation.short}`, country: null,
    firstForms: [organisation.name],
    laterForms: [organisation.short, organisation.name],
    possessiveForms: [possessiveOf(organisation.name)],
    plural: false,
  };
  if (organisation.head === null) return { organisation, body, head: null };
  // Heads of international bodies come from anywhere.
  const drawn = names.draw(rng.pick(COUNTRIES).names);
  const head: Person = {
    kind: 'person', id: `IGO:${organisation.head}`, office: organisation.head, title: organisation.head,
    country: null, organisation, ...drawn,
  };
  return { organisation, body, head };
}

function groupCast(rng: SeededRandom): Body[] {
  return ARMED_GROUPS.map((name) => {
    const base = rng.pick(COUNTRIES);
    return {
      kind: 'group', id: `GRP:${name}`, country: base,
      firstForms: [`the ${name}`, `fighters of the ${name}`, `the ${name} rebels`],
      laterForms: ['the rebels', `the ${name}`, 'the group', 'the fighters'],
      possessiveForms: [`the ${name}'s`, "the rebels'"],
      plural: false,
    } satisfies Body;
  });
}

/** Builds the whole cast; the same seed always gives the same people in the same offices. */
export function buildCast(seed: string): Cast {
  const rng = new SeededRandom(`${seed}:cast`);
  const names = new NameDrawer(rng);
  return {
    countries: COUNTRIES.map((country) => countryCast(rng, names, country)),
    organisations: ORGANISATIONS.map((organisation) => organisationCast(names, rng, organisation)),
    groups: groupCast(rng),
  };
}

/** Where in a clause a mention sits; appositions with commas only work as subjects. */
export type MentionPosition = 'subject' | 'object';

/**
 * What an article has said so far, so that mentions get shorter once an actor is known and
 * pronouns only point at someone named in the sentence before.
 */
export class MentionTracker {
  private readonly mentioned = new Set<string>();
  private previous = new Set<string>();
  private current = new Set<string>();

  constructor(private readonly rng: SeededRandom) {}

  /** Call between sentences. */
  nextSentence(): void {
    this.previous = this.current;
    this.current = new Set();
  }

  mention(actor: Actor, position: MentionPosition): string {
    const known = this.mentioned.has(actor.id);
    const pronounOk = known && this.previous.has(actor.id) && !this.current.has(actor.id);
    this.mentioned.add(actor.id);
    this.current.add(actor.id);
    return actor.kind === 'person'
      ? this.personMention(actor, position, known, pronounOk)
      : this.rng.pick(known ? this.laterBodyForms(actor, position) : actor.firstForms);
  }

  possessive(actor: Actor): string {
    const known = this.mentioned.has(actor.id);
    this.mentioned.add(actor.id);
    this.current.add(actor.id);
    if (actor.kind !== 'person') return this.rng.pick(actor.possessiveForms);
    // "President Amara Otieno of Kenya's" is clumsy; first-mention possessives take the short form.
    if (!known) {
      const prefix = actor.country ? `${actor.country.adjective} ${actor.office}` : actor.office;
      return possessiveOf(`${prefix} ${actor.fullName}`);
    }
    return possessiveOf(this.rng.chance(0.6) ? actor.shortName : `${actor.title} ${actor.shortName}`);
  }

  private laterBodyForms(body: Body, position: MentionPosition): readonly string[] {
    const extra = position === 'subject' ? body.laterSubjectForms : undefined;
    return extra ? [...body.laterForms, ...extra] : body.laterForms;
  }

  private personMention(p: Person, position: MentionPosition, known: boolean, pronounOk: boolean): string {
    if (!known) return this.personFirstMention(p, position);
    const roll = this.rng.next();
    if (pronounOk && roll < 0.3) {
      if (position === 'subject') return p.gender === 'male' ? 'he' : 'she';
      return p.gender === 'male' ? 'him' : 'her';
    }
    if (roll < 0.6) return p.shortName;
    if (roll < 0.8) return `${p.title} ${p.shortName}`;
    return p.country ? `the ${p.country.adjective} ${lowerOffice(p.office)}` : `the ${p.office}`;
  }

  private personFirstMention(p: Person, position: MentionPosition): string {
    const c = p.country;
    if (c === null) return `${p.office} ${p.fullName}`;
    const forms = [
      () => `${c.adjective} ${p.office} ${p.fullName}`,
      () => `${c.adjective} ${p.office} ${p.fullName}`,
      () => `${possessiveOf(c.name)} ${p.office} ${p.fullName}`,
      () => `${p.office} ${p.fullName} of ${c.name}`,
    ];
    if (position === 'subject') {
      forms.push(
        () => `the ${p.office} of ${c.name}, ${p.fullName},`,
        () => `${p.fullName}, ${possessiveOf(c.name)} ${lowerOffice(p.office)},`,
      );
    }
    return this.rng.pick(forms)();
  }
}

/** "his", "her", "its", "their": what a clause uses to point back at its subject. */
export function possessivePronoun(actor: Actor): string {
  if (actor.kind === 'person') return actor.gender === 'male' ? 'his' : 'her';
  return actor.plural ? 'their' : 'its';
}

/** "he", "she", "it", "they": the subject pronoun for an actor. */
export function subjectPronoun(actor: Actor): string {
  if (actor.kind === 'person') return actor.gender === 'male' ? 'he' : 'she';
  return actor.plural ? 'they' : 'it';
}
