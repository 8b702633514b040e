// Text normalisation, done exactly once per document: every later stage (sentences, tokens,
// evidence spans) stores character offsets into the string this returns, so it must be
// deterministic and idempotent (normaliseText(normaliseText(x)) === normaliseText(x)).

/** Invisible characters that only get in the way of matching words: zero-width space,
 * zero-width (non-)joiners, word joiner, BOM, and the soft hyphen ("Viet\u00ADnam" must match
 * "Vietnam"). The input is English news, so the joiners carry no meaning here. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Control characters other than tab, line feed and the ones handled as whitespace:
 * they carry nothing readable and would break tokenisers. */
const STRAY_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/** Tabs, vertical tab, form feed, NBSP and the other Unicode space separators. */
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Normalises article text: Unicode NFC; CRLF/CR, NEL and U+2028 become LF and U+2029 a
 * paragraph break; tabs, NBSP and other Unicode spaces become a plain space; zero-width
 * characters, BOM and stray control characters are removed; runs of spaces collapse; each line
 * is trimmed; three or more newlines become exactly two (one paragraph break); the whole text
 * is trimmed. Typographic quotes and dashes are kept as they are.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/\r\n?|\u0085|\u2028/g, '\n')
      .replace(/\u2029/g, '\n\n')
      .replace(INVISIBLE, '')
      .replace(SPACES, ' ')
      .replace(STRAY_CONTROLS, '')
      // NFC after removing invisibles, so a combining mark that followed a zero-width
      // character still composes with its base letter.
      .normalize('NFC')
      .replace(/ {2,}/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** A title or other one-line field: normalised, with line breaks folded into spaces. */
export function normaliseLine(raw: string): string {
  return normaliseText(raw).replace(/\n+/g, ' ');
}
