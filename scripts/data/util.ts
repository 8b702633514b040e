// Small helpers shared by the data builders. Everything here is deterministic.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Reads a source file as UTF-8; invalid bytes become U+FFFD (and are filtered later). */
export function readSource(path: string): string {
  const bytes = readFileSync(path);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/\r\n?/g, '\n');
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Writes JSON: compact for data files, pretty when asked (small, human-edited files). */
export function writeJson(path: string, data: unknown, pretty = false): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, (pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data)) + '\n');
}

/** Removes a trailing comment introduced by "#". */
export function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i >= 0 ? line.slice(0, i) : line;
}

/** Dictionary phrase ("VLADIMIR_V._PUTIN_", "WASHINGTON D.C.") → upper-case words joined by spaces. */
export function phraseWords(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Folds a string for comparison: no diacritics, lowercase, letters and digits only. */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Plain text as it appears in news: letters, digits, spaces, and . ' ’ - – & only. */
export function isCleanText(s: string): boolean {
  if (!s || s.includes('\uFFFD')) return false;
  if (!/\p{L}/u.test(s)) return false;
  return /^[\p{L}\p{M}\p{N} .'’\-–&]+$/u.test(s);
}

const ACRONYMS = new Set([
  'US', 'USA', 'UK', 'UAE', 'ROK', 'PRC', 'ROC', 'DRC', 'KSA', 'HKSAR', 'LPDR', 'RDTL', 'DRTL',
  'SRVN', 'FYROM', 'TFYRM', 'UKGBNI', 'EEUU', 'DPRNK', 'DPRK', 'DPR', 'BIH', 'TRNC', 'CAR',
  'PDR', 'RSA', 'NKOREA', 'SKOREA', 'SFRY', 'FRY', 'GDR', 'FRG', 'USSR', 'PNG', 'DR', 'UN', 'EU',
]);

/** Vowel-less abbreviations that are words, not acronyms ("St Petersburg", "Mt Kenya"). */
const ABBREVIATIONS = new Set(['ST', 'GT', 'MT', 'FT', 'PT', 'DR', 'MR', 'MRS', 'MS', 'JR', 'SR']);

const LOWER_PARTICLES = new Set(['of', 'the', 'and', 'de', 'da', 'do', 'dos', 'das', 'du', 'des',
  'del', 'la', 'le', 'el', 'al', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'y', 'e', 'et', 'di', 'on', 'upon', 'in', 'at', 'to', 'for']);

function capitalise(word: string): string {
  // Handle hyphens and apostrophes inside a word: "MAZAR-I-SHARIF", "D'IVOIRE", "O'NEILL".
  return word
    .toLowerCase()
    .replace(/(^|[-.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    // After an apostrophe only when it follows a one-letter prefix: "O'Neill", "D'Ivoire", but "Xi'an".
    .replace(/(^|[^\p{L}])(\p{L})(['’])(\p{L})/gu, (_m, pre: string, a: string, ap: string, b: string) => pre + a + ap + b.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_m, ch: string) => 'Mc' + ch.toUpperCase());
}

/**
 * Upper-case dictionary words → readable text. Acronyms (with dots, without vowels, or
 * known) keep their capitals; small particles are lower-cased except at the start.
 */
export function titleCase(upper: string, opts: { particles?: boolean } = {}): string {
  const particles = opts.particles ?? true;
  const words = upper.split(' ').filter(Boolean);
  return words
    .map((w, i) => {
      const bare = w.replace(/[^\p{L}]/gu, '');
      // Dotted initials ("U.S.", "D.P.R.K.", "EE.UU.") stay upper-case; "ST." becomes "St.".
      if (/^(\p{L}{1,2}\.){2,}\p{L}{0,2}$|^(\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(w)) return w.toUpperCase();
      if (ACRONYMS.has(w.toUpperCase())) return w.toUpperCase();
      if (bare.length >= 2 && !w.includes('.') && !ABBREVIATIONS.has(bare.toUpperCase()) && !/[AEIOUYÀ-ÖØ-Ý]/iu.test(bare)) return w.toUpperCase();
      const lower = w.toLowerCase();
      if (particles && i > 0 && LOWER_PARTICLES.has(lower)) return lower;
      // Arabic article joined by hyphen: "AL-ASSAD" → "al-Assad" when not first.
      if (particles && i > 0 && /^(al|el|ad|ash|as|ar|at|az|an)-/i.test(w)) {
        const [art, ...rest] = w.split('-');
        return (art ?? '').toLowerCase() + '-' + capitalise(rest.join('-'));
      }
      return capitalise(w);
    })
    .join(' ');
}

/** Parses a TABARI date: YYYYMMDD or YYMMDD (YY ≤ 30 → 20YY). Invalid → null. */
export function parseTabariDate(s: string): string | null {
  const d = s.trim();
  let y: number, m: number, day: number;
  if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4)); m = Number(d.slice(4, 6)); day = Number(d.slice(6, 8));
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy; m = Number(d.slice(2, 4)); day = Number(d.slice(4, 6));
  } else {
    return null;
  }
  if (m < 1 || m > 12 || day < 1) return null;
  const dim = [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 31;
  if (day > dim) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a TABARI date restriction body: "991231-080507", ">080508", "<900823", "" → from/to. */
export function parseRestriction(s: string): { from: string | null; to: string | null; valid: boolean } {
  const r = s.replace(/\s+/g, '');
  if (r === '') return { from: null, to: null, valid: true };
  if (r.startsWith('>')) { const f = parseTabariDate(r.slice(1)); return { from: f, to: null, valid: f !== null }; }
  if (r.startsWith('<')) { const t = parseTabariDate(r.slice(1)); return { from: null, to: t, valid: t !== null }; }
  const m = /^(\d+)-(\d+)$/.exec(r);
  if (m) {
    const f = parseTabariDate(m[1] ?? ''); const t = parseTabariDate(m[2] ?? '');
    return { from: f, to: t, valid: f !== null && t !== null };
  }
  const single = parseTabariDate(r);
  return { from: single, to: null, valid: single !== null };
}

/** Unique strings, in first-seen order. */
export function uniq(list: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) if (!seen.has(s)) { seen.add(s); out.push(s); }
  return out;
}

/** Unique strings, case-sensitive, sorted by code point for determinism. */
export function sortedUniq(list: Iterable<string>): string[] {
  return [...new Set(list)].sort(compare);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** English plural of the last word (or of the head before "of"): used for agent phrases. */
export function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  let idx = words.length - 1;
  const ofAt = words.indexOf('of');
  if (ofAt > 0) idx = ofAt - 1;
  const w = words[idx] ?? '';
  words[idx] = pluralWord(w);
  return words.join(' ');
}

const MAN_EXCEPTIONS = new Set(['human', 'german', 'roman', 'shaman', 'talisman', 'ottoman', 'caiman', 'oman']);

export function pluralWord(w: string): string {
  if (w.endsWith('man') && !MAN_EXCEPTIONS.has(w)) return w.slice(0, -3) + 'men';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}
