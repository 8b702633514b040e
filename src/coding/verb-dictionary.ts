// The CAMEO verb dictionary (converted from PETRARCH2 into data/verbs.json) as a trigger
// source: a verb's patterns are matched against the words that follow it in the clause.
import type { Token } from '../types.js';
import { loadOntology } from '../ontology/load.js';
import type { VerbBlock, VerbElement, VerbPattern } from '../ontology/types.js';
import type { Trigger } from './triggers.js';
import type { TriggerRule } from './rules.js';

/** Matches at token i; returns the index after the match, or -1. */
type Matcher = (tokens: readonly Token[], i: number) => number;

interface CompiledPattern {
  pattern: VerbPattern;
  /** Three-letter prefixes one of which the first following word must have; null: no quick test. */
  firstKeys: Set<string> | null;
  /** Whether the pattern names a content word (not prepositions alone). */
  contentful: boolean;
  after: { matcher: Matcher; free: boolean }[];
  before: Matcher[];
  /** The lookup that last listed this pattern as a candidate: lists it once without a Set. */
  lastLookup: number;
  /** Whether its code is a CAMEO code the coder takes (two to four digits). */
  codeValid: boolean;
  /**
   * The prefix bits (keyBit) of one of the words before the verb the pattern needs, when a
   * match of that word implies one of these prefixes: a pattern none of whose bits the words
   * before the verb have cannot match, and is not tried.
   */
  beforeBits: Uint32Array | null;
  /**
   * The four-letter prefix bits (wordBit) that a match of the first word after the verb
   * implies, where it implies one: a pattern none of whose bits the next words have fails on
   * its first word, and is not tried.
   */
  afterBits: Uint32Array | null;
}

interface VerbEntry {
  block: VerbBlock;
  lemma: string;
  /** Patterns by the prefix their first following word must have. */
  patternsByKey: Map<string, CompiledPattern[]>;
  /** A bit (keyBit) for each key of patternsByKey: a word whose bit is clear has no patterns. */
  keyBits: Uint32Array;
  /** Patterns with no quick test. */
  unkeyed: CompiledPattern[];
  /** The code without a pattern (the lemma's own, else the block's), worked out once. */
  fallbackCode: string | null;
  fallbackValid: boolean;
  /** Whether the project's rules own this verb (RULE_OWNED). */
  ruleOwned: boolean;
}

let index: Map<string, VerbEntry> | null = null;
/** First words of the dictionary's multi-word verbs ("pull" of "pull out"), filled with the index. */
const phrasalHeads = new Set<string>();

/** ";", ".", "?", "!" or ":": a character test, not a set lookup per token. */
export function isClauseEnd(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  // ; . ? ! and the colon, after which a quote or a list begins.
  return c === 59 || c === 46 || c === 63 || c === 33 || c === 58;
}

interface SynsetPhrase {
  parts: string[];
  /** Its place among the synset's phrases. */
  order: number;
}

/** The first of these phrases (all starting with the word at `i`) whose later words follow it. */
function firstPhraseAt(list: readonly SynsetPhrase[] | undefined, tokens: readonly Token[], i: number): SynsetPhrase | null {
  if (!list) return null;
  for (const phrase of list) {
    let k = 1;
    for (; k < phrase.parts.length; k++) {
      const x = tokens[i + k];
      if (x === undefined || (x.norm !== phrase.parts[k] && x.lemma !== phrase.parts[k])) break;
    }
    if (k === phrase.parts.length) return phrase;
  }
  return null;
}

/** What a stem may not run on into: "-er(s)", "-or(s)" make the doer of the word ("protesters"). */
const AGENT_ENDING = /^(?:e?rs?|ors?)$/;

/**
 * A dictionary word matches as a stem, as in PETRARCH ("PROTEST" in "protests", "protested"),
 * but not into the noun for who does it: "detained protesters" is not "detained a protest",
 * nor "vowed to punish attackers" an attack.
 */
function stemMatches(form: string, word: string): boolean {
  if (!form.startsWith(word)) return false;
  const rest = form.length - word.length;
  return rest === 0 || rest > 3 || !AGENT_ENDING.test(form.slice(word.length));
}

/**
 * Patterns are compiled once into matcher closures: synsets become sets of words and split
 * phrases, so that matching a verb costs a few comparisons per following token.
 */
