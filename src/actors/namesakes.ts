// The country of a person the text names without one, read off the dictionary's people who
// bear the name: "President Bush" is American even though the text never says so, and
// "Chancellor Angela Merkal" (a wire's typo) is still German.
import { distance } from 'fastest-levenshtein';
import { foldName } from '../nlp/fold.js';
import { memoiseByString } from '../nlp/memo.js';
import { loadOntology } from '../ontology/load.js';

interface Namesake { country: string; titles: string[] }

/**
 * The country that the namesakes point to. Those who held the title the text gives come
 * first ("President Obama"); then a country that most of them share. Null when unclear.
 */
function countryOfNamesakes(known: readonly Namesake[], title: string | null): string | null {
  const wanted = title?.toLowerCase();
  const titled = wanted ? known.filter((k) => k.titles.some((t) => t === wanted || t.endsWith(` ${wanted}`))) : [];
  for (const pool of [titled, known]) {
    const counts = new Map<string, number>();
    for (const k of pool) counts.set(k.country, (counts.get(k.country) ?? 0) + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (best && best[1] * 2 > pool.length) return best[0];
  }
  return null;
}

function namesakeOf(person: { country: string | null; roles: readonly { title?: string | null }[] }): Namesake | null {
  // An international official's surname says nothing of a country.
  if (!person.country || person.country === 'IGO') return null;
  return { country: person.country, titles: person.roles.map((r) => (r.title ?? '').toLowerCase()) };
}

let bySurname: Map<string, Namesake[]> | null = null;

function surnameIndex(): Map<string, Namesake[]> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  for (const person of loadOntology().people) {
    const last = person.name.split(' ').pop()?.toLowerCase();
    const namesake = namesakeOf(person);
    if (!last || !namesake) continue;
    const list = bySurname.get(last) ?? [];
    list.push(namesake);
    bySurname.set(last, list);
  }
  return bySurname;
}

/**
 * Answers depend on the name and title alone, and news names the same people again and
 * again: worked out once per title and name.
 */
function memoisedPerTitle(compute: (name: string, title: string | null) => string | null): (name: string, title: string | null) => string | null {
  const perTitle = new Map<string | null, (name: string) => string | null>();
  return (name, title) => {
    let byName = perTitle.get(title);
    if (byName === undefined) {
      if (perTitle.size > 1_000) perTitle.clear();
      byName = memoiseByString((n) => compute(n, title), 10_000);
      perTitle.set(title, byName);
    }
    return byName(name);
  };
}

/** The country of the known people with this surname. */
export const countryOfSurname = memoisedPerTitle((surname, title) =>
  countryOfNamesakes(surnameIndex().get(surname.toLowerCase()) ?? [], title));

/** Surnames shorter than this are too many alike for one letter's difference to name a person. */
const MIN_NEAR_SURNAME = 5;

interface NamedNamesake extends Namesake { surname: string }

let byFirstName: Map<string, NamedNamesake[]> | null = null;

function firstNameIndex(): Map<string, NamedNamesake[]> {
  if (byFirstName) return byFirstName;
  byFirstName = new Map();
  for (const person of loadOntology().people) {
    const words = foldName(person.name).split(' ').filter(Boolean);
    const namesake = namesakeOf(person);
    if (words.length < 2 || !namesake) continue;
    const first = words[0]!;
    const list = byFirstName.get(first) ?? [];
    list.push({ ...namesake, surname: words[words.length - 1]! });
    byFirstName.set(first, list);
  }
  return byFirstName;
}

/**
 * The country of the known people whose first name is the text's and whose surname is one
 * letter away from it ("Angela Merkal" for Angela Merkel): wires misspell foreign names, and
 * a full name with one slip is still that person's. Exact surnames go to countryOfSurname.
 */
export const countryOfNearName = memoisedPerTitle((name, title) => {
  const words = foldName(name).split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const surname = words[words.length - 1]!;
  if (surname.length < MIN_NEAR_SURNAME) return null;
  const near = (firstNameIndex().get(words[0]!) ?? [])
    .filter((k) => k.surname.length >= MIN_NEAR_SURNAME && distance(k.surname, surname) === 1);
  return countryOfNamesakes(near, title);
});
