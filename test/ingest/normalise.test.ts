import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeDocument, normaliseText } from '../../src/ingest/index.js';

describe('normaliseText', () => {
  it('composes Unicode to NFC so decomposed and composed names are equal', () => {
    const composed = 'General Secretary T\u00f4 L\u00e2m';
    const decomposed = 'General Secretary To\u0302 La\u0302m';
    expect(decomposed).not.toBe(composed);
    expect(normaliseText(decomposed)).toBe(composed);
    expect(normaliseText(composed)).toBe(composed);
  });

  it('keeps offsets stable: the same name is found at the same offset either way', () => {
    const body = (name: string) => `\u00a0 Leaders congratulated\t${name}.\r\nThe letter said: \u201cwarm wishes\u201d \u2014 end.`;
    const a = normaliseText(body('T\u00f4 L\u00e2m'));
    const b = normaliseText(body('To\u0302 La\u0302m'));
    expect(a).toBe(b);
    const start = a.indexOf('T\u00f4 L\u00e2m');
    expect(start).toBe('Leaders congratulated '.length);
    expect(a.slice(start, start + 6)).toBe('T\u00f4 L\u00e2m');
  });

  it('turns CRLF and CR into LF and Unicode spaces into plain spaces', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseText('a\u00a0b\u2003c\u202fd\te')).toBe('a b c d e');
  });

  it('removes zero-width characters and the BOM', () => {
    expect(normaliseText('\ufeffViet\u200bnam\u200d and\u2060 Laos')).toBe('Vietnam and Laos');
  });

  it('collapses spaces, trims lines and keeps at most one blank line', () => {
    expect(normaliseText('  one   two  \n   three\n\n\n\n  four  \n \n \n five ')).toBe('one two\nthree\n\nfour\n\nfive');
  });

  it('keeps typographic quotes and dashes', () => {
    const text = '\u201cWe agree,\u201d he said \u2014 \u2018fully\u2019 \u2013 today.';
    expect(normaliseText(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = normaliseText(' \ufeffA\u00a0\u00a0b\r\n\r\n\r\n\tc\u0301 ');
    expect(normaliseText(once)).toBe(once);
  });
});

describe('makeDocument', () => {
  it('normalises the text, hashes it and fills defaults', () => {
    const document = makeDocument({ id: 'x', origin: 'test', text: '  Hello\u00a0world \r\n' });
    expect(document).toEqual({
      id: 'x',
      origin: 'test',
      url: null,
      title: null,
      published: null,
      text: 'Hello world',
      lang: 'en',
      contentHash: createHash('sha256').update('Hello world').digest('hex'),
    });
  });

  it('gives equal hashes to texts that differ only before normalisation', () => {
    const a = makeDocument({ id: 'a', origin: 'a', text: 'T\u00f4 L\u00e2m\r\n' });
    const b = makeDocument({ id: 'b', origin: 'b', text: 'To\u0302 La\u0302m' });
    expect(a.contentHash).toBe(b.contentHash);
  });

  it('keeps title on one line and reads the date', () => {
    const document = makeDocument({ id: 'x', origin: 'o', text: 't', title: ' Two\nlines ', published: '2026-01-24T23:30:00+07:00', url: ' https://a.example/x ' });
    expect(document.title).toBe('Two lines');
    expect(document.published).toBe('2026-01-24');
    expect(document.url).toBe('https://a.example/x');
  });
});
