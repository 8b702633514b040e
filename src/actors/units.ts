// First pass over a sentence: which tokens are dictionary phrases, names, pronouns.
import type { WordForm } from '../nlp/tokenise.js';
import type { Sentence, Token } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import { getGazetteer } from './gazetteer.js';
import type { PhraseMatch, PhraseStart } from './phrase-trie.js';
import { wordKey } from './phrase-trie.js';
import { memoiseByString } from '../nlp/memo.js';

export type Unit =
  | { kind: 'entry'; start: number; end: number; entry: GazetteerEntry; alternatives: GazetteerEntry[] }
  | { kind: 'name'; start: number; end: number }
  | { kind: 'pronoun'; start: number; end: number; number: 'singular' | 'plural' | 'neuter'; possessive: boolean };

/** Words that start a sentence with a capital letter without being part of a name. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'with', 'from', 'during', 'after', 'before',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'and', 'but', 'or', 'as', 'while', 'when', 'if', 'although', 'though', 'since',
  'meanwhile', 'also', 'however', 'earlier', 'later', 'then', 'there', 'here', 'under', 'over',
  'amid', 'among', 'according', 'following', 'despite', 'about', 'both', 'all', 'each', 'some',
  'many', 'other', 'another', 'such', 'no', 'not', 'only', 'yet', 'so', 'thus', 'photo', 'source',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'congratulations', 'thanks', 'talks', 'senior', 'former', 'junior', 'top', 'some', 'several', 'thousands',
  'hundreds', 'dozens', 'members', 'up', 'at', 'least', 'angry', 'radical',
]);

/** Lower-case words that may sit inside a person's name ("Abdullah II Ibn Al Hussein", "Nguyen Van Hai"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'del', 'van', 'von', 'der', 'di', 'la', 'le', 'dos', 'das', 'bint']);

type PronounFacts = { number: 'singular' | 'plural' | 'neuter'; possessive: boolean };

const PRONOUNS = new Map<string, PronounFacts>(Object.entries({
  he: { number: 'singular', possessive: false }, him: { number: 'singular', possessive: false },
  his: { number: 'singular', possessive: true }, she: { number: 'singular', possessive: false },
  her: { number: 'singular', possessive: true }, himself: { number: 'singular', possessive: false },
  herself: { number: 'singular', possessive: false },
  they: { number: 'plural', possessive: false }, them: { number: 'plural', possessive: false },
  their: { number: 'plural', possessive: true }, its: { number: 'neuter', possessive: true },
  it: { number: 'neuter', possessive: false },
}));

const ENTRY_PRIORITY: Record<GazetteerEntry['type'], number> = {
  person: 6, organisation: 5, country: 4, body: 3, role: 2, adjective: 1, capital: 0, city: -1,
};

/** "Liberians", "Israelis": the dictionary lists the singular demonym. */
function pluralDemonym(word: string): GazetteerEntry[] {
  if (!word.endsWith('s')) return [];
  const singular = getGazetteer().longestMatch([word.slice(0, -1)], 0);
  return singular?.values.filter((v) => v.type === 'adjective') ?? [];
}

/** "Vietnamese-led forces", "Iranian-backed militias": the nationality of the compound. */
function compoundNationality(word: string): GazetteerEntry[] {
  const match = /^(.+)-(led|backed|based|run|owned|sponsored|funded|supported|brokered)$/.exec(word);
  if (!match) return [];
  const found = getGazetteer().longestMatch([match[1]!], 0);
  return found?.values.filter((v) => v.type === 'adjective' || v.type === 'country').map((v) => (v.type === 'country' ? { type: 'adjective' as const, iso3: v.iso3 } : v)) ?? [];
}

/**
 * What the actor stage reads from a word form whatever its context. News repeats its words,
 * so this is worked out once per form and each sentence then costs one lookup per token.
 */
