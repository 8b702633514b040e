// Every kind of bad input becomes one error item whose message names the input, and the other
// inputs of the same call are still read.
import { closeSync, openSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Chunks } from '../../src/ingest/lines.js';
import { findInvalidUtf8 } from '../../src/ingest/bytes.js';
import { collect, fixture, makeTempDir } from './helpers.js';

const GOOD = fixture('txt/undated.txt');
const dir = makeTempDir();

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Reads [bad, good] and checks: exactly one error, for `bad`, matching `message`; good still read. */
async function expectOneError(bad: string, message: string | RegExp): Promise<void> {
  const { errors, documents } = await collect([bad, GOOD]);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.input).toBe(bad);
  expect(errors[0]?.message).toContain(bad);
  expect(errors[0]?.message).toMatch(message);
  expect(errors[0]?.message).not.toContain('\n');
  expect(documents.map((d) => d.id)).toEqual(['undated']);
}

describe('bad inputs', () => {
  it('missing path', async () => {
    const missing = join(dir, 'no-such-article.txt');
    await expectOneError(missing, `${missing}: no such file or directory`);
  });

  it('empty file', async () => {
    const empty = fixture('bad/empty.txt');
    await expectOneError(empty, `${empty} is empty`);
  });

  it('file with only whitespace (after normalising)', async () => {
    const blank = fixture('bad/blank.txt');
    await expectOneError(blank, `${blank} is empty (only whitespace)`);
  });

  it('binary file: NUL bytes', async () => {
    const binary = write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    await expectOneError(binary, `${binary} looks like a binary file`);
  });

  it('binary file: mostly control characters', async () => {
    const controls = write('controls.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))));
    await expectOneError(controls, `${controls} looks like a binary file`);
  });

  it('UTF-16 text is named as such', async () => {
    const utf16 = write('utf16.txt', Buffer.from('\ufeffHello', 'utf16le'));
    await expectOneError(utf16, `${utf16} is UTF-16 text; save it as UTF-8`);
  });

  it('invalid UTF-8, with the byte offset', async () => {
    const latin1 = write('latin1.txt', Buffer.concat([Buffer.from('Hanoi caf'), Buffer.from([0xe9]), Buffer.from(' talks')]));
    await expectOneError(latin1, `${latin1} is not valid UTF-8 (byte offset 9)`);
  });

  it('invalid UTF-8 in html and feeds too', async () => {
    const html = write('bad.html', Buffer.concat([Buffer.from('<p>Talks '), Buffer.from([0xc3, 0x28]), Buffer.from('</p>')]));
    await expectOneError(html, `${html} is not valid UTF-8 (byte offset 9)`);
  });

  it('malformed JSONL line: error names file:line, other lines and inputs still read', async () => {
    const jsonl = write('mixed.jsonl', '{"id": "ok-1", "text": "Talks opened."}\n{"id": "broken", "text": \n{"id": "ok-2", "text": "Talks closed."}\n');
    const { errors, documents } = await collect([jsonl, GOOD]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.input).toBe(jsonl);
    expect(errors[0]?.message).toMatch(new RegExp(`^${jsonl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid JSON`));
    expect(documents.map((d) => d.id)).toEqual(['ok-1', 'ok-2', 'undated']);
  });

  it('invalid UTF-8 in a streamed JSONL file: lines before it are kept, offset counted from the file start', async () => {
    const first = '{"id": "before", "text": "Read before the bad byte."}\n';
    const second = '{"id": "after", "text": "caf';
    const jsonl = write('bad-bytes.jsonl', Buffer.concat([Buffer.from(first), Buffer.from(second), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const { errors, documents } = await collect([jsonl, GOOD]);
    expect(documents.map((d) => d.id)).toEqual(['before', 'undated']);
    expect(errors).toEqual([{ input: jsonl, message: `${jsonl} is not valid UTF-8 (byte offset ${Buffer.byteLength(first + second)})` }]);
  });

  it('binary JSONL file', async () => {
    const jsonl = write('blob.jsonl', new Uint8Array([0x7b, 0x00, 0x01, 0x02]));
    await expectOneError(jsonl, `${jsonl} looks like a binary file`);
  });

  it('unknown extension given explicitly: read as text when it is text', async () => {
    const notes = fixture('bad/notes.md');
    const { errors, documents } = await collect([notes, GOOD]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['notes', 'undated']);
    expect(documents[0]?.text).toBe('Kestria and Norland held talks. (Saved as a markdown file.)');
  });

  it('unknown extension given explicitly: error when it is not text', async () => {
    const pdf = write('report.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0x00, 0xff, 0xfe, 0x10])]));
    await expectOneError(pdf, `${pdf} looks like a binary file`);
    const latin1 = write('letter.doc', Buffer.from([0x4c, 0x65, 0x74, 0x74, 0x72, 0x65, 0xe9]));
    await expectOneError(latin1, `${latin1} is not valid UTF-8 (byte offset 6)`);
  });

  it('file above maxBytes', async () => {
    const big = write('big.txt', 'x'.repeat(3 * 1024 * 1024));
    const { errors, documents } = await collect([big, GOOD], { maxBytes: 2 * 1024 * 1024 });
    expect(errors).toEqual([{ input: big, message: `${big} is larger than the limit of 2 MB; raise --max-mb` }]);
    expect(documents.map((d) => d.id)).toEqual(['undated']);
    const jsonl = write('big.jsonl', `{"id": "a", "text": "${'x'.repeat(2000)}"}\n`);
    await expect(collect([jsonl], { maxBytes: 1000 })).resolves.toMatchObject({ errors: [{ input: jsonl, message: `${jsonl} is larger than the limit of 0.00095 MB; raise --max-mb` }] });
  });

  it('feed that is not XML', async () => {
    const feed = fixture('bad/not-xml.rss');
    await expectOneError(feed, new RegExp(`is not XML \\(line 1: .+\\)$`));
  });

  it('XML that is not a feed', async () => {
    const xml = fixture('bad/settings.xml');
    await expectOneError(xml, `${xml} is XML but not an RSS or Atom feed (root element <settings>)`);
  });

  it('a 50 MB text file is read as one document', async () => {
    const paragraph = 'The Foreign Minister of Kestria met the Ambassador of Norland in Aldport to discuss trade.\n\n';
    const repeats = Math.ceil((50 * 1024 * 1024) / paragraph.length);
    const big = join(dir, 'fifty-megabytes.txt');
    // Written in blocks so the test itself does not hold several copies in memory.
    const fd = openSync(big, 'w');
    const block = paragraph.repeat(10_000);
    for (let done = 0; done < repeats; done += 10_000) writeSync(fd, done + 10_000 <= repeats ? block : paragraph.repeat(repeats - done));
    closeSync(fd);
    const { errors, documents } = await collect([big, GOOD]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['fifty-megabytes', 'undated']);
    // The final paragraph break is trimmed away.
    expect(documents[0]?.text.length).toBe(paragraph.length * repeats - 2);
    expect(documents[0]!.text.length).toBeGreaterThan(50 * 1024 * 1024 - 100);
  }, 20_000);
});

describe('UTF-8 checks', () => {
  it('finds the first invalid sequence, rejecting overlongs, surrogates and truncation', () => {
    expect(findInvalidUtf8(Buffer.from('T\u00f4 L\u00e2m \u2014 \u{1f600}'))).toBeNull();
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x80]))).toBe(1); // cut off at the end
  });

  it('decodes a character split across stream chunks', async () => {
    const bytes = Buffer.from('L\u00e2m \u2014 ok');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 6), bytes.subarray(6)];
    let text = '';
    for await (const part of decodeUtf8Chunks(Readable.from(chunks), 'x')) text += part;
    expect(text).toBe('L\u00e2m \u2014 ok');
  });
});
