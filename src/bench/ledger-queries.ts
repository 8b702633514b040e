// The timed reads of the ledger benchmark: what `attache events`, `attache digest` and the API
// do most, each through the same public functions they call (queryEvents, countEvents,
// buildDigest + renderDigest), on filters chosen from what the ledger holds.
import { buildDigest, renderDigest } from '../digest/index.js';
import type { Queryable } from '../ledger/database.js';
import { countEvents, queryEvents, type EventFilter, type EventPage, type StoredEvent } from '../ledger/event-query.js';
import { timeRepeated, type LatencyFigures } from './latency.js';
import type { QueryChoices } from './ledger-profile.js';

/** Names of the timed operations, in run order; "events page" carries the latency target. */
export type LedgerQueryName = 'events page' | 'events page + text' | 'count' | 'dyad page' | 'digest';

export interface QueryTiming {
  name: LedgerQueryName;
  /** The filter and page, in words. */
  description: string;
  latency: LatencyFigures;
  /** Events returned (a page's rows, the count, the events a digest read). */
  events: number;
  /** The result in words, for the report: "50 of 4,321 matching events", "412 events read, 310 items". */
  result: string;
}

export interface QuerySuiteOptions {
  runs: number;
  warmUpRuns: number;
  log: (message: string) => void;
}

/** The page every list query asks for: what `attache events` shows first. */
export const EVENTS_PAGE: EventPage = { limit: 50, sort: '-date' };

/**
 * English stop words of five letters or more: PostgreSQL's text search drops them, so a
 * search for one matches nothing and would time an empty query.
 */
const STOP_WORDS = new Set([
  'about', 'above', 'after', 'again', 'against', 'because', 'before', 'being', 'below', 'between', 'could',
  'doing', 'during', 'further', 'having', 'herself', 'himself', 'itself', 'myself', 'other', 'ourselves',
  'should', 'their', 'theirs', 'themselves', 'there', 'these', 'those', 'through', 'under', 'until', 'where',
  'which', 'while', 'would', 'yours', 'yourself', 'yourselves',
]);

/** Words of the evidence sentences, most frequent first (counted once per sentence). */
export function searchWordCandidates(events: readonly StoredEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const words = new Set((event.evidence.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !STOP_WORDS.has(w)));
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0)).map(([word]) => word);
}

/** A word to search the filtered events for that matches some of them, so the search does real work. */
async function chooseSearchWord(db: Queryable, filter: EventFilter, page: readonly StoredEvent[]): Promise<string> {
  const candidates = searchWordCandidates(page).slice(0, 5);
  for (const word of candidates) {
    if (await countEvents(db, { ...filter, text: word }) > 0) return word;
  }
  return candidates[0] ?? 'government';
}

const integer = (n: number): string => n.toLocaleString('en-US');
const events = (n: number): string => `${integer(n)} event${n === 1 ? '' : 's'}`;
const pageResult = (rows: readonly StoredEvent[], matching: number): { events: number; result: string } =>
  ({ events: rows.length, result: `${integer(rows.length)} of ${events(matching)} matching` });

export async function runQuerySuite(db: Queryable, choices: QueryChoices, options: QuerySuiteOptions): Promise<{ timings: QueryTiming[]; searchWord: string }> {
  const timings: QueryTiming[] = [];
  const time = async <T>(name: LedgerQueryName, description: string, operation: () => Promise<T>, describe: (result: T) => { events: number; result: string }): Promise<T> => {
    const { latency, last } = await timeRepeated(operation, options.runs, options.warmUpRuns);
    timings.push({ name, description, latency, ...describe(last) });
    options.log(`ledger query ${name}: median ${latency.medianMs.toFixed(1)} ms, p95 ${latency.p95Ms.toFixed(1)} ms over ${latency.runs} runs`);
    return last;
  };

  const filter: EventFilter = { country: choices.country, category: [choices.category], since: choices.since };
  const matching = await countEvents(db, filter);
  const filterWords = `country ${choices.country}, category ${choices.category}, since ${choices.since}`;
  const page = await time('events page', `${filterWords}; newest ${EVENTS_PAGE.limit}`,
    () => queryEvents(db, filter, EVENTS_PAGE),
    (rows) => pageResult(rows, matching));

  const searchWord = await chooseSearchWord(db, filter, page);
  const textFilter: EventFilter = { ...filter, text: searchWord };
  const textMatching = await countEvents(db, textFilter);
  await time('events page + text', `the same and text "${searchWord}"`,
    () => queryEvents(db, textFilter, EVENTS_PAGE),
    (rows) => pageResult(rows, textMatching));

  await time('count', `count of ${filterWords}`,
    () => countEvents(db, filter),
    (n) => ({ events: n, result: `${events(n)} counted` }));

  const [a, b] = choices.dyad;
  const dyadMatching = await countEvents(db, { dyad: choices.dyad });
  await time('dyad page', `dyad ${a}–${b}, either way; newest ${EVENTS_PAGE.limit}`,
    () => queryEvents(db, { dyad: choices.dyad }, EVENTS_PAGE),
    (rows) => pageResult(rows, dyadMatching));

  const digestFilter: EventFilter = { target: choices.targetActor, category: [choices.targetCategory] };
  await time('digest', `target "${choices.targetActor}", category ${choices.targetCategory}; Markdown`,
    async () => {
      const digest = await buildDigest(db, { filter: digestFilter });
      return { digest, text: renderDigest(digest, 'markdown') };
    },
    ({ digest, text }) => ({
      events: digest.eventCount,
      result: `${events(digest.eventCount)} read${digest.truncated ? ' (truncated)' : ''}, ${integer(digest.itemCount)} items, `
        + `${integer(digest.sources.length)} sources, ${integer(text.length)} characters`,
    }));

  return { timings, searchWord };
}
