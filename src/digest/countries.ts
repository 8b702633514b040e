// Country names for prose. Readers of a brief know "Russia", not "RUS": names come from the
// project's own country data (data/countries.json, loaded once by the ontology loader).
import { loadOntology } from '../ontology/load.js';

let names: Map<string, string> | null = null;

/** "RUS" → "Russia"; "IGO" → "International organisations"; unknown codes are returned as given. */
export function countryName(code: string): string {
  if (code === 'IGO') return 'International organisations';
  if (!names) names = new Map(loadOntology().countries.map((c) => [c.iso3, c.name] as const));
  return names.get(code.toUpperCase()) ?? code;
}

/** Whether a code names a country the project knows (or "IGO"). */
export function isKnownCountry(code: string): boolean {
  return code.toUpperCase() === 'IGO' || countryName(code) !== code;
}

/** The heading for actors whose country the coder did not know. */
export const UNKNOWN_COUNTRY = 'Country not known';

/** Names that take "the" in a sentence ("leaders of the United States", "from the Philippines"). */
const WITH_ARTICLE = /^(United|Central African|Dominican|Czech|Republic|Holy See)\b|\b(Islands|Republic|Emirates)$|^(Bahamas|Comoros|Gambia|Maldives|Netherlands|Philippines|Seychelles)$/;

/** A country's name as it stands inside a sentence; headings use the bare name. */
export function countryInProse(code: string | null, name: string): string {
  if (code === 'IGO') return 'international organisations';
  if (code === null) return name;
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}
