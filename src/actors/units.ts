// First pass over a sentence: which tokens are dictionary phrases, names, pronouns.
import type { Sentence, Token } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';
import { getGazetteer } from './gazetteer.js';
import { wordKey } from './phrase-trie.js';

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

/** Lower-case words that may sit inside a person's name ("Abdullah II Ibn Al Hussein", "Nguyen Van Trung"). */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'del', 'van', 'von', 'der', 'di', 'la', 'le', 'dos', 'das', 'bint']);

const PRONOUNS = new Map<string, { number: 'singular' | 'plural' | 'neuter'; possessive: boolean }>(Object.entries({
  he: { number: 'singular', possessive: false }, him: { number: 'singular', possessive: false },
  his: { number: 'singular', possessive: true }, she: { number: 'singular', possessive: false },
  her: { number: 'singular', possessive: true }, himself: { number: 'singular', possessive: false },
  herself: { number: 'singular', possessive: false },
  they: { number: 'plural', possessive: false }, them: { number: 'plural', possessive: false },
  their: { number: 'plural', possessive: true }, its: { number: 'neuter', possessive: true },
  it: { number: 'neuter', possessive: false },
}));

const ENTRY_PRIORITY: Record<GazetteerEntry['type'], number> = {
  person: 6, organisation: 5, country: 4, body: 3, role: 2, adjective: 1, capital: 0,
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

function actsAsSubject(tokens: readonly Token[], i: number): boolean {
  let at = i + 1;
  while (tokens[at] && (tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'ADV') && !['is', 'was', "'s"].includes(tokens[at]!.norm)) at += 1;
  return tokens[at]?.pos === 'VERB';
}

function endsNameWithRoleWord(tokens: readonly Token[], match: TrieMatch, at: number): boolean {
  if (!match || match.length !== 1 || !match.values.every((v) => v.type === 'role')) return false;
  // Only where a verb follows: "Tom King has promised", not "the Liberal Party of Canada".
  const next = tokens[at + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

function isCapitalised(token: Token): boolean {
  // A character test rather than a Unicode regular expression: this runs for every token.
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && token.text !== 'I';
}

/** A capitalised word that can be part of a person's name at this position. */
function isNameWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!isCapitalised(token)) return false;
  const key = wordKey(token.text);
  if (FUNCTION_WORDS.has(key)) return false;
  if (/^[IVX]+$/.test(token.text)) return i > 0; // regnal numbers, never at the start
  return true;
}

function bestEntry(values: GazetteerEntry[]): GazetteerEntry {
  return values.reduce((best, v) => (ENTRY_PRIORITY[v.type] > ENTRY_PRIORITY[best.type] ? v : best));
}

type TrieMatch = ReturnType<ReturnType<typeof getGazetteer>['longestMatch']>;

/** The gazetteer's longest match at each position, looked up at most once per sentence. */
function matchesOf(words: readonly string[]): (at: number) => TrieMatch {
  const trie = getGazetteer();
  const found: (TrieMatch | undefined)[] = new Array(words.length);
  return (at) => {
    let match = found[at];
    if (match === undefined) {
      match = trie.longestMatch(words, at);
      found[at] = match;
    }
    return match;
  };
}

export function unitsOf(sentence: Sentence, words: readonly string[]): Unit[] {
  const tokens = sentence.tokens;
  const matchAt = matchesOf(words);
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const pronoun = PRONOUNS.get(words[i]!);
    // "it" names an actor only as the subject of a full verb ("it had expelled"), not in "it is".
    const expletive = words[i] === 'it' && !actsAsSubject(tokens, i);
    if (pronoun && !expletive && (token.pos === 'PRON' || token.pos === 'DET')) {
      units.push({ kind: 'pronoun', start: i, end: i + 1, ...pronoun });
      i += 1;
      continue;
    }
    let match = matchAt(i);
    if (!match && isCapitalised(token)) {
      const demonym = words[i]!.includes('-') ? compoundNationality(words[i]!) : pluralDemonym(words[i]!);
      if (demonym.length > 0) match = { length: 1, values: demonym };
    }
    // Lower-case dictionary hits count only for roles, adjectives and bodies ("president",
    // "party chief"); a country, organisation or person is written with a capital.
    if (match) {
      const entry = bestEntry(match.values);
      const written = tokens.slice(i, i + match.length);
      const capitalised = written.some(isCapitalised);
      const isAbbreviation = match.length === 1 && /^\p{Lu}[\p{Lu}.]+$/u.test(token.text);
      const allowed = entry.type === 'role' || entry.type === 'body'
        || (capitalised && (entry.type !== 'person' || written.every((t) => isCapitalised(t) || NAME_PARTICLES.has(wordKey(t.text)))))
        || isAbbreviation;
      // "US" and "IT" are words too: an all-caps two-letter hit must be tagged as a proper noun.
      if (allowed && !(match.length === 1 && token.text.length <= 3 && /^[A-Z]+$/.test(token.text) && token.pos !== 'PROPN' && token.pos !== 'NOUN')) {
        let end = i + match.length;
        // "Abdullah II Ibn Al Hussein": the text may name a known person more fully.
        if (entry.type === 'person') {
          while (end < tokens.length && isNameWord(tokens, end) && !matchAt(end)) end += 1;
        }
        units.push({ kind: 'entry', start: i, end, entry, alternatives: match.values });
        i = end;
        continue;
      }
    }
    if (isNameWord(tokens, i)) {
      let end = i + 1;
      while (end < tokens.length) {
        const next = tokens[end]!;
        if (NAME_PARTICLES.has(words[end]!) && isNameWord(tokens, end) && tokens[end + 1] && isNameWord(tokens, end + 1)) {
          end += 2;
        } else if (isNameWord(tokens, end) && pluralDemonym(words[end]!).length === 0 && !matchAt(end)?.values.some((v) => v.type === 'country' || v.type === 'organisation' || v.type === 'body' || v.type === 'role' || v.type === 'adjective')) {
          end += 1;
        } else if (isNameWord(tokens, end) && endsNameWithRoleWord(tokens, matchAt(end), end)) {
          // "Defence Secretary Tom King has": a role word can be a surname when it ends the name.
          end += 1;
        } else if (NAME_PARTICLES.has(wordKey(next.text)) && tokens[end + 1] && isNameWord(tokens, end + 1)) {
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
