// What some formats need beyond the event itself: how many mentions, outlets and articles
// its cluster counts, when its article was stored, and where the article came from. Asked
// for a batch of events at a time (one query per batch), so exports stay streaming.
import type { Queryable } from '../ledger/database.js';
import type { StoredEvent } from '../ledger/event-query.js';

export interface EventFacts {
  /** The cluster's reports of this event (1 when it has no cluster). */
  mentions: number;
  /** Distinct outlets that reported it. */
  sources: number;
  /** Distinct articles that reported it. */
  articles: number;
  /** When the event's article was stored: ISO timestamp, UTC. */
  addedAt: string | null;
  /** The article's origin (path, "stdin", URL) as ingest recorded it. */
  origin: string | null;
}

export type FactsLookup = (events: readonly StoredEvent[]) => Promise<Map<number, EventFacts>>;

/** A lone report: what an event without a cluster (a rejected one, say) counts. */
export const SINGLE_REPORT: Readonly<Pick<EventFacts, 'mentions' | 'sources' | 'articles'>> = { mentions: 1, sources: 1, articles: 1 };

interface FactsRow {
  id: number;
  events: number | null;
  outlets: number | null;
  articles: number | null;
  ingested_at: string | null;
  origin: string | null;
}

export function ledgerFacts(db: Queryable): FactsLookup {
  return async (events) => {
    const facts = new Map<number, EventFacts>();
    if (events.length === 0) return facts;
    const rows = await db.query<FactsRow>(
      `select e.id, c.events, c.outlets, c.articles, d.ingested_at, d.origin
       from events e join documents d on d.id = e.document_id left join clusters c on c.id = e.cluster_id
       where e.id = any($1::int[])`,
      [events.map((e) => e.id)],
    );
    for (const row of rows) {
      facts.set(row.id, {
        mentions: row.events ?? SINGLE_REPORT.mentions,
        sources: row.outlets ?? SINGLE_REPORT.sources,
        articles: row.articles ?? SINGLE_REPORT.articles,
        addedAt: row.ingested_at,
        origin: row.origin,
      });
    }
    return facts;
  };
}

/** Pairs each event with its facts, looking them up `batchSize` events at a time. */
export async function* withFacts(events: AsyncIterable<StoredEvent>, lookup: FactsLookup | undefined, batchSize = 500): AsyncGenerator<[StoredEvent, EventFacts | undefined]> {
  let batch: StoredEvent[] = [];
  const drain = async function* (): AsyncGenerator<[StoredEvent, EventFacts | undefined]> {
    const facts = lookup ? await lookup(batch) : new Map<number, EventFacts>();
    for (const event of batch) yield [event, facts.get(event.id)];
    batch = [];
  };
  for await (const event of events) {
    batch.push(event);
    if (batch.length >= batchSize) yield* drain();
  }
  yield* drain();
}
