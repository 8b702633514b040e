// The overview's counts are kept in memory for a few seconds (they read every event), and
// forgotten at once when a write comes through the server.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/index.js';
import { createCoder } from '../../src/pipeline.js';
import { buildServer } from '../../src/server/index.js';
import { emptyLedger, openTestLedger } from '../ledger-under-test.js';
import { getJson } from './server-helpers.js';

describe('GET /api/stats from memory', () => {
  it('answers from memory for a while, and forgets at once when a write comes through the server', async () => {
    const ledger = await openTestLedger();
    await emptyLedger(ledger);
    const app = await buildServer({ ledger, token: 'secret', webRoot: null });
    try {
      const first = (await getJson<{ documents: number }>(app, '/api/stats')).body.documents;
      // A write behind the server's back is seen only once the counts expire...
      await ledger.store(createCoder().codeDocument(makeDocument({ id: 'behind', origin: 'test', text: 'Kenya praised Uganda on Monday.', published: '2026-03-10' })));
      expect((await getJson<{ documents: number }>(app, '/api/stats')).body.documents).toBe(first);
      // ...while one through the server is seen at once.
      const ingest = await app.inject({
        method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer secret' },
        payload: { documents: [{ id: 'through', text: 'Uganda thanked Kenya on Tuesday.', date: '2026-03-10' }] },
      });
      expect(ingest.statusCode).toBe(200);
      expect((await getJson<{ documents: number }>(app, '/api/stats')).body.documents).toBe(first + 2);
    } finally {
      await app.close();
      await ledger.close();
    }
  });
});