export interface WordFacts {
  /** The form's key in the dictionaries (wordKey). */
  key: string;
  capitalised: boolean;
  /** A capitalised word that may be part of a name; a regnal number ("II") never starts one. */
  nameWord: boolean;
  regnalNumber: boolean;
  particle: boolean;
  pronoun: PronounFacts | undefined;
  /** Where the dictionary phrases that start with this word go on. */
  phraseStart: PhraseStart<GazetteerEntry> | null;
  /** "US", "IT": up to three capitals, a word as well as an abbreviation. */
  shortCapitals: boolean;
  /** "CPV", "U.S.": capitals (and dots) only. */
  abbreviation: boolean;
  /** The demonym this word is the plural of ("Liberians"); worked out when first asked. */
  pluralDemonym: GazetteerEntry[] | undefined;
  /** The nationality of a compound ("Iranian-backed"); worked out when first asked. */
  compoundNationality: GazetteerEntry[] | undefined;
}

/** Arabic's article as names carry it in lower case: "al-Qaeda", "el-Sisi", "ash-Shabaab". */
const LOWER_CASE_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/** Worked out once per word form (computeWordFacts), so a regular expression costs nothing per token. */
function isCapitalisedText(text: string): boolean {
  const first = text.charAt(0);
  if (first !== first.toLowerCase()) return text !== 'I';
  return LOWER_CASE_ARTICLE.test(text);
}

function computeWordFacts(text: string): WordFacts {
  const key = wordKey(text);
  const capitalised = isCapitalisedText(text);
  return {
    key,
    capitalised,
    nameWord: capitalised && !FUNCTION_WORDS.has(key),
    regnalNumber: /^[IVX]+$/.test(text),
    particle: NAME_PARTICLES.has(key),
    pronoun: PRONOUNS.get(key),
    phraseStart: getGazetteer().startOf(key),
    shortCapitals: text.length <= 3 && /^[A-Z]+$/.test(text),
    abbreviation: /^\p{Lu}[\p{Lu}.]+$/u.test(text),
    pluralDemonym: undefined,
    compoundNationality: undefined,
  };
}

/** The facts of a word form, from the table of forms seen before. */
export const wordFacts: (text: string) => WordFacts = memoiseByString(computeWordFacts, 200_000);

function pluralDemonymOf(facts: WordFacts): GazetteerEntry[] {
  facts.pluralDemonym ??= pluralDemonym(facts.key);
  return facts.pluralDemonym;
}

/** The facts of a token's spelling: kept with the tagger's word form when it has one, else looked up by text. */
export function tokenFacts(text: string, form: WordForm | null): WordFacts {
  if (form === null) return wordFacts(text);
  form.spellingFacts ??= computeWordFacts(text);
  return form.spellingFacts as WordFacts;
}

/** "Liberians", "Vietnamese-led": the nationality a word carries on its own. */
function demonymOf(facts: WordFacts): GazetteerEntry[] {
  if (!facts.key.includes('-')) return pluralDemonymOf(facts);
  facts.compoundNationality ??= compoundNationality(facts.key);
  return facts.compoundNationality;
}

function actsAsSubject(tokens: readonly Token[], i: number): boolean {
  let at = i + 1;
  while (tokens[at] && (tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'ADV') && !['is', 'was', "'s"].includes(tokens[at]!.norm)) at += 1;
  return tokens[at]?.pos === 'VERB';
}

