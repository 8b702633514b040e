// What a fetched page becomes: HTML article, feed items (with their linked articles fetched),
// plain text; and URL list files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUrlList, type IngestOptions } from '../../src/ingest/index.js';
import { FULL_CONTENT_MIN_CHARS } from '../../src/ingest/web-feed.js';
import { collect, fixture, makeTempDir, type Collected } from './helpers.js';
import { startNewsServer, type TestServer } from './web-server.js';

const FAST: IngestOptions = { http: { retries: 1, retryDelayMs: 1, timeoutMs: 2000 } };

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startNewsServer();
  base = server.base;
});
afterAll(() => server.close());

/** The slug every id of this server's addresses starts with ("127-0-0-1-40123"). */
function hostSlug(): string {
  return base.replace('http://', '').replace(/[^a-z0-9]+/g, '-');
}

describe('reading an HTML page from a URL', () => {
  it('gives one document with the main text, title, date and address', async () => {
    const url = `${base}/articles/summit.html`;
    const { documents, errors } = await collect([url], FAST);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(1);
    const document = documents[0]!;
    expect(document).toMatchObject({
      id: `${hostSlug()}-articles-summit-html`,
      origin: url,
      url,
      title: 'Norland and Kestria leaders meet in Aldport',
      published: '2026-03-10',
    });
    expect(document.text.startsWith('The President of Norland, Ada Varsen, met the Prime Minister of Kestria, Tomas Reil, in Aldport')).toBe(true);
    expect(document.text.split('\n\n')).toHaveLength(4);
    for (const unwanted of ['SCRIPT-MUST-NOT-APPEAR', 'Subscribe today', 'Copyright', 'Sport']) expect(document.text).not.toContain(unwanted);
  });

  it('ids are stable: the same address gives the same id, the fragment is ignored', async () => {
    const first = await collect([`${base}/articles/summit.html`], FAST);
    const second = await collect([`${base}/articles/summit.html#comments`], FAST);
    expect(second.documents[0]?.id).toBe(first.documents[0]?.id);
  });

  it('takes a page without Content-Type for HTML when it starts like HTML', async () => {
    const { documents } = await collect([`${base}/no-type`], FAST);
    expect(documents[0]?.title).toBe('Norland and Kestria leaders meet in Aldport');
    expect(documents[0]?.text).not.toContain('<p>');
  });

  it('decodes the charset from the header or from <meta charset>', async () => {
    const { documents, errors } = await collect([`${base}/latin1.html`, `${base}/cp1252.html`], FAST);
    expect(errors).toEqual([]);
    expect(documents[0]?.text).toBe('The Norland envoy Z\u00f6e Varsen met Kestrian officials in Malm\u00f6 to discuss the ferry agreement.');
    expect(documents[1]?.text).toBe('Lumeria\u2019s parliament approved the treaty.');
  });

  it('reports pages without text and content it cannot read', async () => {
    const { errors, documents } = await collect([`${base}/articles/empty.html`, `${base}/image.png`, `${base}/settings.xml`, `${base}/briefing.txt`], FAST);
    expect(errors).toEqual([
      { input: `${base}/articles/empty.html`, message: `${base}/articles/empty.html is empty (no text in the page)` },
      { input: `${base}/image.png`, message: `${base}/image.png: unsupported content type image/png` },
      { input: `${base}/settings.xml`, message: `${base}/settings.xml is XML but not an RSS or Atom feed (root element <settings>)` },
    ]);
    expect(documents).toHaveLength(1);
  });
});

describe('reading plain text from a URL', () => {
  it('gives a text document, reading the date line like a .txt file', async () => {
    const url = `${base}/briefing.txt`;
    const { documents } = await collect([url], FAST);
    expect(documents[0]).toMatchObject({
      id: `${hostSlug()}-briefing-txt`,
      url,
      title: null,
      published: '2026-03-16',
      text: 'Foreign ministers of Lumeria and Kestria spoke by telephone on Monday.\n\nThey agreed to restore direct flights between their capitals.',
    });
  });

  it('uses --date when the page has none', async () => {
    const { documents } = await collect([`${base}/articles/summit.html`], { ...FAST, date: '2026-01-01' });
    expect(documents[0]?.published).toBe('2026-03-10');
    const latin = await collect([`${base}/latin1.html`], { ...FAST, date: '2026-01-01' });
    expect(latin.documents[0]?.published).toBe('2026-01-01');
  });
});

