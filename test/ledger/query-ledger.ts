// Shared by the query tests (ledger and CLI): the articles of test/fixtures/ledger coded and
// stored, then corrected as an analyst would (one event rejected, one recategorised, a
// duplicate actor merged), so that every query meets corrections too.
import { readFileSync } from 'node:fs';
import { makeDocument } from '../../src/ingest/index.js';
import { queryEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { findActors } from '../../src/ledger/actor-store.js';
import { createCoder } from '../../src/pipeline.js';

/** Each article with the outlet that "published" it; the two Nordic reports come from different outlets. */
export const FIXTURE_ARTICLES: readonly { name: string; url: string }[] = [
  { name: 'baltic-cable-meeting', url: 'https://baltic-wire.example/2026/01/cables' },
  { name: 'belarus-sanctions', url: 'https://brussels-daily.example/belarus-sanctions' },
  { name: 'horn-border-clash', url: 'https://horn-post.example/border' },
  { name: 'manila-aid-visit', url: 'https://manila-times.example/aid-visit' },
  { name: 'nordic-phone-talks', url: 'https://oslo-news.example/phone-talks' },
  { name: 'nordic-call-report', url: 'https://helsinki-herald.example/call' },
];

/** Reads a fixture: its " date YYYY-MM-DD " first line is the article's date. */
export function readFixture(name: string): { published: string; text: string } {
  const raw = readFileSync(new URL(`../fixtures/ledger/${name}.txt`, import.meta.url), 'utf8');
  const match = /^ date (\d{4}-\d\d-\d\d) ([\s\S]*)$/.exec(raw);
  if (!match) throw new Error(`${name}.txt has no date line`);
  return { published: match[1]!, text: match[2]! };
}

/** The id of the one stored event whose evidence contains `words`. */
export async function eventIdWith(ledger: Ledger, words: string): Promise<number> {
  const events = (await queryEvents(ledger.db, { includeRejected: true }, { limit: 1000 })).filter((e) => e.evidence.text.includes(words));
  if (events.length !== 1) throw new Error(`${events.length} events with "${words}"`);
  return events[0]!.id;
}

export async function actorId(ledger: Ledger, name: string): Promise<number> {
  const [actor] = await findActors(ledger.db, name);
  if (!actor) throw new Error(`no actor ${name}`);
  return actor.id;
}

/** Stores the fixtures and applies the corrections; returns the ids the tests refer to. */
export async function buildQueryLedger(ledger: Ledger): Promise<{ rejectedId: number; recategorisedId: number }> {
  const coder = createCoder();
  for (const { name, url } of FIXTURE_ARTICLES) {
    const { published, text } = readFixture(name);
    await ledger.store(coder.codeDocument(makeDocument({ id: name, origin: `${name}.txt`, text, published, url })));
  }
  const rejectedId = await eventIdWith(ledger, 'Eritrean forces shelled');
  await ledger.correctEvent(rejectedId, { kind: 'reject' }, 'tester');
  const recategorisedId = await eventIdWith(ledger, 'China accused the Philippines');
  await ledger.correctEvent(recategorisedId, { kind: 'category', plover: 'PROTEST' }, 'tester');
  // "Alex Stubb" (the Baltic article) is "Alexander Stubb".
  await ledger.mergeActors(await actorId(ledger, 'Alex Stubb'), await actorId(ledger, 'Alexander Stubb'), 'tester');
  return { rejectedId, recategorisedId };
}