function compileElement(element: VerbElement, synsets: Record<string, string[]>): Matcher | null {
  if ('source' in element || 'target' in element || 'compound' in element || 'skip' in element) return null;
  if ('word' in element) {
    const word = element.word.toLowerCase();
    return element.stem
      ? (tokens, i) => { const t = tokens[i]; return t && (stemMatches(t.norm, word) || stemMatches(t.lemma, word)) ? i + 1 : -1; }
      : (tokens, i) => { const t = tokens[i]; return t && (t.norm === word || t.lemma === word) ? i + 1 : -1; };
  }
  if ('synset' in element) {
    const single = new Set<string>();
    // Phrases by their first word, each with its place in the synset: the first phrase in the
    // synset that matches wins, and only those starting with the token's form or lemma can.
    const phrases = new Map<string, SynsetPhrase[]>();
    let order = 0;
    for (const phrase of synsets[element.synset] ?? []) {
      const parts = phrase.toLowerCase().split(' ');
      if (parts.length === 1) { single.add(parts[0]!); continue; }
      const list = phrases.get(parts[0]!) ?? [];
      list.push({ parts, order: order++ });
      phrases.set(parts[0]!, list);
    }
    return (tokens, i) => {
      const t = tokens[i];
      if (!t) return -1;
      if (single.has(t.norm) || single.has(t.lemma)) return i + 1;
      if (phrases.size === 0) return -1;
      const byNorm = firstPhraseAt(phrases.get(t.norm), tokens, i);
      const byLemma = t.lemma !== t.norm ? firstPhraseAt(phrases.get(t.lemma), tokens, i) : null;
      const found = byNorm && byLemma ? (byNorm.order < byLemma.order ? byNorm : byLemma) : byNorm ?? byLemma;
      return found ? i + found.parts.length : -1;
    };
  }
  if ('phrase' in element) {
    const parts = element.phrase.map((e) => compileElement(e, synsets)).filter((m): m is Matcher => m !== null);
    return (tokens, i) => {
      let at = i;
      for (const part of parts) {
        at = part(tokens, at);
        if (at < 0) return -1;
      }
      return at;
    };
  }
  if ('prep' in element) {
    const prep = element.prep.toLowerCase();
    const words = element.words.map((e) => compileElement(e, synsets)).filter((m): m is Matcher => m !== null);
    return (tokens, i) => {
      if (tokens[i]?.norm !== prep) return -1;
      let at = i + 1;
      for (const word of words) {
        at = searchFrom(word, tokens, at, 3);
        if (at < 0) return -1;
      }
      return at;
    };
  }
  return null;
}

/**
 * "said that Iran released": "that" and a subject start a clause of its own, whose words are
 * no part of the verb's pattern (its verb is coded for its own subject).
 */
function startsClause(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'that') return false;
  const next = tokens[i + 1]?.pos;
  return next === 'DET' || next === 'PROPN' || next === 'PRON' || next === 'NOUN';
}

/** Finds a match at or after `from` within a short gap; returns the index after it, or -1. */
function searchFrom(matcher: Matcher, tokens: readonly Token[], from: number, maxGap: number): number {
  const limit = Math.min(tokens.length, from + maxGap + 1);
  for (let i = from; i < limit; i++) {
    if (isClauseEnd(tokens[i]!.text) || startsClause(tokens, i)) return -1;
    const after = matcher(tokens, i);
    if (after >= 0) return after;
  }
  return -1;
}

const prefix = (word: string): string => word.toLowerCase().slice(0, 3);

const KEY_BITS = 1024;

/**
 * A bit for a lower-case word's prefix, from its first three characters (all it has if
 * fewer), read in place: the same for the word and for its prefix (`prefix`). Most words
 * after a verb start no pattern of it; their clear bit says so from one small array that stays
 * in the cache, where the table of the verb's prefixes would be read from memory for each.
 */
function keyBit(word: string): number {
  return prefixBit(word, 3);
}

/** A bit for the word's first `size` characters (all it has if fewer). */
function prefixBit(word: string, size: number): number {
  const n = word.length < size ? word.length : size;
  let h = n;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x9e3779b1);
  return (h ^ (h >>> 15)) & (KEY_BITS - 1);
}

