import { describe, expect, it } from 'vitest';
import { canonicalHtml, extractHtmlArticle, htmlFragmentToText } from '../../src/ingest/html.js';
import { collect, fixture } from './helpers.js';

describe('html reader', () => {
  it('extracts the main text with Readability, without scripts, styles or page chrome', async () => {
    const { documents, errors } = await collect([fixture('html/article.html')]);
    expect(errors).toEqual([]);
    const document = documents[0]!;
    expect(document.id).toBe('article');
    expect(document.text.startsWith('The trade ministers of Kestria and Norland met in Aldport')).toBe(true);
    expect(document.text).toContain('Relations between the neighbours had cooled');
    for (const unwanted of ['MUST-NOT-APPEAR', 'window.tracker', 'font-family', 'Subscribe now', 'Copyright', 'Sport']) {
      expect(document.text).not.toContain(unwanted);
    }
  });

  it('keeps paragraphs apart and decodes entities', async () => {
    const { documents } = await collect([fixture('html/article.html')]);
    const paragraphs = documents[0]!.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toContain('Kestria\u2019s minister said the agreement would \u201cbring our two economies');
  });

  it('takes the title from Readability and the date from article:published_time', async () => {
    const { documents } = await collect([fixture('html/article.html')]);
    expect(documents[0]?.title).toBe('Kestria and Norland agree to expand trade');
    // The calendar date as published (Hanoi-style +07:00 offset), not converted to UTC.
    expect(documents[0]?.published).toBe('2026-02-14');
  });

  it('falls back to the body text for short fragments, with <title> and <time datetime>', async () => {
    const { documents } = await collect([fixture('html/fragment.html')]);
    const document = documents[0]!;
    expect(document.title).toBe('Short note');
    expect(document.published).toBe('2026-05-06');
    expect(document.text).toBe('The Foreign Ministry of Lumeria welcomed the ceasefire.\n\nIt called on both sides to resume talks.\nDetails follow.\n\n6 May 2026');
  });

  it('reads the date from a name="date" meta tag and falls back to --date without one', () => {
    const withMeta = extractHtmlArticle('<html><head><meta name="date" content="2026-01-24"></head><body><p>Talks were held.</p></body></html>');
    expect(withMeta.published).toBe('2026-01-24');
    const withoutMeta = extractHtmlArticle('<html><body><p>Talks were held.</p></body></html>');
    expect(withoutMeta.published).toBeNull();
  });

  it('uses --date when the page has no date', async () => {
    const { documents } = await collect([fixture('folder/a/sub/note.html')], { date: '2026-07-07' });
    expect(documents[0]?.published).toBe('2026-07-07');
  });

  it('strips tags from fragments and skips scripts', () => {
    expect(htmlFragmentToText('<p>One &amp; <i>two</i></p><script>x()</script><ul><li>three</li><li>four</li></ul>')).toBe('One & two\n\nthree\n\nfour');
  });

  it('puts head and body in place for linkedom', () => {
    expect(canonicalHtml('<title>T</title><p>x</p>')).toBe('<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>');
    expect(canonicalHtml('<!DOCTYPE html><html><head><title>T</title></head><body class="a"><p>x</p></body></html>')).toBe(
      '<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>',
    );
  });
});
