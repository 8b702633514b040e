// The digest's raw material: the events the filter selects (through the ledger's one event
// query, so the digest, `attache events` and the API always agree) and the articles they cite.
import type { Queryable } from '../ledger/database.js';
import type { EventFilter, StoredEvent } from '../ledger/event-query.js';
import { streamEvents } from '../ledger/event-query.js';

export const DEFAULT_MAX_EVENTS = 10_000;

export interface GatheredEvents {
  /** Oldest first: the order items and citations are built in. */
  events: StoredEvent[];
  /** True when more events matched than were read. */
  truncated: boolean;
}

export async function gatherEvents(db: Queryable, filter: EventFilter, maxEvents = DEFAULT_MAX_EVENTS): Promise<GatheredEvents> {
  const events: StoredEvent[] = [];
  // One event more than allowed tells "exactly the limit" from "more than the limit".
  for await (const event of streamEvents(db, filter, 'date', Math.min(2000, maxEvents + 1))) {
    if (events.length === maxEvents) return { events, truncated: true };
    events.push(event);
  }
  return { events, truncated: false };
}

/** Publication dates of the cited documents (StoredEvent does not carry them), by document id. */
export async function publishedDates(db: Queryable, documentIds: readonly number[]): Promise<Map<number, string | null>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db.query<{ id: number; published: string | null }>(
    'select id, published from documents where id = any($1::int[])', [documentIds],
  );
  return new Map(rows.map((r) => [r.id, r.published] as const));
}
