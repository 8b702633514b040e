// When DATABASE_URL points at a PostgreSQL server, every test file gets a database of its
// own on it (created here, dropped when the file is done), so that files running in parallel
// never see each other's rows. Without DATABASE_URL the tests use PGlite and this does nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';

const ADMIN = 'ATTACHE_TEST_ADMIN_URL';
const adminUrl = process.env[ADMIN] ?? process.env.DATABASE_URL;
let scratch: string | null = null;

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (adminUrl) {
  beforeAll(async () => {
    scratch = `attache_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await onAdmin((client) => client.query(`create database ${scratch}`));
    const url = new URL(adminUrl);
    url.pathname = `/${scratch}`;
    process.env[ADMIN] = adminUrl;
    process.env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    if (!scratch) return;
    const name = scratch;
    process.env.DATABASE_URL = adminUrl;
    await onAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
  });
}
