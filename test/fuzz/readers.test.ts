// Fuzzing the readers with bytes and text no article is made of: random bytes, invalid UTF-8,
// odd Unicode, a 5 MB single line, and JSON Lines that are random, truncated or huge, through
// every reader (by extension) and standard input. Each input must give documents or one-line
// error items naming it, never an exception, and within a time bound.
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../ingest/helpers.js';
import { expectWellFormedItems, oddUnicode, randomBytes, READ_CASE_MS, readAll, SeededRandom, writeInput } from './fuzz-helpers.js';

const EXTENSIONS = ['.txt', '.html', '.jsonl', '.xml', '.rss', '.bin'];
const dir = makeTempDir('attache-fuzz-');

async function expectReadable(path: string): Promise<void> {
  const { items, ms } = await readAll([path]);
  expectWellFormedItems(items, path);
  expect(ms).toBeLessThan(READ_CASE_MS);
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe('the readers on random input', () => {
  it('read random bytes under every extension', async () => {
    const random = new SeededRandom('random-bytes');
    for (let n = 0; n < 60; n++) {
      await expectReadable(writeInput(dir, `bytes-${n}${random.pick(EXTENSIONS)}`, randomBytes(random, random.int(0, 20_000))));
    }
  });

  it('refuse invalid UTF-8 with the offset of the bad byte', async () => {
    const random = new SeededRandom('invalid-utf8');
    const bad = [[0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80], [0xc0, 0xaf], [0xff], [0xf4, 0x90, 0x80, 0x80]];
    for (let n = 0; n < 30; n++) {
      const before = Buffer.from(`{"id":"a","text":"President Macron visited Berlin ${'x'.repeat(random.int(0, 3_000))}`);
      const bytes = Buffer.concat([before, Buffer.from(random.pick(bad)), Buffer.from('"}\n')]);
      const path = writeInput(dir, `invalid-${n}${random.pick(EXTENSIONS)}`, bytes);
      const { items } = await readAll([path]);
      expectWellFormedItems(items, path);
      const error = items.find((item) => item.kind === 'error');
      expect(error?.kind === 'error' && error.message).toMatch(/not valid UTF-8 \(byte offset \d+\)|binary/);
    }
  });

  it('read odd Unicode (RTL marks, joiners, combining marks, surrogate halves, NUL, BOM, emoji)', async () => {
    const random = new SeededRandom('odd-unicode');
    for (let n = 0; n < 40; n++) {
      // Lone surrogates cannot be written as UTF-8: Buffer writes them as U+FFFD, as any editor would.
      const text = `${random.chance(0.3) ? '\uFEFF' : ''}${oddUnicode(random, random.int(1, 4_000))}`;
      const extension = random.pick(EXTENSIONS);
      const content = extension === '.jsonl' ? `${JSON.stringify({ id: `u${n}`, text })}\n${text}\n` : text;
      await expectReadable(writeInput(dir, `unicode-${n}${extension}`, content));
    }
  });

  it('read standard input of random bytes and odd Unicode, in chunks that split characters', async () => {
    const random = new SeededRandom('stdin');
    for (let n = 0; n < 30; n++) {
      const bytes = random.chance(0.5) ? randomBytes(random, random.int(0, 5_000)) : Buffer.from(oddUnicode(random, random.int(1, 2_000)));
      const { items, ms } = await readAll(['-'], chunksOf(bytes, random.int(1, 700)));
      expectWellFormedItems(items, 'stdin');
      expect(ms).toBeLessThan(READ_CASE_MS);
    }
  });

  it('read a 5 MB single line as text, HTML and JSONL', async () => {
    const line = 'President Macron visited Berlin and met Chancellor Merz '.repeat(90_000).slice(0, 5 * 1024 * 1024);
    await expectReadable(writeInput(dir, 'line.txt', line));
    await expectReadable(writeInput(dir, 'line.html', `<p>${line}</p>`));
    await expectReadable(writeInput(dir, 'line.jsonl', `${JSON.stringify({ id: 'line', text: line })}\n`));
    // A 5 MB line of unbalanced brackets, quotes and tag starts: the worst for scanners.
    await expectReadable(writeInput(dir, 'brackets.html', '<a<b"\'<!--<![CDATA['.repeat(260_000)));
    await expectReadable(writeInput(dir, 'brackets.xml', '<a<b"\'<!--<![CDATA['.repeat(260_000)));
  });

  it('read JSON Lines that are random, truncated or huge, one error per bad line', async () => {
    const random = new SeededRandom('jsonl');
    const good = (n: number): string => JSON.stringify({ id: `doc-${n}`, text: `President Macron visited Berlin on day ${n}.`, date: '2026-03-01' });
    for (let n = 0; n < 30; n++) {
      const lines: string[] = [];
      for (let k = 0; k < random.int(1, 40); k++) {
        const line = good(k);
        const kind = random.int(0, 6);
        if (kind === 0) lines.push(line.slice(0, random.int(0, line.length - 1)));
        // Without NUL (the whole file would be binary) and line breaks (more lines).
        else if (kind === 1) lines.push(oddUnicode(random, random.int(1, 200)).replace(/[\u0000\n\r]/g, ''));
        else if (kind === 2) lines.push(JSON.stringify(random.pick([null, 1, 'text', [], { id: '' }, { id: 1.5, text: 'x' }, { id: 'x', text: 5 }, { id: 'x', text: 'y', date: 'someday' }])));
        else if (kind === 3) lines.push('['.repeat(random.int(1, 100_000)));
        else lines.push(line);
      }
      const path = writeInput(dir, `lines-${n}.jsonl`, lines.join(random.chance(0.5) ? '\n' : '\r\n'));
      const { items, ms } = await readAll([path]);
      expectWellFormedItems(items, path);
      expect(ms).toBeLessThan(READ_CASE_MS);
      // One item per non-blank line: a bad line never swallows its neighbours.
      expect(items.length).toBe(lines.filter((line) => line.trim() !== '').length);
    }
    const huge = writeInput(dir, 'huge.jsonl', `${good(1)}\n${JSON.stringify({ id: 'huge', text: 'word '.repeat(2_000_000) })}\n{"id":"cut","text":"${'a'.repeat(3_000_000)}\n${good(2)}\n`);
    const { items, ms } = await readAll([huge]);
    expectWellFormedItems(items, huge);
    expect(items.map((item) => item.kind)).toEqual(['document', 'document', 'error', 'document']);
    expect(ms).toBeLessThan(READ_CASE_MS);
  });
});
