// The actor dictionaries as one phrase lookup: countries, adjectives, capitals,
// organisations, known people and role titles. Built once from data/ and shared.
import { loadOntology } from '../ontology/load.js';
import { PhraseTrie } from './phrase-trie.js';

export type GazetteerEntry =
  | { type: 'country'; iso3: string }
  | { type: 'adjective'; iso3: string }
  | { type: 'capital'; iso3: string }
  /** A city that is not a capital: a place only ("in Lagos"), never an actor. */
  | { type: 'city'; iso3: string }
  | { type: 'organisation'; name: string; country: string | null; sector: string | null }
  | { type: 'person'; name: string; country: string | null; sector: string | null }
  | { type: 'role'; sector: string | null }
  | { type: 'body' };

/** Bodies of a party or state: part of a title, never a person's name ("Central Committee"). */
const BODIES = [
  'central committee', 'politburo', 'political bureau', 'secretariat', 'presidium',
  'standing committee', 'national congress', 'party congress', 'national party congress', 'congress',
  'central military commission', 'national assembly', 'state council', 'council of ministers',
  'cabinet', 'supreme council', 'executive committee', 'central executive committee',
];

let cached: PhraseTrie<GazetteerEntry> | null = null;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

export function getGazetteer(): PhraseTrie<GazetteerEntry> {
  if (cached) return cached;
  const ontology = loadOntology();
  const trie = new PhraseTrie<GazetteerEntry>();
  // An adjective some source lists for two countries ("Serbian" under Montenegro too) goes
  // to the country whose name it comes from.
  const adjectiveOwner = new Map<string, { iso3: string; shared: number }>();
  for (const country of ontology.countries) {
    for (const adjective of country.adjectives) {
      const key = adjective.toLowerCase();
      const shared = commonPrefix(key, country.name.toLowerCase());
      const owner = adjectiveOwner.get(key);
      if (!owner || shared > owner.shared) adjectiveOwner.set(key, { iso3: country.iso3, shared });
    }
  }
  for (const country of ontology.countries) {
    for (const name of new Set([country.name, ...country.names])) trie.add(name, { type: 'country', iso3: country.iso3 });
    for (const adjective of country.adjectives) {
      if (adjectiveOwner.get(adjective.toLowerCase())?.iso3 === country.iso3) trie.add(adjective, { type: 'adjective', iso3: country.iso3 });
    }
    // Capitals and seats of government both stand for the government ("Hanoi", "the Kremlin").
    for (const seat of [...country.capitals, ...country.seats]) trie.add(seat, { type: 'capital', iso3: country.iso3 });
  }
  addCities(trie, ontology.countries);
  for (const organisation of ontology.organisations) {
    // The contract codes international organisations (and international NGOs) as IGO.
    const international = organisation.country === null
      && (organisation.source === 'phoenix-international' || organisation.sector === 'NGO' || organisation.sector === 'IGO');
    const entry: GazetteerEntry = {
      type: 'organisation', name: organisation.name, country: international ? 'IGO' : organisation.country,
      sector: organisation.sector,
    };
    for (const alias of new Set([organisation.name, ...organisation.aliases])) trie.add(alias, entry);
  }
  for (const person of ontology.people) {
    const sector = person.roles[person.roles.length - 1]?.sector ?? null;
    const entry: GazetteerEntry = { type: 'person', name: person.name, country: person.country, sector };
    for (const alias of new Set([person.name, ...person.aliases])) {
      // A lone surname is too ambiguous to name a person without the document's help.
      if (alias.trim().includes(' ')) trie.add(alias, entry);
    }
  }
  for (const agent of ontology.agents) {
    // Loose entries are stems and multi-word oddities that match ordinary prose.
    if (!agent.loose) trie.add(agent.phrase, { type: 'role', sector: agent.sector });
  }
  for (const body of BODIES) trie.add(body, { type: 'body' });
  cached = trie;
  return trie;
}

/**
 * Cities other than capitals, as places. A city name some other country also lists ("Tripoli",
 * "Hyderabad"), or that is also a country's name, adjective or capital, says no one country
 * and is left out.
 */
function addCities(trie: PhraseTrie<GazetteerEntry>, countries: ReturnType<typeof loadOntology>['countries']): void {
  const owners = new Map<string, Set<string>>();
  const taken = new Set<string>();
  for (const country of countries) {
    for (const name of [country.name, ...country.names, ...country.adjectives, ...country.capitals, ...country.seats]) taken.add(name.toLowerCase());
    for (const city of country.cities) {
      const key = city.toLowerCase();
      const set = owners.get(key) ?? new Set<string>();
      set.add(country.iso3);
      owners.set(key, set);
    }
  }
  for (const country of countries) {
    for (const city of country.cities) {
      const key = city.toLowerCase();
      if (owners.get(key)!.size === 1 && !taken.has(key) && /^\p{Lu}/u.test(city)) trie.add(city, { type: 'city', iso3: country.iso3 });
    }
  }
}
