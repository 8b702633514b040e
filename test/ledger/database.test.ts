// The Database interface itself, on whichever deployment the tests run against (PGlite in
// memory, or the server of DATABASE_URL): values in and out, errors, transactions, and, on
// PGlite, the prepared statements and the lock that keeps other statements out of a transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/ledger/database.js';
import type { Database } from '../../src/ledger/database.js';
import { onServer } from '../ledger-under-test.js';

let db: Database;

beforeAll(async () => {
  db = await openDatabase(onServer() ? { url: process.env.DATABASE_URL! } : { memory: true });
  await db.exec('drop table if exists database_test; create table database_test (id int primary key, label text, tags text[], doc jsonb, day date)');
});

afterAll(async () => {
  await db.exec('drop table if exists database_test');
  await db.close();
});

describe('the ledger database', () => {
  it('binds values by their parameter types and reads them back (arrays, JSON, null, dates as ISO text)', async () => {
    await db.query('insert into database_test values ($1, $2, $3, $4, $5)', [1, "it's \"quoted\"", ['a', 'b,c', 'd"e'], JSON.stringify({ k: [1, 2] }), '2026-01-24']);
    await db.query('insert into database_test values ($1, $2, $3, $4, $5)', [2, null, [], null, null]);
    const rows = await db.query<{ id: number; label: string | null; tags: string[]; doc: unknown; day: string | null }>(
      'select * from database_test where id = any($1::int[]) order by id', [[1, 2]],
    );
    expect(rows).toEqual([
      { id: 1, label: "it's \"quoted\"", tags: ['a', 'b,c', 'd"e'], doc: { k: [1, 2] }, day: '2026-01-24' },
      { id: 2, label: null, tags: [], doc: null, day: null },
    ]);
  });

  it('runs a statement many times with other values (the prepared statement is reused)', async () => {
    const sql = 'select $1::int * 2 as doubled, $2::text as label';
    for (let i = 0; i < 20; i++) {
      expect(await db.query(sql, [i, `n${i}`])).toEqual([{ doubled: i * 2, label: `n${i}` }]);
    }
  });

  it('keeps answering after a failed statement, and after more distinct statements than it keeps prepared', async () => {
    await expect(db.query('select 1 / $1::int as x', [0])).rejects.toThrow(/division by zero/);
    expect(await db.query('select 1 / $1::int as x', [1])).toEqual([{ x: 1 }]);
    for (let i = 0; i < 260; i++) {
      expect(await db.query(`select $1::int + ${i} as n`, [1])).toEqual([{ n: 1 + i }]);
    }
    expect(await db.query('select $1::int + 0 as n', [5])).toEqual([{ n: 5 }]);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await db.transaction(async (tx) => {
      await tx.query('insert into database_test (id, label) values ($1, $2)', [10, 'kept']);
    });
    await expect(db.transaction(async (tx) => {
      await tx.query('insert into database_test (id, label) values ($1, $2)', [11, 'undone']);
      throw new Error('forced');
    })).rejects.toThrow('forced');
    await expect(db.transaction(async (tx) => {
      await tx.query('insert into database_test (id, label) values ($1, $2)', [12, 'undone too']);
      await tx.query('insert into database_test (id, label) values ($1, $2)', [10, 'duplicate key']);
    })).rejects.toThrow(/duplicate key/);
    const rows = await db.query<{ id: number }>('select id from database_test where id >= 10 order by id');
    expect(rows.map((r) => r.id)).toEqual([10]);
  });

  it('keeps a statement from elsewhere out of an open transaction: it waits and sees only what was committed', async () => {
    let release!: () => void;
    const paused = new Promise<void>((resolve) => { release = resolve; });
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => { inserted = resolve; });
    const transaction = db.transaction(async (tx) => {
      await tx.query('insert into database_test (id, label) values ($1, $2)', [20, 'in transaction']);
      inserted();
      await paused;
      throw new Error('rolled back on purpose');
    });
    await insertedYet;
    const outside = db.query<{ n: number }>('select count(*)::int as n from database_test where id = 20');
    release();
    await expect(transaction).rejects.toThrow('rolled back on purpose');
    expect(await outside).toEqual([{ n: 0 }]);
  });
});