function hasKeyBit(bits: Uint32Array, bit: number): boolean {
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** The prefixes that can start a match of this element, for a quick rejection. */
function elementKeys(element: VerbElement, synsets: Record<string, string[]>): Set<string> | null {
  if ('word' in element) return new Set([prefix(element.word)]);
  if ('prep' in element) return new Set([prefix(element.prep)]);
  if ('synset' in element) return new Set((synsets[element.synset] ?? []).map((p) => prefix(p.split(' ')[0] ?? p)));
  if ('phrase' in element) {
    const first = element.phrase.find((e) => !('source' in e || 'target' in e || 'compound' in e || 'skip' in e));
    return first ? elementKeys(first, synsets) : null;
  }
  return null;
}

function compilePattern(pattern: VerbPattern, synsets: Record<string, string[]>): CompiledPattern {
  const firstAfter = pattern.after.find((e) => !('source' in e || 'target' in e || 'compound' in e || 'skip' in e));
  const after = pattern.after.map((e) => ({ matcher: compileElement(e, synsets), free: false }))
    .filter((m): m is { matcher: Matcher; free: boolean } => m.matcher !== null);
  const before = pattern.before.filter((e) => 'word' in e || 'synset' in e)
    .map((e) => compileElement(e, synsets)).filter((m): m is Matcher => m !== null);
  return {
    pattern, after, before, firstKeys: firstAfter ? elementKeys(firstAfter, synsets) : null,
    contentful: [...pattern.after, ...pattern.before].some(isContentElement),
    lastLookup: -1,
    codeValid: isCameoCode(pattern.code),
    beforeBits: beforeBitsOf(pattern.before, synsets),
    afterBits: firstAfter ? bitsOf(wordsStarting(firstAfter, synsets), wordBit) : null,
  };
}

/**
 * Four letters of each word a match of the element can start with, where every match starts
 * with one of them: words and prepositions are matched whole (by form or lemma), synsets by
 * their words and their phrases' first words, phrases by their first part; a stem is matched
 * as a beginning, so only one of four letters or more gives a test ("PROTEST" does, "WAR" may
 * begin "warn"). Null where the element gives no test.
 */
function wordsStarting(element: VerbElement, synsets: Record<string, string[]>): string[] | null {
  if ('word' in element) {
    const word = element.word.toLowerCase();
    return element.stem && word.length < 4 ? null : [word];
  }
  if ('prep' in element) return [element.prep.toLowerCase()];
  if ('synset' in element) return (synsets[element.synset] ?? []).map((p) => p.toLowerCase().split(' ')[0]!);
  if ('phrase' in element) {
    const first = element.phrase.find((e) => !('source' in e || 'target' in e || 'compound' in e || 'skip' in e));
    return first ? wordsStarting(first, synsets) : null;
  }
  return null;
}

/** A bit for a word's first four letters (all it has if fewer). */
function wordBit(word: string): number {
  return prefixBit(word, 4);
}

function bitsOf(words: readonly string[] | null, bit: (word: string) => number): Uint32Array | null {
  if (words === null) return null;
  const bits = new Uint32Array(KEY_BITS / 32);
  for (const word of words) {
    const b = bit(word);
    bits[b >>> 5]! |= 1 << (b & 31);
  }
  return bits;
}

/**
 * The prefix bits of the first word or synset before the verb whose every match has a prefix
 * among its keys: a word (a stem of three letters or more), or a synset. A stem shorter than
 * three letters ("GO") matches words with other prefixes ("govern") and gives no test.
 */
function beforeBitsOf(before: readonly VerbElement[], synsets: Record<string, string[]>): Uint32Array | null {
  for (const element of before) {
    if (!('word' in element || 'synset' in element)) continue;
    if ('word' in element && element.stem && element.word.length < 3) continue;
    const keys = elementKeys(element, synsets);
    if (!keys) continue;
    const bits = new Uint32Array(KEY_BITS / 32);
    for (const key of keys) {
      const bit = keyBit(key);
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    return bits;
  }
  return null;
}

/** The four-letter bits of the forms and lemmas of the words a pattern's first word is sought in. */
const afterWindow = new Int32Array(14);

function fillAfterWindow(tokens: readonly Token[], verbAt: number): number {
  let count = 0;
  for (let k = verbAt + 1; k < Math.min(tokens.length, verbAt + 8); k++) {
    const token = tokens[k]!;
    afterWindow[count++] = wordBit(token.norm);
    if (token.lemma !== token.norm) afterWindow[count++] = wordBit(token.lemma);
  }
  return count;
}

/** The prefix bits of the forms and lemmas of the words a pattern's before-words are sought in. */
const beforeWindow = new Int32Array(16);

function fillBeforeWindow(tokens: readonly Token[], verbAt: number): number {
  let count = 0;
  for (let k = Math.max(0, verbAt - 8); k < verbAt; k++) {
    const token = tokens[k]!;
    beforeWindow[count++] = keyBit(token.norm);
    if (token.lemma !== token.norm) beforeWindow[count++] = keyBit(token.lemma);
  }
  return count;
}

function anyBitIn(bits: Uint32Array, window: Int32Array, count: number): boolean {
  for (let k = 0; k < count; k++) if (hasKeyBit(bits, window[k]!)) return true;
  return false;
}

function verbIndex(): Map<string, VerbEntry> {
  if (index) return index;
  const { verbs } = loadOntology();
  index = new Map();
  for (const block of verbs.verbs) {
    // A pattern of prepositions alone ("- * AHEAD") says nothing the verb does not: never tried.
    const patterns = block.patterns.filter((p) => p.code).map((p) => compilePattern(p, verbs.synsets))
      .filter((compiled) => compiled.contentful);
    const patternsByKey = new Map<string, CompiledPattern[]>();
    const unkeyed: CompiledPattern[] = [];
    for (const compiled of patterns) {
      if (!compiled.firstKeys) { unkeyed.push(compiled); continue; }
      for (const key of compiled.firstKeys) {
        const list = patternsByKey.get(key) ?? [];
        list.push(compiled);
        patternsByKey.set(key, list);
      }
    }
    const keyBits = new Uint32Array(KEY_BITS / 32);
    for (const key of patternsByKey.keys()) {
      const bit = keyBit(key);
      keyBits[bit >>> 5]! |= 1 << (bit & 31);
    }
    const entryFor = (lemma: string): VerbEntry => {
      const fallbackCode = block.lemmaCodes[lemma] ?? block.code;
      return {
        block, lemma, patternsByKey, keyBits, unkeyed, fallbackCode, fallbackValid: isCameoCode(fallbackCode), ruleOwned: RULE_OWNED.has(lemma),
      };
    };
    for (const lemma of block.lemmas) {
      const key = lemma.toLowerCase();
      // Multi-word verbs ("carry out") are matched by their first word and their particle.
      if (!index.has(key)) index.set(key, entryFor(key));
      if (key.includes(' ')) phrasalHeads.add(key.slice(0, key.indexOf(' ')));
    }
    for (const form of block.forms) {
      const key = form.toLowerCase();
      const lemma = block.formOf[form] ?? block.lemmas[0] ?? key;
      if (!index.has(key)) index.set(key, entryFor(lemma));
    }
  }
  return index;
}

/** How many elements of the pattern the words around the verb satisfy; -1 when one is missing. */
function patternMatches(compiled: CompiledPattern, tokens: readonly Token[], verbAt: number): number {
  let at = verbAt + 1;
  for (const { matcher } of compiled.after) {
    at = searchFrom(matcher, tokens, at, 6);
    if (at < 0) return -1;
  }
  const start = Math.max(0, verbAt - 8);
  for (const matcher of compiled.before) {
    let found = false;
    for (let i = start; i < verbAt && !found; i++) found = matcher(tokens, i) >= 0;
    if (!found) return -1;
  }
  return compiled.after.length + compiled.before.length;
}

const FUNCTION_WORDS = new Set(['into', 'to', 'from', 'with', 'on', 'in', 'at', 'for', 'by', 'of', 'against', 'over', 'off', 'up', 'down', 'out', 'across', 'through', 'about', 'as', 'back', 'away', 'upon', 'ahead', 'forward', 'together', 'along', 'around']);

/** A pattern says something about the event only with a content word ("- * CURFEW", not "- * INTO"). */
function isContentElement(element: VerbElement): boolean {
  if ('word' in element) return !FUNCTION_WORDS.has(element.word.toLowerCase());
  if ('prep' in element) return element.words.some(isContentElement);
  return 'synset' in element || 'phrase' in element;
}

/** Verbs the project's rules read as light verbs or speech: the dictionary codes them only through a pattern. */
const RULE_OWNED = new Set(['grow', 'come', 'go', 'become', 'remain', 'keep', 'get', 'express', 'voice', 'affirm', 'reaffirm', 'note', 'stress', 'underline', 'underscore', 'emphasise', 'emphasize', 'highlight', 'say', 'state', 'add', 'continue', 'make', 'take', 'give', 'hold', 'have', 'serve', 'help']);

/** A code the coder takes from the dictionary: two to four digits. */
function isCameoCode(code: string | null | undefined): boolean {
  return !!code && /^\d{2,4}$/.test(code);
}

const DICTIONARY_RULE: TriggerRule = { id: 'cameo-verb', cameo: '', target: ['object', 'to', 'with', 'against', 'on', 'from', 'for', 'in', 'between'] };

let lookups = 0;

/** The patterns of the current lookup, in the order first listed (reused: lookups never nest). */
const candidates: CompiledPattern[] = [];

/** Adds the patterns of `list` not yet listed in this lookup. */
function consider(list: readonly CompiledPattern[] | undefined, lookup: number): void {
  if (list === undefined) return;
  for (let k = 0; k < list.length; k++) {
    const compiled = list[k]!;
    if (compiled.lastLookup === lookup) continue;
    compiled.lastLookup = lookup;
    candidates.push(compiled);
  }
}

/**
 * "Ukraine shot down 30 drones": the tagger now and then reads an irregular past tense as a
 * noun. A word the dictionary lists as an inflected form of a verb (not as the verb itself),
 * right after a name or pronoun that can be its subject and before what can follow a verb,
 * is taken as that verb.
 */
function mistaggedPast(tokens: readonly Token[], i: number): VerbEntry | null {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (!previous || !next) return null;
  // "police shot dead three protesters": after a noun only where what follows can only be an
  // object or a verb's complement ("a warning shot fired" stays a noun).
  const afterNoun = previous.pos === 'NOUN' && (next.pos === 'NUM' || next.pos === 'DET' || next.norm === 'dead');
  if (previous.pos !== 'PROPN' && previous.pos !== 'PRON' && !afterNoun) return null;
  if (next.pos !== 'ADP' && next.pos !== 'DET' && next.pos !== 'NUM' && next.pos !== 'PROPN' && next.norm !== 'dead') return null;
  const { norm } = tokens[i]!;
  const listed = verbIndex().get(norm);
  if (listed !== undefined) return listed.lemma !== norm ? listed : null;
  return regularPastEntry(norm);
}

/**
 * The verb a regular past form not listed in the dictionary comes from: "abducted" (abduct),
 * "seized" (seize), "kidnapped" (kidnap); null unless the word ends in "-ed".
 */
function regularPastEntry(norm: string): VerbEntry | null {
  if (!norm.endsWith('ed') || norm.length < 5) return null;
  const verbs = verbIndex();
  const stems = [norm.slice(0, -2), norm.slice(0, -1)];
  if (norm[norm.length - 3] === norm[norm.length - 4]) stems.push(norm.slice(0, -3));
  for (const stem of stems) {
    const entry = verbs.get(stem);
    if (entry !== undefined) return entry;
  }
  return null;
}

/** Words that put what follows in the future: "will", "would", "shall", "'ll", "going to". */
const FUTURE_MARKERS = new Set(['will', 'would', 'shall', "'ll"]);

/** Does the clause after the verb at `i` speak of the future, within a few words? */
function saysFuture(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k]!;
    if (isClauseEnd(t.text) || t.text === ',') return false;
    if (FUTURE_MARKERS.has(t.norm) || (t.norm === 'going' && tokens[k + 1]?.norm === 'to')) return true;
  }
  return false;
}