describe('reading an RSS feed from a URL', () => {
  let result: Collected;
  let feed: string;
  beforeAll(async () => {
    feed = `${base}/feeds/world.rss`;
    result = await collect([feed], FAST);
  });

  it('gives one document per item, fetching each linked article', () => {
    expect(result.documents.map((d) => d.origin)).toEqual([`${feed}#1`, `${feed}#2`, `${feed}#3`, `${feed}#5`]);
    const [summit, ceasefire] = result.documents;
    expect(summit).toMatchObject({ id: 'meridian-0101', url: `${base}/articles/summit.html` });
    // The article's full text, not the feed's teaser.
    expect(summit?.text).toContain('a joint commission of officials would meet every three months');
    expect(summit?.text).not.toContain('Read more');
    // A relative link is resolved against the feed's address.
    expect(ceasefire?.url).toBe(`${base}/articles/ceasefire.html`);
    expect(ceasefire?.id).toBe(`${hostSlug()}-articles-ceasefire-html`);
    expect(ceasefire?.text.startsWith('Lumeria and Ostavia agreed on Thursday to a ceasefire')).toBe(true);
  });

  it("keeps the item's title and date over the page's", () => {
    const ceasefire = result.documents[1]!;
    expect(ceasefire.title).toBe('Lumeria and Ostavia agree ceasefire');
    // The page says 2026-03-12; the item says 13 March.
    expect(ceasefire.published).toBe('2026-03-13');
  });

  it("falls back to the item's own text when its article cannot be fetched", () => {
    const recall = result.documents[2]!;
    expect(recall.text).toBe('Kestria recalled its ambassador from Lumeria for consultations after a dispute over fishing rights.');
    expect(recall.url).toBe(`${base}/articles/removed.html`);
    expect(result.warnings).toContain(`${base}/articles/removed.html: HTTP 404 Not Found; using the feed's text for item 3 of ${feed}`);
  });

  it('gives an error item for an item with neither a fetchable article nor text, and goes on', () => {
    expect(result.errors).toEqual([
      { input: feed, message: `${base}/articles/gallery-gone.html: HTTP 404 Not Found; item 4 of ${feed} has no text of its own` },
    ]);
    expect(result.items.map((item) => item.kind)).toEqual(['document', 'document', 'document', 'error', 'document']);
  });

  it('does not fetch the article of an item that carries its full content', () => {
    const pact = result.documents[3]!;
    expect(pact.text.length).toBeGreaterThanOrEqual(FULL_CONTENT_MIN_CHARS);
    expect(pact.text.startsWith('Ostavia signed the accession treaty of the regional trade pact')).toBe(true);
    expect(pact.published).toBe('2026-03-15');
    expect(server.count('/articles/never-fetched.html')).toBe(0);
  });
});

describe('reading an Atom feed from a URL', () => {
  it.each(['/feeds/world.atom', '/feeds/mislabelled'])('reads %s by its root element', async (path) => {
    const feed = `${base}${path}`;
    const { documents, errors } = await collect([feed], FAST);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatchObject({
      id: 'tag-meridian-example-2026-wire-7',
      origin: `${feed}#1`,
      url: `${base}/articles/ceasefire.html`,
      title: 'Ceasefire holds on the frontier',
      published: '2026-03-13',
    });
    expect(documents[0]?.text).toContain('pull heavy weapons back ten kilometres');
    // No link: the entry's own content.
    expect(documents[1]).toMatchObject({
      url: null,
      title: 'Statement from the Norland presidency',
      text: 'The Norland presidency condemned the arrest of two journalists in Ostavia.',
    });
  });
});

describe('URL list files', () => {
  const dir = makeTempDir();

  it('reads every address in turn, skipping comments and blank lines, reporting bad lines by file:line', async () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(
      list,
      [
        '# morning reading',
        `${base}/articles/summit.html`,
        '',
        '   ',
        'ftp://127.0.0.1/briefing.txt',
        `  ${base}/briefing.txt  `,
        'not a url',
        `${base}/missing`,
        `${base}/articles/ceasefire.html`,
      ].join('\n'),
    );
    const items = [];
    const warnings: string[] = [];
    for await (const item of readUrlList(list, { ...FAST, onWarning: (msg) => warnings.push(msg) })) items.push(item);
    expect(items.map((item) => (item.kind === 'document' ? item.document.id : item.message))).toEqual([
      `${hostSlug()}-articles-summit-html`,
      `${list}:5: "ftp://127.0.0.1/briefing.txt": not an http(s) URL`,
      `${hostSlug()}-briefing-txt`,
      `${list}:7: "not a url": not a valid URL`,
      `${base}/missing: HTTP 404 Not Found`,
      `${hostSlug()}-articles-ceasefire-html`,
    ]);
    expect(items.filter((item) => item.kind === 'error').map((item) => item.input)).toEqual([list, list, `${base}/missing`]);
    expect(warnings).toEqual([]);
  });

  it('reports a missing or empty list file as one error', async () => {
    const missing = join(dir, 'no-such-list.txt');
    const empty = join(dir, 'comments-only.txt');
    writeFileSync(empty, '# nothing yet\n\n');
    const read = async (path: string) => {
      const items = [];
      for await (const item of readUrlList(path, FAST)) items.push(item);
      return items;
    };
    expect(await read(missing)).toEqual([{ kind: 'error', input: missing, message: `${missing}: no such file or directory` }]);
    expect(await read(empty)).toEqual([{ kind: 'error', input: empty, message: `${empty} contains no URLs` }]);
  });

  it('mixes with files in readInputs', async () => {
    const { documents, errors } = await collect([fixture('txt/undated.txt'), `${base}/briefing.txt`], FAST);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['undated', `${hostSlug()}-briefing-txt`]);
  });
});
