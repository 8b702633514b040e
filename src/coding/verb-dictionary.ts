// The CAMEO verb dictionary (converted from PETRARCH2 into data/verbs.json) as a trigger
// source: a verb's patterns are matched against the words that follow it in the clause.
import type { Token } from '../types.js';
import { loadOntology } from '../ontology/load.js';
import type { VerbBlock, VerbElement, VerbPattern } from '../ontology/types.js';
import type { Trigger } from './triggers.js';
import type { TriggerRule } from './rules.js';

interface VerbEntry {
  block: VerbBlock;
  lemma: string;
}

let index: Map<string, VerbEntry> | null = null;
let synsets: Record<string, string[]> = {};

function verbIndex(): Map<string, VerbEntry> {
  if (index) return index;
  const { verbs } = loadOntology();
  synsets = verbs.synsets;
  index = new Map();
  for (const block of verbs.verbs) {
    for (const lemma of block.lemmas) {
      const key = lemma.toLowerCase();
      // Multi-word verbs ("carry out") are matched by their first word and their patterns.
      if (!index.has(key)) index.set(key, { block, lemma: key });
    }
    for (const form of block.forms) {
      const key = form.toLowerCase();
      const lemma = block.formOf[form] ?? block.lemmas[0] ?? key;
      if (!index.has(key)) index.set(key, { block, lemma });
    }
  }
  return index;
}

const CLAUSE_END = new Set([';', '.', '?', '!']);

function wordMatches(element: { word: string; stem?: true }, token: Token): boolean {
  const word = element.word.toLowerCase();
  if (element.stem) return token.norm.startsWith(word) || token.lemma.startsWith(word);
  return token.norm === word || token.lemma === word;
}

/** Matches one element at or after `from` (within a short gap); returns the index after it, or -1. */
function matchElement(element: VerbElement, tokens: readonly Token[], from: number, maxGap: number): number {
  if ('source' in element || 'target' in element || 'compound' in element || 'skip' in element) return from;
  for (let i = from; i < Math.min(tokens.length, from + maxGap + 1); i++) {
    if (CLAUSE_END.has(tokens[i]!.text)) return -1;
    const after = matchAt(element, tokens, i);
    if (after >= 0) return after;
  }
  return -1;
}

function matchAt(element: VerbElement, tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (!token) return -1;
  if ('word' in element) return wordMatches(element, token) ? i + 1 : -1;
  if ('synset' in element) {
    const words = synsets[element.synset] ?? [];
    for (const phrase of words) {
      const parts = phrase.toLowerCase().split(' ');
      if (parts.every((p, k) => { const t = tokens[i + k]; return t !== undefined && (t.norm === p || t.lemma === p); })) return i + parts.length;
    }
    return -1;
  }
  if ('phrase' in element) {
    let at = i;
    for (const part of element.phrase) {
      at = matchAt(part, tokens, at);
      if (at < 0) return -1;
    }
    return at;
  }
  if ('prep' in element) {
    if (token.norm !== element.prep.toLowerCase()) return -1;
    let at = i + 1;
    for (const part of element.words) {
      at = matchElement(part, tokens, at, 3);
      if (at < 0) return -1;
    }
    return at;
  }
  return -1;
}

function patternMatches(pattern: VerbPattern, tokens: readonly Token[], verbAt: number): number {
  let at = verbAt + 1;
  let matched = 0;
  for (const element of pattern.after) {
    at = matchElement(element, tokens, at, 6);
    if (at < 0) return -1;
    matched += 1;
  }
  let back = 0;
  for (const element of pattern.before) {
    if ('word' in element || 'synset' in element) {
      const start = Math.max(0, verbAt - 8);
      let found = false;
      for (let i = start; i < verbAt && !found; i++) found = matchAt(element, tokens, i) >= 0;
      if (!found) return -1;
      back += 1;
    }
  }
  return matched + back;
}

const FUNCTION_WORDS = new Set(['into', 'to', 'from', 'with', 'on', 'in', 'at', 'for', 'by', 'of', 'against', 'over', 'off', 'up', 'down', 'out', 'across', 'through', 'about', 'as', 'back', 'away', 'upon']);

/** A pattern says something about the event only with a content word ("- * CURFEW", not "- * INTO"). */
function isContentElement(element: VerbElement): boolean {
  if ('word' in element) return !FUNCTION_WORDS.has(element.word.toLowerCase());
  if ('prep' in element) return element.words.some(isContentElement);
  return 'synset' in element || 'phrase' in element;
}

/** Verbs the project's rules read as light verbs or speech: the dictionary codes them only through a pattern. */
const RULE_OWNED = new Set(['express', 'voice', 'affirm', 'reaffirm', 'note', 'stress', 'underline', 'underscore', 'emphasise', 'emphasize', 'highlight', 'say', 'state', 'add', 'continue', 'make', 'take', 'give', 'hold', 'have', 'serve', 'help']);

const DICTIONARY_RULE: TriggerRule = { id: 'cameo-verb', cameo: '', target: ['object', 'to', 'with', 'against', 'on', 'from', 'for', 'in'] };

/** A trigger from the CAMEO verb dictionary for the verb at `i`, or null. */
export function matchVerbDictionary(tokens: readonly Token[], i: number): Trigger | null {
  const token = tokens[i]!;
  if (token.pos !== 'VERB') return null;
  const entry = verbIndex().get(token.lemma) ?? verbIndex().get(token.norm);
  if (!entry) return null;
  let best: { pattern: VerbPattern; score: number } | null = null;
  for (const pattern of entry.block.patterns) {
    if (!pattern.code) continue;
    const score = patternMatches(pattern, tokens, i);
    if (score > 0 && (!best || score > best.score)) best = { pattern, score };
  }
  if (!best && RULE_OWNED.has(entry.lemma)) return null;
  const code = best?.pattern.code ?? entry.block.lemmaCodes[entry.lemma] ?? entry.block.code;
  if (!code || !/^\d{2,4}$/.test(code)) return null;
  return {
    at: i, end: i, cameo: code, rule: DICTIONARY_RULE, passive: false,
    reason: best ? `CAMEO verb ${entry.block.block}: pattern "${best.pattern.raw}"` : `CAMEO verb ${entry.block.block} ("${entry.lemma}")`,
    fromDictionary: true,
    patterned: best !== null && [...best.pattern.after, ...best.pattern.before].some(isContentElement),
  };
}
