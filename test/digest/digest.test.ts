// The digest over a ledger of the project's own congratulation-round articles: who did what,
// grouped by country, with channels, dates and citations, and one item for one event however
// many articles report it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, renderDigest } from '../../src/digest/index.js';
import type { Digest, DigestActor, DigestItem } from '../../src/digest/index.js';
import type { EventFilter } from '../../src/ledger/event-query.js';
import { queryEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { ARTICLES, articleText, fixtureLedger } from './fixture-ledger.js';
import { sharedRun } from './verbatim.js';

let ledger: Ledger;

beforeAll(async () => { ledger = await fixtureLedger(); });
afterAll(async () => { await ledger?.close(); });

const ROUND: EventFilter = { target: 'Oyun Dashdorj', category: ['SUPPORT'] };

function digestOf(filter: EventFilter): Promise<Digest> {
  return buildDigest(ledger.db, { filter });
}

function actorsOf(digest: Digest): DigestActor[] {
  return digest.countries.flatMap((c) => c.actors);
}

function actorNamed(digest: Digest, name: string): DigestActor {
  const actor = actorsOf(digest).find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in the digest: ${actorsOf(digest).map((a) => a.name).join(', ')}`);
  return actor;
}

function onlyItem(actor: DigestActor): DigestItem {
  expect(actor.items).toHaveLength(1);
  return actor.items[0]!;
}

/** The lines of one "## Country" section of a Markdown digest. */
function section(markdown: string, country: string): string {
  const start = markdown.indexOf(`\n## ${country}\n`);
  expect(start, `section ${country}`).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('digest of a congratulation round', () => {
  it('groups the actors by country, countries by their first date and then by name', async () => {
    const digest = await digestOf(ROUND);
    expect(digest.countries.map((c) => c.name)).toEqual(['Kenya', 'Peru', 'Norway']);
    expect(digest.countries.map((c) => c.code)).toEqual(['KEN', 'PER', 'NOR']);
    const kenya = digest.countries[0]!;
    expect(kenya.actors.map((a) => a.label)).toEqual(['President Samuel Otieno', 'Foreign Minister Grace Wanjiru']);
    expect(digest.summary).toMatch(/^Leaders of Kenya, Peru and Norway congratulated or praised Oyun Dashdorj between 3 and \d March 2026, according to 2 articles\.$/);
  });

  it('makes one item of the letter two articles report, citing both once', async () => {
    const digest = await digestOf(ROUND);
    const events = await queryEvents(ledger.db, { ...ROUND, source: 'Samuel Otieno' });
    // The premise: two reports, two articles, one cluster.
    expect(new Set(events.map((e) => e.doc))).toEqual(new Set(['steppe-herald', 'nairobi-daily']));
    expect(new Set(events.map((e) => e.clusterId)).size).toBe(1);

    const letter = onlyItem(actorNamed(digest, 'Samuel Otieno'));
    expect(letter.eventIds).toHaveLength(events.length);
    expect(letter.sources).toEqual([1, 2]);
    expect(digest.sources.slice(0, 2).map((s) => s.doc).sort()).toEqual(['nairobi-daily', 'steppe-herald']);
    expect(digest.sources.map((s) => s.doc)).toHaveLength(new Set(digest.sources.map((s) => s.doc)).size);

    const markdown = renderDigest(digest);
    expect(markdown.match(/Samuel Otieno/g)).toHaveLength(1);
    expect(markdown).toContain('- **President Samuel Otieno** congratulated Oyun Dashdorj in a letter on 3 March 2026 [1] [2].');
    for (const article of ARTICLES.filter((a) => a.id !== 'andes-wire')) {
      expect(markdown).toContain(`[${article.title}](${article.url})`);
    }
  });

  it('names each actor with role, what they did, the channel and the date', async () => {
    const markdown = renderDigest(await digestOf(ROUND), 'markdown');
    expect(markdown.startsWith('# Digest: SUPPORT events towards Oyun Dashdorj\n\nLeaders of Kenya, Peru and Norway')).toBe(true);
    expect(section(markdown, 'Peru')).toMatch(/- \*\*President Ana Quispe\*\* congratulated Oyun Dashdorj by phone on 3 March 2026 \[1\]\./);
    expect(section(markdown, 'Norway')).toMatch(/- \*\*Prime Minister Erik Haugland\*\* congratulated Oyun Dashdorj in a message on 4 March 2026 \[1\]\./);
    const kenya = section(markdown, 'Kenya');
    expect(kenya).toContain('President Samuel Otieno');
    expect(kenya).toMatch(/- \*\*Foreign Minister Grace Wanjiru\*\* praised Oyun Dashdorj on \d March 2026 \[2\]\./);
    expect(markdown).toMatch(/\n## Sources\n\n- \[1\] .+\n- \[2\] .+\n$/);
    expect(markdown).not.toContain('Chile');
  });

  it('writes a plain paragraph with the same facts', async () => {
    const text = renderDigest(await digestOf(ROUND), 'text');
    const [title, paragraph, sources, ...rest] = text.trimEnd().split('\n\n');
    expect(rest).toEqual([]);
    expect(title).toBe('Digest: SUPPORT events towards Oyun Dashdorj');
    expect(paragraph).not.toContain('\n');
    expect(paragraph).toContain('From Kenya, President Samuel Otieno congratulated Oyun Dashdorj in a letter on 3 March 2026 [1, 2]; Foreign Minister Grace Wanjiru praised');
    expect(paragraph).toContain('From Peru, President Ana Quispe congratulated Oyun Dashdorj by phone on 3 March 2026 [1].');
    expect(sources!.split('\n')).toHaveLength(3);
    expect(sources).toMatch(/^Sources:\n\[1\] /);
    expect(text).not.toMatch(/[*#]/);
  });

  it('is written in its own words, not the articles\'', async () => {
    const digest = await digestOf({});
    for (const format of ['markdown', 'text'] as const) {
      const output = renderDigest(digest, format);
      for (const article of ARTICLES) {
        expect(sharedRun(articleText(article.id), output), `${article.id} in ${format}`).toBeNull();
      }
      for (const event of await queryEvents(ledger.db, {}, { limit: 1000 })) {
        expect(output).not.toContain(event.evidence.text);
      }
    }
  });

  it('has a verbatim check that notices a copied sentence', () => {
    const copied = articleText('nairobi-daily').split('\n')[0]!;
    expect(sharedRun(articleText('nairobi-daily'), `Digest. ${copied.toUpperCase()} More.`)).not.toBeNull();
    expect(sharedRun(articleText('nairobi-daily'), 'Kenyan President Samuel Otieno congratulated Oyun Dashdorj.')).toBeNull();
  });
});

describe('digest filters', () => {
  it('keeps one source', async () => {
    const digest = await digestOf({ ...ROUND, source: 'Samuel Otieno' });
    expect(actorsOf(digest).map((a) => a.name)).toEqual(['Samuel Otieno']);
    expect(digest.summary).toBe('President Samuel Otieno of Kenya congratulated Oyun Dashdorj on 3 March 2026, according to 2 articles.');
  });

  it('keeps a date range', async () => {
    const since = await digestOf({ ...ROUND, since: '2026-03-04' });
    expect(actorsOf(since).map((a) => a.name)).not.toContain('Samuel Otieno');
    expect(actorsOf(since).map((a) => a.name)).toContain('Erik Haugland');
    const until = await digestOf({ ...ROUND, until: '2026-03-03' });
    expect(until.countries.map((c) => c.name)).toEqual(['Kenya', 'Peru']);
    expect(actorsOf(until).map((a) => a.name)).toEqual(['Samuel Otieno', 'Ana Quispe']);
  });

  it('keeps a country, on either side, across categories', async () => {
    const digest = await digestOf({ country: 'PER' });
    expect(digest.countries.map((c) => c.name)).toEqual(['Peru']);
    const quispe = actorNamed(digest, 'Ana Quispe');
    const texts = quispe.items.map((i) => i.text);
    expect(texts).toContain('held talks with Tomas Ibarra on 5 March 2026');
    expect(texts).toContain('held phone talks with Oyun Dashdorj on 3 March 2026');
    expect(texts.some((t) => t.startsWith('accused Bolivia'))).toBe(true);
    // The categories are no longer one verb: the summary says so without listing five.
    expect(digest.summary).toMatch(/^President Ana Quispe of Peru /);
  });

  it('says plainly when nothing matches', async () => {
    const digest = await digestOf({ ...ROUND, since: '2027-01-01' });
    expect(digest.itemCount).toBe(0);
    expect(renderDigest(digest)).toBe('# Digest: SUPPORT events towards Oyun Dashdorj since 1 January 2027\n\nNo SUPPORT events towards Oyun Dashdorj since 1 January 2027 are in the ledger.\n');
    expect(renderDigest(digest, 'text')).toBe('Digest: SUPPORT events towards Oyun Dashdorj since 1 January 2027\n\nNo SUPPORT events towards Oyun Dashdorj since 1 January 2027 are in the ledger.\n');
  });

  it('stops at maxEvents and says the digest is partial', async () => {
    const digest = await buildDigest(ledger.db, { filter: ROUND, maxEvents: 2 });
    expect(digest.truncated).toBe(true);
    expect(digest.eventCount).toBe(2);
    expect(renderDigest(digest)).toContain('this digest is partial');
    expect((await buildDigest(ledger.db, { filter: ROUND })).truncated).toBe(false);
  });
});
