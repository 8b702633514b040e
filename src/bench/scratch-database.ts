// A database of its own on a PostgreSQL server, for a run that must start from an empty
// ledger and queue: created through the server's URL (DATABASE_URL), dropped afterwards. The
// database that URL names is only connected to, to create and drop others; never written to.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function onServer(adminUrl: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A name no other run uses: the prefix, this process and a few random bytes (lowercase, so unquoted SQL keeps it). */
export function scratchDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** The URL of database `name` on the server `adminUrl` points at (same user, host and options). */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the empty database `name`; resolves to its URL. */
export async function createScratchDatabase(adminUrl: string, name: string): Promise<string> {
  await onServer(adminUrl, `create database ${name}`);
  return databaseUrl(adminUrl, name);
}

/** Drops database `name`, ending any connection still open to it (a worker killed mid-job). */
export async function dropScratchDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, `drop database if exists ${name} with (force)`);
}

/** The server's version, e.g. "15.14", for the report. */
export async function serverVersion(adminUrl: string): Promise<string> {
  return String((await onServer(adminUrl, 'show server_version')).rows[0].server_version);
}
