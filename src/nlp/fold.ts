// Folding text for comparison and for the tagger: "Tô Lâm" and "To Lam" are one name.
import { memoiseByString } from './memo.js';

const SPECIAL_LETTERS: Record<string, string> = {
  'Đ': 'D', 'đ': 'd', 'Ø': 'O', 'ø': 'o', 'Ł': 'L', 'ł': 'l', 'ß': 's', 'Æ': 'A', 'æ': 'a',
  'Œ': 'O', 'œ': 'o', 'ı': 'i', 'Þ': 'T', 'þ': 't', 'Ð': 'D', 'ð': 'd',
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"',
};

const foldedCharCache = new Map<string, string>();

/** Folds one character to a single ASCII-ish character, so that offsets are preserved. */
function foldChar(ch: string): string {
  const cached = foldedCharCache.get(ch);
  if (cached !== undefined) return cached;
  let folded = SPECIAL_LETTERS[ch];
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    folded = base.length === 1 ? base : ch;
  }
  foldedCharCache.set(ch, folded);
  return folded;
}

/**
 * The same text with diacritics removed, character for character: the result has exactly the
 * length of the input (in UTF-16 units), so offsets found in it are offsets into the original.
 */
export function foldPreservingOffsets(text: string): string {
  // Only non-ASCII characters of the Basic Multilingual Plane can fold; characters outside it
  // (surrogate pairs) stay as they are. Replacing just those leaves the ASCII runs in one
  // piece, where adding the text up a character at a time built a long chain of string
  // pieces for the tagger to flatten.
  return text.replace(FOLDABLE, foldChar);
}

const FOLDABLE = /[\u0080-\ud7ff\ue000-\uffff]/g;

/** A key for comparing names: no diacritics, lower case, punctuation and hyphens as spaces. */
export const foldName: (text: string) => string = memoiseByString((text) => computeFoldedName(text), 50_000);

function computeFoldedName(text: string): string {
  return foldPreservingOffsets(text.normalize('NFC'))
    .toLowerCase()
    .replace(/['"]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