function endsNameWithRoleWord(tokens: readonly Token[], match: TrieMatch, at: number): boolean {
  if (!match || match.length !== 1 || !match.values.every((v) => v.type === 'role')) return false;
  // Only where a verb follows: "Ann King has pledged", not "the Liberal Party of Canada".
  const next = tokens[at + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** A capitalised word that can be part of a person's name at this position. */
function isNameWord(facts: readonly WordFacts[], i: number): boolean {
  const word = facts[i];
  if (word === undefined || !word.nameWord) return false;
  return word.regnalNumber ? i > 0 : true; // regnal numbers, never at the start
}

function bestEntry(values: GazetteerEntry[]): GazetteerEntry {
  return values.reduce((best, v) => (ENTRY_PRIORITY[v.type] > ENTRY_PRIORITY[best.type] ? v : best));
}

type TrieMatch = PhraseMatch<GazetteerEntry> | null;

/** The gazetteer's longest match at each position, looked up at most once per sentence. */
function matchesOf(facts: readonly WordFacts[], words: readonly string[]): (at: number) => TrieMatch {
  const trie = getGazetteer();
  const found: (TrieMatch | undefined)[] = new Array(words.length);
  return (at) => {
    let match = found[at];
    if (match === undefined) {
      match = at < words.length ? trie.longestMatchFrom(facts[at]!.phraseStart, words, at) : null;
      found[at] = match;
    }
    return match;
  };
}

/** Is any of the words from `start` to `end` (exclusive) written with a capital? */
function anyCapitalised(facts: readonly WordFacts[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (facts[k]!.capitalised) return true;
  return false;
}

/** Is every word from `start` to `end` (exclusive) capitalised or a name particle? */
function allNameLike(facts: readonly WordFacts[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!facts[k]!.capitalised && !facts[k]!.particle) return false;
  return true;
}

/** The units of a sentence; `facts` are its tokens' word facts and `words` their keys. */
export function unitsOf(sentence: Sentence, facts: readonly WordFacts[], words: readonly string[]): Unit[] {
  const tokens = sentence.tokens;
  const matchAt = matchesOf(facts, words);
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const word = facts[i]!;
    const pronoun = word.pronoun;
    // "it" names an actor only as the subject of a full verb ("it had closed"), not in "it is".
    const expletive = words[i] === 'it' && !actsAsSubject(tokens, i);
    if (pronoun && !expletive && (token.pos === 'PRON' || token.pos === 'DET')) {
      units.push({ kind: 'pronoun', start: i, end: i + 1, number: pronoun.number, possessive: pronoun.possessive });
      i += 1;
      continue;
    }
    let match = matchAt(i);
    if (!match && word.capitalised) {
      const demonym = demonymOf(word);
      if (demonym.length > 0) match = { length: 1, values: demonym };
    }
    // Lower-case dictionary hits count only for roles, adjectives and bodies ("president",
    // "party chief"); a country, organisation or person is written with a capital.
    if (match) {
      const entry = bestEntry(match.values);
      const matchEnd = i + match.length;
      const capitalised = anyCapitalised(facts, i, matchEnd);
      const isAbbreviation = match.length === 1 && word.abbreviation;
      // "Lawrence Wong", "David Holloway": a city's name that runs on into another capitalised
      // word is a person's or a longer place's name, not the city.
      const cityInName = entry.type === 'city' && (isNameWord(facts, matchEnd) || isNameWord(facts, i - 1));
      const allowed = !cityInName && (entry.type === 'role' || entry.type === 'body'
        || (capitalised && (entry.type !== 'person' || allNameLike(facts, i, matchEnd)))
        || isAbbreviation);
      // "US" and "IT" are words too: an all-caps two-letter hit must be tagged as a proper noun.
      if (allowed && !(match.length === 1 && word.shortCapitals && token.pos !== 'PROPN' && token.pos !== 'NOUN')) {
        let end = i + match.length;
        // "Abdullah II Ibn Al Hussein": the text may name a known person more fully.
        if (entry.type === 'person') {
          while (end < tokens.length && isNameWord(facts, end) && !matchAt(end)) end += 1;
        }
        units.push({ kind: 'entry', start: i, end, entry, alternatives: match.values });
        i = end;
        continue;
      }
    }
    if (isNameWord(facts, i)) {
      let end = i + 1;
      while (end < tokens.length) {
        if (facts[end]!.particle && isNameWord(facts, end) && tokens[end + 1] && isNameWord(facts, end + 1)) {
          end += 2;
        } else if (isNameWord(facts, end) && pluralDemonymOf(facts[end]!).length === 0 && !matchAt(end)?.values.some((v) => v.type === 'country' || v.type === 'organisation' || v.type === 'body' || v.type === 'role' || v.type === 'adjective')) {
          end += 1;
        } else if (isNameWord(facts, end) && endsNameWithRoleWord(tokens, matchAt(end), end)) {
          // "Health Secretary Ann King has": a role word can be a surname when it ends the name.
          end += 1;
        } else if (facts[end]!.particle && tokens[end + 1] && isNameWord(facts, end + 1)) {
          end += 2;
        } else break;
      }
      units.push({ kind: 'name', start: i, end });
      i = end;
      continue;
    }
    i += 1;
  }
  return units;
}
