import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, fixture } from './helpers.js';

function stream(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)));
}

describe('stdin reader ("-")', () => {
  it('reads plain text as one document with id "stdin", date line included', async () => {
    const { documents, errors } = await collect(['-'], { stdin: stream(' date 2026-02-02 Envoys ', 'meet in Aldport.\n\nBody text.\n') });
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ id: 'stdin', origin: 'stdin', published: '2026-02-02', text: 'Envoys meet in Aldport.\n\nBody text.' });
  });

  it('uses the fallback date for text without a date line', async () => {
    const { documents } = await collect(['-'], { stdin: stream('Envoys met.'), date: '2026-02-03' });
    expect(documents[0]?.published).toBe('2026-02-03');
  });

  it('reads JSONL when every non-empty line is a JSON object', async () => {
    const input = '{"id": "s1", "text": "First article."}\n\n{"id": "s2", "text": "Second article.", "date": "2026-02-04"}\n';
    const { documents } = await collect(['-'], { stdin: stream(input) });
    expect(documents.map((d) => [d.id, d.origin, d.published])).toEqual([
      ['s1', 'stdin:1', null],
      ['s2', 'stdin:3', '2026-02-04'],
    ]);
  });

  it('reports JSONL lines that are objects but not articles by stdin:line', async () => {
    const { documents, errors } = await collect(['-'], { stdin: stream('{"id": "s1", "text": "Fine."}\n{"id": "s2"}\n') });
    expect(documents.map((d) => d.id)).toEqual(['s1']);
    expect(errors).toEqual([{ input: 'stdin', message: 'stdin:2: "text" is missing' }]);
  });

  it('treats text whose lines are not all JSON objects as one document', async () => {
    const { documents } = await collect(['-'], { stdin: stream('{"id": "s1", "text": "x"}\nand then prose\n') });
    expect(documents.map((d) => d.id)).toEqual(['stdin']);
  });

  it('reports empty and binary stdin, and still reads the other inputs', async () => {
    const empty = await collect(['-', fixture('txt/undated.txt')], { stdin: stream() });
    expect(empty.errors).toEqual([{ input: 'stdin', message: 'stdin is empty' }]);
    expect(empty.documents.map((d) => d.id)).toEqual(['undated']);
    const binary = await collect([fixture('txt/undated.txt'), '-'], { stdin: stream(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])) });
    expect(binary.errors).toEqual([{ input: 'stdin', message: 'stdin looks like a binary file' }]);
    expect(binary.documents.map((d) => d.id)).toEqual(['undated']);
  });

  it('refuses stdin above the size limit', async () => {
    const { errors } = await collect(['-'], { stdin: stream('x'.repeat(600), 'y'.repeat(600)), maxBytes: 1000 });
    expect(errors[0]?.message).toMatch(/^stdin is larger than the limit of .+ MB; raise --max-mb$/);
  });
});
