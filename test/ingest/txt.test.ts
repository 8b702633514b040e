import { describe, expect, it } from 'vitest';
import { collect, fixture } from './helpers.js';

describe('txt reader', () => {
  it('reads the date line and keeps the rest of that line as text', async () => {
    const { documents, errors } = await collect([fixture('txt/dated-headline.txt')]);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document?.id).toBe('dated-headline');
    expect(document?.published).toBe('2026-03-02');
    expect(document?.text.startsWith('Ministers sign fisheries accord in Valletta. Photo: Ministry of Foreign Affairs\n\nThe foreign ministers')).toBe(true);
    expect(document?.text).not.toMatch(/date 2026/);
    // Typographic punctuation survives.
    expect(document?.text).toContain('Norland\u2019s minister said the agreement \u201copens a new chapter\u201d in relations \u2014 and');
  });

  it('accepts the date line without a leading space, alone on its line, with CRLF endings', async () => {
    const { documents } = await collect([fixture('txt/date-no-space.txt')]);
    expect(documents[0]?.published).toBe('2026-04-11');
    expect(documents[0]?.text).toBe('The Prime Minister of Ostavia received the Ambassador of Lumeria in Port Vell.\nThey discussed cooperation in renewable energy.');
  });

  it('leaves the date null without a date line and no fallback', async () => {
    const { documents } = await collect([fixture('txt/undated.txt')]);
    expect(documents[0]?.id).toBe('undated');
    expect(documents[0]?.published).toBeNull();
    expect(documents[0]?.text.startsWith('The President of Kestria sent a message')).toBe(true);
  });

  it('uses the --date fallback only where the file has no date line', async () => {
    const { documents } = await collect([fixture('txt/undated.txt'), fixture('txt/dated-headline.txt')], { date: '2026-06-01' });
    expect(documents.map((d) => [d.id, d.published])).toEqual([
      ['undated', '2026-06-01'],
      ['dated-headline', '2026-03-02'],
    ]);
  });

  it('rejects a malformed fallback date before reading', async () => {
    await expect(collect([fixture('txt/undated.txt')], { date: '01/06/2026' })).rejects.toThrow(/invalid date "01\/06\/2026"/);
  });

  it('sets origin to the path and hashes the normalised text', async () => {
    const path = fixture('txt/undated.txt');
    const { documents } = await collect([path]);
    expect(documents[0]?.origin).toBe(path);
    expect(documents[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(documents[0]?.lang).toBe('en');
  });
});
