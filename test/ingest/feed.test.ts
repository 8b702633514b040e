import { describe, expect, it } from 'vitest';
import { slugId } from '../../src/ingest/feed.js';
import { collect, fixture } from './helpers.js';

describe('feed reader', () => {
  it('reads an RSS 2.0 feed: one document per item with text', async () => {
    const path = fixture('feeds/world.rss');
    const { documents, errors, warnings } = await collect([path]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['world-desk-0042', 'news-example-world-2026-03-lumeria-protests', 'world_3']);
    const [first, second, third] = documents;
    // content:encoded wins over description; HTML stripped, script dropped, paragraphs kept.
    expect(first?.text).toBe('The Prime Minister of Norland arrived in Kestria on Tuesday for a three-day official visit.\n\nShe will hold talks with the President of Kestria on trade and security.');
    expect(first?.title).toBe('Norland\u2019s premier visits Kestria');
    expect(first?.url).toBe('https://news.example/world/2026/03/norland-premier-visits-kestria');
    // RFC 822 pubDate read as the publisher's calendar date.
    expect(first?.published).toBe('2026-03-03');
    // Escaped HTML in description: tags removed, entities decoded once.
    expect(second?.text).toBe('Lumeria summoned the Ostavian envoy to protest a border incident & demanded an explanation.');
    expect(second?.published).toBe('2026-03-05');
    // No guid and no link: feed name and item number.
    expect(third?.url).toBeNull();
    expect(third?.origin).toBe(`${path}#3`);
    // The fourth item has no text at all.
    expect(warnings).toEqual([`${path}: item 4 has no text; skipped`]);
  });

  it('reads an Atom feed: xhtml and escaped html content, alternate link, published date', async () => {
    const { documents, errors } = await collect([fixture('feeds/world.atom')]);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(2);
    const [first, second] = documents;
    expect(first).toMatchObject({
      id: 'tag-wire-example-2026-entry-17',
      url: 'https://wire.example/entries/17',
      title: 'Ostavia and Lumeria resume talks',
      published: '2026-04-01',
      text: 'Delegations from Ostavia and Lumeria resumed talks in Port Vell.\n\nThe next round is due in May.',
    });
    expect(second).toMatchObject({
      url: 'https://wire.example/entries/18',
      title: 'Kestria thanks Norland',
      published: '2026-04-02',
      text: 'The Foreign Minister of Kestria thanked Norland for its aid & support.',
    });
  });

  it('falls back to --date for items without a date', async () => {
    const { documents } = await collect([fixture('feeds/world.rss')], { date: '2026-03-31' });
    expect(documents[2]?.published).toBe('2026-03-31');
    expect(documents[0]?.published).toBe('2026-03-03');
  });

  it('makes short, stable slugs', () => {
    expect(slugId('https://www.news.example/World/2026/Talks?id=4')).toBe('news-example-world-2026-talks-id-4');
    expect(slugId('  ')).toBeNull();
    const long = slugId(`https://news.example/${'very-long-path-'.repeat(20)}`);
    expect(long!.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/-[0-9a-f]{8}$/);
    expect(slugId(`https://news.example/${'very-long-path-'.repeat(20)}b`)).not.toBe(long);
  });
});
