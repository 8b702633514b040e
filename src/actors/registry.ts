// What a document has taught us about its actors: people with their fullest names, roles
// and countries; organisations with their abbreviations. Short forms resolve to them.
import { foldName } from '../nlp/fold.js';
import { memoiseByString } from '../nlp/memo.js';
import type { Entity } from './entities.js';
import { countryOfNearName, countryOfSurname } from './namesakes.js';

/** A person of unknown country: the country of the known namesakes, if they agree. */
function countryBySurname(name: string, role: string | null): string | null {
  return countryOfSurname(name.split(' ').pop() ?? '', role) ?? countryOfNearName(name, role);
}

/** The folded words of a name, worked out once per name: a document names its actors again and again. */
const nameWords: (name: string) => readonly string[] = memoiseByString((name) => foldName(name).split(' ').filter(Boolean), 50_000);

export interface PersonFacts {
  country?: string | null;
  sector?: string | null;
  role?: string | null;
  organisation?: Entity | null;
}

export class DocumentActors {
  private readonly people: Entity[] = [];
  /** Folded name words of each person, recomputed when the name grows. */
  private readonly nameWords = new Map<Entity, { name: string; words: string[] }>();

  private wordsOf(person: Entity): string[] {
    const name = person.name ?? '';
    let cached = this.nameWords.get(person);
    if (!cached || cached.name !== name) {
      cached = { name, words: foldName(name).split(' ') };
      this.nameWords.set(person, cached);
    }
    return cached.words;
  }
  private readonly organisations: Entity[] = [];
  private readonly organisationsByKey = new Map<string, Entity>();
  /** Every entity in order of its latest mention, most recent last. */
  private recent: Entity[] = [];
  /** recentEntities(), kept until the next mention changes the order. */
  private recentBackwards: readonly Entity[] | null = null;

  /** A person named in full or in part; merges with a person already known by a compatible name. */
  person(name: string, facts: PersonFacts): Entity {
    const cleanName = name.replace(/\s+/g, ' ').trim();
    const existing = this.findPerson(cleanName);
    if (existing) {
      // The fullest form of the name wins ("Lam" → "To Lam").
      if (foldName(cleanName).length > foldName(existing.name ?? '').length) existing.name = cleanName;
      existing.country ??= facts.country ?? null;
      existing.sector ??= facts.sector ?? null;
      existing.role ??= facts.role ?? null;
      existing.organisation ??= facts.organisation ?? null;
      if (existing.organisation && !existing.country) existing.country = existing.organisation.country;
      return existing;
    }
    const entity: Entity = {
      key: `person:${foldName(cleanName)}`, kind: 'person', name: cleanName,
      country: facts.country ?? facts.organisation?.country ?? countryBySurname(cleanName, facts.role ?? null),
      sector: facts.sector ?? null, role: facts.role ?? null, organisation: facts.organisation ?? null, members: [],
    };
    this.people.push(entity);
    return entity;
  }

  /** A known person whose name contains these words ("Putin", "Lam", "Diaz-Canel"). */
  findPerson(name: string): Entity | null {
    const words = nameWords(name);
    if (words.length === 0) return null;
    let best: Entity | null = null;
    for (const person of this.people) {
      const known = this.wordsOf(person);
      const all = words.every((w) => known.includes(w)) || known.every((w) => words.includes(w));
      if (!all) continue;
      // Prefer the most recently mentioned person when a surname is shared.
      if (!best || this.recent.lastIndexOf(person) > this.recent.lastIndexOf(best)) best = person;
    }
    return best;
  }

  organisation(name: string, country: string | null, sector: string | null, abbreviation: string | null): Entity {
    const cleanName = name.replace(/^(the|The)\s+/, '').replace(/\s+/g, ' ').trim();
    const key = foldName(cleanName);
    let entity = this.organisationsByKey.get(key) ?? null;
    if (!entity) {
      entity = {
        key: `organisation:${key}`, kind: 'organisation', name: cleanName, country, sector, role: null,
        organisation: null, members: [],
      };
      this.organisations.push(entity);
      this.organisationsByKey.set(key, entity);
    }
    entity.country ??= country;
    entity.sector ??= sector;
    if (abbreviation) this.organisationsByKey.set(foldName(abbreviation), entity);
    return entity;
  }

  allOrganisations(): readonly Entity[] {
    return this.organisations;
  }

  findOrganisation(name: string): Entity | null {
    return this.organisationsByKey.get(foldName(name.replace(/^(the|The)\s+/, ''))) ?? null;
  }

  /** The organisation mentioned last ("its Central Committee"). */
  lastOrganisation(): Entity | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      if (this.recent[i]!.kind === 'organisation') return this.recent[i]!;
    }
    return this.organisations[this.organisations.length - 1] ?? null;
  }

  private readonly bodies = new Map<string, Entity>();

  /** "the 14th National Congress of the CPV": later, "the Congress" is the CPV's. */
  rememberBody(bodyWord: string, organisation: Entity): void {
    this.bodies.set(bodyWord, organisation);
  }

  bodyOwner(bodyWord: string): Entity | null {
    return this.bodies.get(bodyWord) ?? null;
  }

  /** The first party the document names: the "Party" of "the Party chief" or "Party Congress". */
  homeParty(): Entity | null {
    return this.organisations.find((o) => o.sector === 'PTY') ?? null;
  }

  noteMention(entity: Entity): void {
    const at = this.recent.lastIndexOf(entity);
    if (at === this.recent.length - 1 && at >= 0) return;
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(entity);
    this.recentBackwards = null;
  }

  /** Entities from the most recent backwards. */
  recentEntities(): readonly Entity[] {
    this.recentBackwards ??= [...this.recent].reverse();
    return this.recentBackwards;
  }
}
