// `attache ingest` end to end: files and URL lists into a ledger folder, then again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLedgerFolder, openTestLedger } from '../ledger-under-test.js';
import { reportsFile } from '../ledger/store-helpers.js';
import { startServer, type TestServer } from '../ingest/web-server.js';
import { runCli } from './run-cli.js';

const ARTICLE = `<html><head><title>Ministers meet in Lima</title></head><body><article>
<h1>Ministers meet in Lima</h1>
<p>Peruvian Foreign Minister Carmen Rojas held talks with Ecuadorian Foreign Minister Diego Salazar in Lima on Tuesday.</p>
<p>The two ministers discussed border trade and water management, officials said.</p>
</article></body></html>`;

let dir: string;
let server: TestServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attache-ingest-'));
  server = await startServer({
    '/lima': (_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE); },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('attache ingest', () => {
  it('stores files and URL lists, reports bad URLs, and adds nothing the second time', async () => {
    const data = await freshLedgerFolder();
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# articles\n${server.base}/lima\n${server.base}/missing\n`);
    const first = await runCli('ingest', '--data', data, '--urls', list, reportsFile);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`${server.base}/missing: HTTP 404`);
    expect(first.stderr).toMatch(/4 added, 0 replaced, 0 already stored, 1 failed/);

    const second = await runCli('ingest', '--data', data, '--urls', list, reportsFile);
    expect(second.stderr).toMatch(/0 added, 0 replaced, 4 already stored, 1 failed/);

    const ledger = await openTestLedger(data);
    try {
      const rows = await ledger.db.query<{ url: string; outlet: string; events: number }>(
        `select d.url, d.outlet, (select count(*)::int from events e where e.document_id = d.id) as events
         from documents d where d.url like 'http://127.0.0.1%'`);
      expect(rows).toEqual([{ url: `${server.base}/lima`, outlet: '127.0.0.1', events: expect.any(Number) }]);
      expect(rows[0]!.events).toBeGreaterThan(0);
      expect((await ledger.db.query('select 1 from documents')).length).toBe(4);
    } finally {
      await ledger.close();
    }
  });

  it('refuses to run without inputs and names a missing input while ingesting the rest', async () => {
    const data = await freshLedgerFolder();
    expect((await runCli('ingest', '--data', data)).code).toBe(2);
    const result = await runCli('ingest', '--data', data, join(dir, 'nowhere.txt'), reportsFile);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nowhere.txt');
    expect(result.stderr).toMatch(/3 added/);
  });

  it('recodes stored articles and keeps a rejection made with `attache correct`', async () => {
    const data = await freshLedgerFolder();
    await runCli('ingest', '--data', data, reportsFile);
    const ledger = await openTestLedger(data);
    const [event] = await ledger.db.query<{ id: number }>("select id from events where plover = 'ASSAULT'");
    await ledger.close();
    const corrected = await runCli('correct', 'reject', String(event!.id), '--data', data, '--author', 'analyst-1');
    expect(corrected).toMatchObject({ code: 0, stdout: `event ${event!.id} rejected\n` });
    const recoded = await runCli('recode', '--data', data);
    expect(recoded.code).toBe(0);
    expect(recoded.stderr).toMatch(/recoded 3 articles/);
    const after = await openTestLedger(data);
    try {
      expect(await after.db.query("select rejected from events where plover = 'ASSAULT'")).toEqual([{ rejected: true }]);
      expect(await after.db.query('select author from corrections')).toEqual([{ author: 'analyst-1' }]);
    } finally {
      await after.close();
    }
  });
});
