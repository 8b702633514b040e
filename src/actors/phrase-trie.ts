// Longest-match lookup of multi-word phrases over token norms.
import { foldPreservingOffsets } from '../nlp/fold.js';
import { memoiseByString } from '../nlp/memo.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/** The key of one word: folded, lower case, hyphens and inner dots kept ("diaz-canel", "u.s."). */
export const wordKey: (word: string) => string = memoiseByString((word) => computeWordKey(word), 200_000);

function computeWordKey(word: string): string {
  const folded = foldPreservingOffsets(word).toLowerCase();
  if (folded === "'s" || folded === "'") return "'s";
  const stripped = folded.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/\.$/, (dot) => (/\..*\./.test(folded) ? dot : ''));
  // A dash between words is part of names such as "A Just Russia – For Truth".
  if (stripped !== '') return stripped;
  // Punctuation stands for itself; a dash between words is part of names ("A Just Russia – For Truth").
  return /^[–—-]$/.test(folded) ? '–' : folded;
}

/** A plural's apostrophe at a word's end: "Workers' Party". */
const PLURAL_APOSTROPHE = /s['’](?=\s|$)/g;

/** Splits a dictionary phrase into word keys the way the tagger splits text. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/['’]s\b/g, " 's")
    // "Workers' Party": the tagger reads a plural's apostrophe as a word of its own.
    .replace(PLURAL_APOSTROPHE, "s '")
    .replace(/[(),]/g, ' ')
    .split(/\s+/)
    .map(wordKey)
    .filter((w) => w.length > 0);

}

/** Where the phrases that start with one word go on: looked up once per word form by callers that cache it. */
export type PhraseStart<T> = TrieNode<T>;

export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): void {
    // "Kurdistan Workers' Party" is also written without its apostrophe.
    const withoutApostrophe = phrase.replace(PLURAL_APOSTROPHE, 's');
    if (withoutApostrophe !== phrase) this.addWords(phraseWords(withoutApostrophe), value);
    this.addWords(phraseWords(phrase), value);
  }

  private addWords(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** The phrases that start with this word key, or null when none does. */
  startOf(word: string): PhraseStart<T> | null {
    return word === '' ? null : this.root.next.get(word) ?? null;
  }

  /** Longest phrase starting at `start`: its length in words and its values. */
  longestMatch(words: readonly string[], start: number): PhraseMatch<T> | null {
    const word = words[start];
    return word === undefined ? null : this.longestMatchFrom(this.startOf(word), words, start);
  }

  /** As longestMatch, with the first word's node already known (`startOf(words[start])`). */
  longestMatchFrom(first: PhraseStart<T> | null, words: readonly string[], start: number): PhraseMatch<T> | null {
    if (first === null) return null;
    let node = first;
    let bestLength = node.values.length > 0 ? 1 : 0;
    let bestValues = node.values;
    for (let i = start + 1; i < words.length; i++) {
      const word = words[i];
      if (word === undefined || word === '') break;
      const child = node.next.get(word);
      if (!child) break;
      node = child;
      if (node.values.length > 0) {
        bestLength = i - start + 1;
        bestValues = node.values;
      }
    }
    return bestLength > 0 ? { length: bestLength, values: bestValues } : null;
  }
}
