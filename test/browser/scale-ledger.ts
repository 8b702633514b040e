// A ledger of about 100,000 events for the explorer's timings, made in seconds: the example
// articles' events copied across three years of dates (one copy per day, round-robin), with
// their documents, actors and clusters as they are. Good for measuring reads, not for coding.
import type { Ledger } from '../../src/ledger/ledger.js';
import { EXAMPLES, ingestInto } from './harness.js';

const COLUMNS = `document_id, sentence_index, event_key, source_actor_id, target_actor_id, source, target, source_country,
  target_country, plover, mode, context, cameo, quad, goldstein, channel, evidence_text, evidence_start, evidence_end,
  confidence, coded, rejected, corrected, cluster_id`;

/** Fills an empty ledger with the examples, then copies their events until it holds `events` events. */
export async function scaleLedger(ledger: Ledger, events = 100_000): Promise<number> {
  await ingestInto(ledger, [EXAMPLES]);
  const [row] = await ledger.db.query<{ n: number }>('select count(*)::int as n from events');
  const base = row?.n ?? 0;
  if (base === 0) throw new Error('the examples gave no events');
  const copies = Math.ceil(events / base) - 1;
  // Indexes are built once after the copy rather than kept up row by row (the full-text GIN
  // index above all).
  const indexes = await ledger.db.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where tablename = 'events' and indexname <> 'events_pkey'`,
  );
  for (const index of indexes) await ledger.db.query(`drop index ${index.name}`);
  await ledger.db.query(
    `insert into events (${COLUMNS}, date)
     select ${COLUMNS.split(',').map((c) => `e.${c.trim()}`).join(', ')},
       to_char(date '2026-03-31' - (g % 1096), 'YYYY-MM-DD')
     from events e cross join generate_series(1, ${copies}) g`,
  );
  for (const index of indexes) await ledger.db.query(index.definition);
  // As attache ingest leaves a ledger: vacuumed and analysed.
  await ledger.tidy();
  const [after] = await ledger.db.query<{ n: number }>('select count(*)::int as n from events');
  return after?.n ?? 0;
}
