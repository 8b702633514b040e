import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, fixture, makeTempDir } from './helpers.js';

describe('jsonl reader', () => {
  it('yields a document per good line and an error naming file:line per bad one', async () => {
    const path = fixture('jsonl/articles.jsonl');
    const { documents, errors } = await collect([path]);
    expect(documents.map((d) => d.id)).toEqual(['j-001', 'j-002', 'j-006']);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toEqual({ input: path, message: expect.stringMatching(new RegExp(`^${escape(path)}:4: invalid JSON \\(.+\\)$`)) });
    expect(errors[1]?.message).toBe(`${path}:5: "text" is missing`);
    expect(errors[2]?.message).toBe(`${path}:6: "date": "2026-02-30" is not a date (expected YYYY-MM-DD)`);
  });

  it('keeps order: errors come where their lines are', async () => {
    const { items } = await collect([fixture('jsonl/articles.jsonl')]);
    expect(items.map((item) => (item.kind === 'document' ? item.document.id : 'error'))).toEqual(['j-001', 'j-002', 'error', 'error', 'error', 'j-006']);
  });

  it('reads url, title and dates (full timestamps cut to the day), with origin file:line', async () => {
    const path = fixture('jsonl/articles.jsonl');
    const { documents } = await collect([path], { date: '2026-01-01' });
    expect(documents[0]).toMatchObject({ id: 'j-001', url: 'https://news.example/j-001', title: 'Energy call', published: '2026-01-10', origin: `${path}:1` });
    expect(documents[1]).toMatchObject({ id: 'j-002', url: null, title: null, published: '2026-01-01' });
    expect(documents[2]).toMatchObject({ id: 'j-006', published: '2026-01-12', origin: `${path}:7` });
  });

  it('reports non-object lines, empty text and non-string fields', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'odd.ndjson');
    // A BOM before the first line and CRLF line ends, as Windows tools write them.
    const lines = ['\uFEFF[1, 2]', '{"id": "a", "text": "   "}', '{"id": "b", "text": 42}', '{"id": 7, "text": "Numeric ids are accepted."}'];
    writeFileSync(path, lines.join('\r\n') + '\r\n');
    const { documents, errors } = await collect([path]);
    expect(errors.map((e) => e.message)).toEqual([
      `${path}:1: expected a JSON object, got an array`,
      `${path}:2: "text" is empty`,
      `${path}:3: "text": Expected string, received number`,
    ]);
    expect(documents.map((d) => d.id)).toEqual(['7']);
  });

  it('warns about duplicate ids', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'dupes.jsonl');
    writeFileSync(path, '{"id": "same", "text": "First."}\n{"id": "same", "text": "Second."}\n');
    const { documents, warnings } = await collect([path]);
    expect(documents).toHaveLength(2);
    expect(warnings).toEqual([`duplicate document id "same": ${path}:2 and ${path}:1`]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
