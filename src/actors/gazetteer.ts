// The actor dictionaries as one phrase lookup: countries, adjectives, capitals,
// organisations, known people and role titles. Built once from data/ and shared.
import { loadOntology } from '../ontology/load.js';
import { PhraseTrie } from './phrase-trie.js';

export type GazetteerEntry =
  | { type: 'country'; iso3: string }
  | { type: 'adjective'; iso3: string }
  | { type: 'capital'; iso3: string }
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

/** Titles the role dictionary may lack; each line is a title and its sector. */
const EXTRA_ROLES: [string, string][] = [
  ['co-president', 'GOV'], ['vice president', 'GOV'], ['vice-president', 'GOV'],
  ['general secretary', 'PTY'], ['secretary-general', 'PTY'], ['secretary general', 'PTY'],
  ['first secretary', 'PTY'], ['party chief', 'PTY'], ['party leader', 'PTY'],
  ['chairman', 'PTY'], ['chairwoman', 'PTY'], ['chair', 'PTY'],
  ['president', 'GOV'], ['prime minister', 'GOV'], ['pm', 'GOV'], ['premier', 'GOV'],
  ['king', 'GOV'], ['queen', 'GOV'], ['emir', 'GOV'], ['sultan', 'GOV'], ['crown prince', 'GOV'],
  ['ambassador', 'GOV'], ['envoy', 'GOV'], ['foreign minister', 'GOV'], ['minister', 'GOV'],
  ['chancellor', 'GOV'], ['leader', 'GOV'], ['leaders', 'GOV'], ['spokesman', 'GOV'],
  ['spokeswoman', 'GOV'], ['spokesperson', 'GOV'], ['secretary of state', 'GOV'],
];

let cached: PhraseTrie<GazetteerEntry> | null = null;

export function getGazetteer(): PhraseTrie<GazetteerEntry> {
  if (cached) return cached;
  const ontology = loadOntology();
  const trie = new PhraseTrie<GazetteerEntry>();
  for (const country of ontology.countries) {
    for (const name of new Set([country.name, ...country.names])) trie.add(name, { type: 'country', iso3: country.iso3 });
    for (const adjective of country.adjectives) trie.add(adjective, { type: 'adjective', iso3: country.iso3 });
    for (const capital of country.capitals) trie.add(capital, { type: 'capital', iso3: country.iso3 });
  }
  for (const organisation of ontology.organisations) {
    const entry: GazetteerEntry = {
      type: 'organisation', name: organisation.name, country: organisation.country, sector: organisation.sector,
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
  for (const agent of ontology.agents) trie.add(agent.phrase, { type: 'role', sector: agent.sector });
  for (const [title, sector] of EXTRA_ROLES) trie.add(title, { type: 'role', sector });
  for (const body of BODIES) trie.add(body, { type: 'body' });
  cached = trie;
  return trie;
}
