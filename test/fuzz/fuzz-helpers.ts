// Shared by the fuzz tests: seeded random input (the same cases on every run, so a failure can
// be replayed), reading an input to the end, and the invariants every reader item must keep.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readInputs, type IngestItem } from '../../src/ingest/index.js';
import { SeededRandom } from '../../src/bench/random.js';

export { SeededRandom };

export function randomBytes(random: SeededRandom, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random.int(0, 255);
  return bytes;
}

/** Characters that trip text handling: direction marks, joiners, combining marks, lone
 * surrogates, NUL and other controls, BOM, emoji with modifiers, ideographs, line separators. */
export const ODD_CHARACTERS = [
  '\u200F', '\u200E', '\u202E', '\u2066', '\u200D', '\u200C', '\u200B', '\u0301', '\u0308', '\u20DD',
  '\uD800', '\uDFFF', '\u0000', '\u0007', '\u001B', '\uFEFF', '\u00AD', '\u2028', '\u2029', '\u0085',
  '👩‍👩‍👧', '🇫🇮', '👍🏽', '\uFFFD', '\uFFFF', '中国', 'ﷺ', 'Ǆ', 'ß', 'İ', 'ﬃ', '\r', '\n', '\t', ' ',
  '<', '>', '&', '"', '{', '}', '.', '!', '?', 'e', 'President', 'Macron', 'visited', 'Berlin',
];

/** A string of `count` pieces drawn from ODD_CHARACTERS and random code points (lone surrogates included). */
export function oddUnicode(random: SeededRandom, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    text += random.chance(0.7) ? random.pick(ODD_CHARACTERS) : String.fromCharCode(random.int(0, 0xffff));
  }
  return text;
}

/** Every item of reading `inputs`, and how long reading took. Rejections fail the test. */
export async function readAll(inputs: string[], stdin?: AsyncIterable<Uint8Array | string>): Promise<{ items: IngestItem[]; ms: number }> {
  const started = performance.now();
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, { onWarning: () => {}, ...(stdin ? { stdin } : {}) })) items.push(item);
  return { items, ms: performance.now() - started };
}

/**
 * What every item must be: a document with text (normalised, so no NUL or BOM survives), or an
 * error whose message is one line naming the input it belongs to.
 */
export function expectWellFormedItems(items: IngestItem[], input: string): void {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    if (item.kind === 'document') {
      expect(item.document.text.length).toBeGreaterThan(0);
      expect(item.document.text).not.toMatch(/[\u0000\uFEFF]/);
      expect(typeof item.document.id).toBe('string');
    } else {
      expect(item.message).not.toMatch(/\n/);
      expect(item.message.length).toBeGreaterThan(0);
      expect(item.message).toContain(input);
    }
  }
}

export function writeInput(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Per-case time bound of the reader tests: generous for a slow 2-core machine, far below a hang. */
export const READ_CASE_MS = 10_000;
