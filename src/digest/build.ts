// A digest from the ledger: gather the filter's events, merge each cluster into one item,
// group by country and actor, number the citations, and write the title and summary.
// `digestFromEvents` is the pure part (no database), `buildDigest` reads the ledger first.
import type { Queryable } from '../ledger/database.js';
import type { EventFilter, StoredEvent } from '../ledger/event-query.js';
import { citationsOf, numberCitations } from './citations.js';
import { gatherEvents, publishedDates } from './gather.js';
import { groupByCountry } from './group.js';
import { compareDates, describeItem, groupByCluster } from './items.js';
import { digestTitle, emptySummary, summarySentence } from './summary.js';
import type { Digest, DigestCountry, DigestRequest } from './types.js';

export interface DigestInput {
  filter: EventFilter;
  /** The matching events, any order. */
  events: readonly StoredEvent[];
  /** Publication dates of the events' documents, by document id (missing: unknown). */
  published?: ReadonlyMap<number, string | null>;
  truncated?: boolean;
}

export function digestFromEvents(input: DigestInput): Digest {
  const events = [...input.events].sort((a, b) => compareDates(a.date, b.date) || a.id - b.id);
  const groups = groupByCountry(groupByCluster(events).map(describeItem));
  const { numbers, sources } = numberCitations(groups, events, input.published ?? new Map());
  const countries: DigestCountry[] = groups.map((country) => ({
    code: country.code,
    name: country.name,
    firstDate: country.firstDate,
    actors: country.actors.map((actor) => ({
      actorId: actor.actorId,
      name: actor.record.name,
      role: actor.record.role,
      label: actor.label,
      person: actor.person,
      items: actor.items.map(({ item, documentIds }) => ({ ...item, sources: citationsOf(documentIds, numbers) })),
    })),
  }));
  const itemCount = countries.reduce((n, c) => n + c.actors.reduce((m, a) => m + a.items.length, 0), 0);
  return {
    title: digestTitle(input.filter),
    summary: itemCount === 0 ? emptySummary(input.filter) : summarySentence(countries, sources.length),
    filter: input.filter,
    countries,
    sources,
    eventCount: events.length,
    itemCount,
    truncated: input.truncated ?? false,
  };
}

/** Reads the events the request's filter selects and makes their digest. */
export async function buildDigest(db: Queryable, request: DigestRequest): Promise<Digest> {
  const { events, truncated } = await gatherEvents(db, request.filter, request.maxEvents);
  const published = await publishedDates(db, [...new Set(events.map((e) => e.documentId))]);
  return digestFromEvents({ filter: request.filter, events, published, truncated });
}
