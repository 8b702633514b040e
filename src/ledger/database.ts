// One interface over the two deployments of the ledger: PGlite (PostgreSQL in WebAssembly,
// in-process, stored in a folder) by default, a PostgreSQL server when DATABASE_URL is set.
// Both speak the same SQL; only connecting and transactions differ.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Mutex, PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PgliteStatements } from './pglite-statements.js';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives: the folder, or the server's address without the password. */
  readonly location: string;
  /** Runs several statements (no parameters), as migrations need. */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PGlite data folder; ignored when `url` is set. */
  dataDir?: string;
  /** postgres://... of a server. */
  url?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
}

export const DEFAULT_DATA_DIR = './attache-data';

/** OIDs of `date` and `timestamptz`: read as ISO strings, never as JavaScript Dates in local time. */
const DATE_OID = 1082;
const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  if (options.url) return openServer(options.url);
  return openEmbedded(options.memory ? null : options.dataDir ?? DEFAULT_DATA_DIR);
}

async function openEmbedded(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const parsers = {
    [DATE_OID]: (value: string) => value,
    [TIMESTAMPTZ_OID]: (value: string) => new Date(value).toISOString(),
    [INT8_OID]: (value: string) => Number(value),
  };
  let db: PGlite;
  try {
    db = dataDir ? new PGlite(dataDir, { parsers }) : new PGlite({ parsers });
    await db.waitReady;
  } catch (error) {
    throw new Error(`cannot open the ledger in ${dataDir ?? 'memory'}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const statements = new PgliteStatements(db);
  // One conversation with PGlite at a time: a statement from elsewhere (another request to
  // the server) must not land inside an open transaction, so it waits for the transaction's end.
  const exclusive = new Mutex();
  const query = <Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> => statements.query<Row>(sql, params);
  return {
    kind: 'pglite',
    location: dataDir ? resolve(dataDir) : 'memory',
    query: (sql, params) => exclusive.runExclusive(() => query(sql, params)),
    exec: (sql) => exclusive.runExclusive(async () => {
      await db.exec(sql);
    }),
    transaction: (work) => exclusive.runExclusive(async () => {
      await query('begin');
      try {
        const result = await work({ query });
        await query('commit');
        return result;
      } catch (error) {
        await query('rollback').catch(() => {});
        throw error;
      }
    }),
    close: () => exclusive.runExclusive(() => db.close()),
  };
}

async function openServer(url: string): Promise<Database> {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID) return (value: string) => value;
      if (oid === TIMESTAMPTZ_OID) return (value: string) => new Date(value).toISOString();
      if (oid === INT8_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, types, max: 4 });
  // An idle client losing its connection (a server restart) must not crash the process.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`cannot connect to ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    kind: 'postgres',
    location: redact(url),
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, params as unknown[])).rows as Row[];
    },
    async exec(sql) { await pool.query(sql); },
    async transaction(work) {
      const client = await pool.connect();
      // A checked-out client has no error listener of the pool's: a connection lost between
      // two statements (a server restart) would be an unhandled 'error' event that ends the
      // process. Noted instead, it fails the next statement, and so the transaction, and the
      // client is discarded rather than returned to the pool.
      let broken: Error | undefined;
      const onLost = (error: Error): void => { broken = error; };
      client.on('error', onLost);
      try {
        await client.query('begin');
        const result = await work({
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            return (await client.query(sql, params as unknown[])).rows as Row[];
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch((rollbackError: unknown) => {
          broken ??= rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        client.off('error', onLost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the database';
  }
}
