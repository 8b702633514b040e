// Shared by the server tests: requests through fastify.inject, parsed, with the status kept.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { queryEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';

export interface JsonReply<T> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

export async function getJson<T = Record<string, unknown>>(app: FastifyInstance, url: string): Promise<JsonReply<T>> {
  const reply = await app.inject({ method: 'GET', url });
  return { status: reply.statusCode, body: reply.json<T>(), headers: reply.headers };
}

export async function postJson<T = Record<string, unknown>>(
  app: FastifyInstance, url: string, payload: InjectOptions['payload'], token?: string,
): Promise<JsonReply<T>> {
  const reply = await app.inject({
    method: 'POST', url, payload, headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  return { status: reply.statusCode, body: reply.json<T>(), headers: reply.headers };
}

/** The id of the one stored event whose evidence contains `words` (of the document and category, if named). */
export async function eventIdWith(ledger: Ledger, words: string, only: { doc?: string; plover?: string } = {}): Promise<number> {
  const events = (await queryEvents(ledger.db, { includeRejected: true }, { limit: 1000 }))
    .filter((e) => e.evidence.text.includes(words) && (only.doc === undefined || e.doc === only.doc)
      && (only.plover === undefined || e.plover === only.plover));
  if (events.length !== 1) throw new Error(`${events.length} events with "${words}"`);
  return events[0]!.id;
}

export interface ErrorReply {
  error: string;
  message: string;
}

/**
 * The ledger's tables and how many rows each holds, as one string: equal before and after a
 * request means the request created, changed the count of, or dropped nothing.
 */
export async function ledgerFingerprint(ledger: Ledger): Promise<string> {
  const tables = (await ledger.db.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = current_schema() order by tablename",
  )).map((t) => t.name);
  const counts: string[] = [];
  for (const table of tables) {
    // Names from the catalogue, not from a request.
    const [row] = await ledger.db.query<{ n: number }>(`select count(*)::int as n from "${table.replace(/"/g, '""')}"`);
    counts.push(`${table}=${row?.n ?? 0}`);
  }
  return counts.join(' ');
}