/** Particles a phrasal verb may leave after its object ("pulled its forces back"). */
const SEPARABLE_PARTICLES = new Set(['back', 'out', 'off', 'up', 'down', 'away', 'in']);
/** Words an object between a verb and its particle is made of. */
const OBJECT_TAGS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The dictionary's multi-word verb at `i` ("pull out", "call off", "wipe out"), its particle
 * right after the verb or after a short object: the word alone means something else ("pull"
 * is extracting, "pull back" a retreat).
 */
function phrasalEntry(verbs: Map<string, VerbEntry>, tokens: readonly Token[], i: number): VerbEntry | null {
  const lemma = tokens[i]!.lemma;
  if (!phrasalHeads.has(lemma)) return null;
  const next = tokens[i + 1];
  if (next === undefined) return null;
  // Only verbs with a particle: "wage war" has the block's patterns for what is waged.
  const particle = next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART' || SEPARABLE_PARTICLES.has(next.norm);
  const adjacent = particle ? verbs.get(`${lemma} ${next.norm}`) : undefined;
  if (adjacent) return adjacent;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const word = tokens[k]!;
    if (SEPARABLE_PARTICLES.has(word.norm)) {
      return verbs.get(`${lemma} ${word.norm}`) ?? null;
    }
    if (!OBJECT_TAGS.has(word.pos)) return null;
  }
  return null;
}

