// The import view's requests: one per article, files read as `attache ingest` reads them, and
// what cannot be sent (bad lines, unknown files, too large) an error before any request.
import { describe, expect, it } from 'vitest';
import { INGEST_BODY_LIMIT as SERVER_LIMIT } from '../../src/server/index.js';
import { INGEST_BODY_LIMIT, fileInputs, idFromFileName, jsonlLineInput, pastedInput, urlInputs } from '../../src/web/views/import/import-inputs.js';

describe('import inputs', () => {
  it('knows the server\'s limit', () => {
    expect(INGEST_BODY_LIMIT).toBe(SERVER_LIMIT);
  });

  it('sends a pasted article with only the fields given, labelled by its title or its start', () => {
    expect(pastedInput({ text: 'Ruritania protested.', title: ' ', date: '2026-04-01', url: '' }))
      .toEqual({ label: 'Ruritania protested.', body: { documents: [{ text: 'Ruritania protested.', date: '2026-04-01' }] } });
    expect(pastedInput({ text: 'x'.repeat(INGEST_BODY_LIMIT), title: 'Big', date: '', url: '' })).toMatchObject({ label: 'Big', error: expect.stringContaining('too large') });
  });

  it('takes http(s) addresses one a line, each its own request', () => {
    expect(urlInputs('https://a.example/1\n\n# a comment\nftp://b.example\nhttp://c.example/feed.xml')).toEqual([
      { label: 'https://a.example/1', body: { urls: ['https://a.example/1'] } },
      { label: 'ftp://b.example', error: 'not an http(s) address' },
      { label: 'http://c.example/feed.xml', body: { urls: ['http://c.example/feed.xml'] } },
    ]);
  });

  it('reads JSON Lines one article a line, keeping only known string fields', () => {
    expect(jsonlLineInput('{"id": 7, "text": "A met B.", "date": "2026-04-01", "author": "me", "title": ""}', 'f.jsonl:1'))
      .toEqual({ label: 'f.jsonl:1 (7)', body: { documents: [{ id: '7', text: 'A met B.', date: '2026-04-01' }] } });
    expect(jsonlLineInput('[1]', 'f.jsonl:2')).toEqual({ label: 'f.jsonl:2', error: 'not a JSON object' });
    expect(jsonlLineInput('{"text": " "}', 'f.jsonl:3')).toEqual({ label: 'f.jsonl:3', error: 'no "text"' });
  });

  it('sends .txt and .html files whole, named by the file, for the server to read', async () => {
    expect(idFromFileName('2026-03-04-nordic-visit.txt')).toBe('2026-03-04-nordic-visit');
    expect(await fileInputs(new File([' date 2026-04-01 A met B.'], 'a.txt'))).toEqual([
      { label: 'a.txt', body: { documents: [{ id: 'a', text: ' date 2026-04-01 A met B.', format: 'txt' }] } },
    ]);
    expect(await fileInputs(new File(['<p>A met B.</p>'], 'Page.HTM'))).toEqual([
      { label: 'Page.HTM', body: { documents: [{ id: 'Page', text: '<p>A met B.</p>', format: 'html' }] } },
    ]);
    expect(await fileInputs(new File(['{"text":"A."}\n\n{"text":"B."}\n'], 'two.ndjson'))).toHaveLength(2);
    expect(await fileInputs(new File(['  '], 'blank.txt'))).toEqual([{ label: 'blank.txt', error: 'the file is empty' }]);
    expect((await fileInputs(new File(['<rss/>'], 'feed.xml')))[0]).toMatchObject({ error: expect.stringContaining('give feeds by their address') });
  });
});
