// Fuzzing the HTML and feed readers with structure no article has: elements nested thousands
// deep, broken tags, feeds that are not XML, XML bombs. Regression tests for what this found:
// - 10,000 nested <div>s overflowed the call stack (our text walk recursed), and Readability
//   took 40 s on 2,000 levels: deep pages now skip Readability, and the walk keeps its own stack;
// - linkedom's parse is quadratic in depth (100,000 levels: 10 s): deeper than 20,000, refused;
// - the XML parser's own refusals (entity expansion limit, nesting) came out as bare library
//   messages: now they say the feed could not be read.
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, htmlFragmentToText } from '../../src/ingest/html.js';
import { estimateHtmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/html-depth.js';
import { makeTempDir } from '../ingest/helpers.js';
import { expectWellFormedItems, oddUnicode, READ_CASE_MS, readAll, SeededRandom, writeInput } from './fuzz-helpers.js';

const dir = makeTempDir('attache-fuzz-html-');
const SENTENCE = 'President Macron visited Berlin on Monday.';

async function read(name: string, content: string): Promise<Awaited<ReturnType<typeof readAll>>> {
  const path = writeInput(dir, name, content);
  const result = await readAll([path]);
  expectWellFormedItems(result.items, path);
  expect(result.ms).toBeLessThan(READ_CASE_MS);
  return result;
}

function onlyText(items: Awaited<ReturnType<typeof readAll>>['items']): string {
  expect(items.map((item) => item.kind)).toEqual(['document']);
  return items[0]!.kind === 'document' ? items[0]!.document.text : '';
}

describe('deeply nested HTML', () => {
  it('reads 10,000 nested divs, closed or not, and nested inline elements', async () => {
    const n = 10_000;
    expect(onlyText((await read('nested.html', `<html><body>${'<div>'.repeat(n)}${SENTENCE}${'</div>'.repeat(n)}</body></html>`)).items)).toBe(SENTENCE);
    expect(onlyText((await read('unclosed.html', `<body>${'<div>'.repeat(n)}${SENTENCE}`)).items)).toBe(SENTENCE);
    expect(onlyText((await read('inline.html', `<body><p>${'<b><i>'.repeat(n / 2)}${SENTENCE}`)).items)).toBe(SENTENCE);
    expect(htmlFragmentToText(`${'<div>'.repeat(n)}${SENTENCE}`)).toBe(SENTENCE);
  });

  it('keeps Readability for ordinary depths (its title and main text)', () => {
    const page = `<html><head><title>Talks</title></head><body><nav>Home | World</nav>${'<div>'.repeat(20)}<article><p>${SENTENCE} ${'He met the chancellor for talks on trade, energy and defence. '.repeat(8)}</p></article>${'</div>'.repeat(20)}</body></html>`;
    const article = extractHtmlArticle(page);
    expect(article.title).toBe('Talks');
    expect(article.text.startsWith(SENTENCE)).toBe(true);
  });

  it('refuses a page nested deeper than the limit with a clear error, quickly', async () => {
    const n = 200_000;
    const { items } = await read('too-deep.html', `<body>${'<div>'.repeat(n)}${SENTENCE}`);
    expect(items).toHaveLength(1);
    expect(items[0]!.kind === 'error' && items[0]!.message).toMatch(/too-deep\.html: HTML elements nested more than 20,000 levels deep; refused/);
    // The same inside a feed item.
    const feed = `<rss><channel><item><title>t</title><description><![CDATA[${'<span>'.repeat(n)}x]]></description></item></channel></rss>`;
    const fromFeed = await read('deep.rss', feed);
    expect(fromFeed.items[0]!.kind === 'error' && fromFeed.items[0]!.message).toMatch(/deep\.rss item 1: HTML elements nested more than/);
  });

  it('does not count unclosed paragraphs, list items, void or self-closed elements as depth', () => {
    const n = MAX_HTML_DEPTH * 2;
    expect(estimateHtmlDepth('<p>x'.repeat(n) + '<li>y'.repeat(n) + '<br><img src="a.png">'.repeat(n) + '<div/>'.repeat(n))).toBe(0);
    expect(estimateHtmlDepth('<div><span>a</span></div><div>b</div>')).toBe(2);
  });
});

describe('broken and random HTML', () => {
  it('reads HTML with broken, unbalanced and random tags', async () => {
    const random = new SeededRandom('broken-html');
    const pieces = ['<p>', '</p>', '<div', '</div>', '<', '>', '<<', '<a href="x', '">', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>',
      '<style>', '<table><tr><td>', '</td>', '<br/>', '<pre>', '&amp;', '&#x0;', '&#99999999;', '&nbsp;', '<svg><foreignObject>', '<template>',
      '<title>', '<meta name="date" content="2026-13-45">', '<time datetime="not a date">', SENTENCE, ' ', '\n'];
    for (let n = 0; n < 40; n++) {
      const html = Array.from({ length: random.int(1, 800) }, () => (random.chance(0.1) ? oddUnicode(random, 5).replace(/\u0000/g, '') : random.pick(pieces))).join('');
      await read(`broken-${n}.html`, html);
    }
  });
});

describe('feeds that are not feeds', () => {
  it('refuses text that is not XML, and XML that is no feed', async () => {
    const random = new SeededRandom('not-xml');
    for (let n = 0; n < 20; n++) {
      const { items } = await read(`not-xml-${n}.xml`, oddUnicode(random, random.int(1, 2_000)).replace(/\u0000/g, ''));
      for (const item of items) if (item.kind === 'error') expect(item.message).toMatch(/not XML|not an RSS or Atom feed|empty|could not be read as a feed|not valid UTF-8/);
    }
    expect((await read('html.rss', '<html><body><p>x</p></body></html>')).items[0]).toMatchObject({ kind: 'error' });
  });

  it('does not expand a billion laughs', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
      + Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k === 0 ? '' : k};`.repeat(10)}">`).join('')
      + ']><rss><channel><item><title>&lol9;</title><description>&lol9; visited Berlin.</description></item></channel></rss>';
    const { items } = await read('laughs.rss', bomb);
    // Entities defined by other entities are not expanded at all: a short text, or a refusal.
    for (const item of items) if (item.kind === 'document') expect(item.document.text.length).toBeLessThan(100);
  });

  it('refuses an entity repeated past the expansion limit (quadratic blowup)', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "${'A'.repeat(9_000)}">]><rss><channel><item><title>t</title><description>${'&a;'.repeat(50_000)}</description></item></channel></rss>`;
    const { items } = await read('blowup.rss', bomb);
    expect(items[0]!.kind === 'error' && items[0]!.message).toMatch(/^.*blowup\.rss could not be read as a feed \(.*limit/);
  });

  it('refuses XML nested deeper than the parser allows', async () => {
    const deep = `<rss><channel><item><description>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</description></item></channel></rss>`;
    const { items } = await read('deep-xml.rss', deep);
    expect(items[0]!.kind === 'error' && items[0]!.message).toMatch(/deep-xml\.rss could not be read as a feed/);
  });
});