/** A trigger from the CAMEO verb dictionary for the verb at `i`, or null. */
export function matchVerbDictionary(tokens: readonly Token[], i: number): Trigger | null {
  const token = tokens[i]!;
  const mistagged = token.pos === 'NOUN' ? mistaggedPast(tokens, i) : null;
  if (token.pos !== 'VERB' && mistagged === null) return null;
  const verbs = verbIndex();
  const entry = phrasalEntry(verbs, tokens, i) ?? verbs.get(token.lemma) ?? verbs.get(token.norm) ?? mistagged;
  if (!entry) return null;
  // Only patterns whose first word could be among the next few words are tried.
  const lookup = ++lookups;
  candidates.length = 0;
  consider(entry.unkeyed, lookup);
  // The prefixes of just these few words, looked up only where the verb has patterns whose
  // prefix has the word's bit. A lemma with the form's prefix finds the list just considered,
  // every pattern of which is listed already.
  const byKey = entry.patternsByKey;
  const bits = entry.keyBits;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const next = tokens[k]!;
    if (hasKeyBit(bits, keyBit(next.norm))) consider(byKey.get(next.norm.slice(0, 3)), lookup);
    if (next.lemma !== next.norm && hasKeyBit(bits, keyBit(next.lemma))) consider(byKey.get(next.lemma.slice(0, 3)), lookup);
  }
  let best: CompiledPattern | null = null;
  let bestScore = 0;
  // A pattern that cannot match scores -1 and changes nothing: leaving it out keeps the winner.
  let afterCount = -1;
  let beforeCount = -1;
  for (let k = 0; k < candidates.length; k++) {
    const compiled = candidates[k]!;
    if (compiled.afterBits !== null) {
      if (afterCount < 0) afterCount = fillAfterWindow(tokens, i);
      if (!anyBitIn(compiled.afterBits, afterWindow, afterCount)) continue;
    }
    if (compiled.beforeBits !== null) {
      if (beforeCount < 0) beforeCount = fillBeforeWindow(tokens, i);
      if (!anyBitIn(compiled.beforeBits, beforeWindow, beforeCount)) continue;
    }
    const score = patternMatches(compiled, tokens, i);
    if (score > bestScore) { best = compiled; bestScore = score; }
  }
  const contentful = best !== null;
  if (!contentful && entry.ruleOwned) return null;
  // The pattern's code, else the verb's: `??` as before, with the test of each worked out once.
  const code = best?.pattern.code ?? entry.fallbackCode;
  const valid = best !== null && best.pattern.code !== null ? best.codeValid : entry.fallbackValid;
  if (!code || !valid) return null;
  const pattern = best?.pattern;
  // "said it would resume attacks": a speech verb's pattern codes what was said; said of the
  // future, it is an intention (a threat, where the deed is force), not a deed.
  const future = entry.ruleOwned && saysFuture(tokens, i);
  return {
    at: i, end: i, cameo: code, rule: DICTIONARY_RULE, passive: false, ...(future ? { future } : {}),
    reason: pattern
      ? () => `CAMEO verb ${entry.block.block}: pattern "${pattern.raw}"`
      : () => `CAMEO verb ${entry.block.block} ("${entry.lemma}")`,
    fromDictionary: true,
    patterned: contentful,
  };
}
