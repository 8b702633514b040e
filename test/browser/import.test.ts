// Import and Settings: the token is entered once on the Settings page (checked against the
// server, shown masked), then an article written for this test is pasted into Import and
// followed as it is ingested, article by article, with the events it was coded into; its
// event is then in /api/events. Files (.jsonl, .txt) go the same way, one article a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import { browserTestsUnavailable, startExplorer, TOKEN, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

// Invented for this test: a meeting and an agreement between two presidents.
const ARTICLE = {
  title: 'Kenya and Tanzania agree to reopen the Namanga border post',
  date: '2026-04-14',
  text: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Monday. '
    + 'Ruto and Hassan signed an agreement to reopen the Namanga border post to trucks. '
    + 'The Tanzanian president praised Kenya for its patience during months of talks.',
};

const JSONL = [
  JSON.stringify({ id: 'andes-call', date: '2026-04-15', text: 'Chilean President Gabriel Boric held a phone call with Peruvian President Dina Boluarte on Tuesday. Boric invited Boluarte to visit Santiago.' }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'no-text', title: 'a line without text' }),
].join('\n');

const TXT = ' date 2026-04-16 Estonian Prime Minister Kristen Michal met Latvian Prime Minister Evika Silina in Riga on Wednesday. The two leaders agreed to build a joint rail depot.';

describe.skipIf(unavailable !== null)('import, with the token from settings', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer(); });
  afterAll(async () => { await explorer?.close(); });

  const getJson = async <T>(path: string): Promise<T> => (await fetch(`${explorer.url}${path}`)).json() as Promise<T>;

  it('saves the token once, then ingests a pasted article with progress and finds its events', async () => {
    const stats = await getJson<{ documents: number; events: number }>('/api/stats');
    const page = await explorer.open('/import');

    // No token yet: the page says so and links to Settings.
    await page.getByTestId('no-token').waitFor();
    expect(await page.getByRole('button', { name: 'Import the article' }).isDisabled()).toBe(true);
    await page.getByTestId('no-token').getByRole('link', { name: /Settings/ }).click();
    await page.waitForURL((url) => url.pathname === '/settings');

    // A wrong token is refused by the server; the right one is accepted, and shown masked.
    await page.getByTestId('no-token').waitFor();
    await page.getByLabel('Token').fill('not-the-token');
    await page.getByRole('button', { name: 'Save token' }).click();
    await page.locator('[data-testid="token-status"][data-state="refused"]').waitFor();
    expect(await page.getByTestId('token-status').textContent()).toContain('wrong token');
    await page.getByLabel('Replace with').fill(TOKEN);
    await page.getByRole('button', { name: 'Save token' }).click();
    await page.locator('[data-testid="token-status"][data-state="accepted"]').waitFor();
    const masked = (await page.getByTestId('masked-token').textContent()) ?? '';
    expect(masked).toMatch(/^•+/);
    expect(masked).not.toContain(TOKEN.slice(0, 6));
    expect(await page.evaluate(() => localStorage.getItem('attache.token'))).toBe(TOKEN);
    // Which ledger, and what it holds.
    expect(await page.getByTestId('ledger-kind').textContent()).toContain('PGlite');
    await page.getByTestId('ledger-counts').waitFor();
    const counts = (await page.getByTestId('ledger-counts').innerText()).replace(/\s+/g, ' ');
    expect(counts).toContain(`Articles ${stats.documents} `);
    expect(counts).toContain(`Events ${stats.events} `);
    await explorer.screenshot(page, 'settings');

    // Import, with the token saved: paste the article with its title and date.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/import');
    expect(await page.getByTestId('no-token').count()).toBe(0);
    await page.getByLabel('Article text').fill(ARTICLE.text);
    await page.getByLabel('Title (optional)').fill(ARTICLE.title);
    await page.getByLabel('Date (optional)').fill(ARTICLE.date);
    await page.getByRole('button', { name: 'Import the article' }).click();

    const progress = page.getByTestId('import-progress');
    await page.getByText('Done: 1 of 1').waitFor();
    const job = page.locator('.import-job').first();
    expect(await job.getAttribute('data-state')).toBe('added');
    expect(await job.locator('.job-label').textContent()).toBe(ARTICLE.title);
    await job.locator('.job-coded li').first().waitFor();
    const summary = (await page.getByTestId('import-summary').textContent()) ?? '';
    const coded = Number(/(\d+) events? coded/.exec(summary)?.[1]);
    expect(summary).toMatch(/^1 added, 0 replaced, 0 unchanged, 0 failed/);
    expect(coded).toBeGreaterThan(0);
    expect(await job.locator('.job-events').textContent()).toBe(`${coded} ${coded === 1 ? 'event' : 'events'}`);
    const listed = await job.locator('.job-coded li a').allInnerTexts();
    expect(listed.length).toBe(Math.min(coded, 12));
    expect(listed.some((line) => /William Ruto \(KEN\) AGREE Samia Suluhu Hassan \(TZA\)/.test(line))).toBe(true);

    // The agreement is in the ledger, from this article, on the Monday before its date.
    const found = await getJson<{ total: number; items: StoredEvent[] }>(`/api/events?text=Namanga&category=AGREE`);
    expect(found.total).toBe(1);
    const event = found.items[0]!;
    expect(event).toMatchObject({ title: ARTICLE.title, plover: 'AGREE', date: '2026-04-13', source: { name: 'William Ruto', country: 'KEN' }, target: { country: 'TZA' } });
    expect(event.evidence.text).toContain('signed an agreement to reopen the Namanga border post');
    expect(await job.locator(`.job-coded a[href="/events/${event.id}"]`).count()).toBe(1);
    expect((await getJson<{ events: number }>('/api/stats')).events).toBe(stats.events + coded);

    // The same article again changes nothing.
    await page.getByLabel('Article text').fill(ARTICLE.text);
    await page.getByLabel('Title (optional)').fill(ARTICLE.title);
    await page.getByLabel('Date (optional)').fill(ARTICLE.date);
    await page.getByRole('button', { name: 'Import the article' }).click();
    await page.getByText('Done: 1 of 1').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^0 added, 0 replaced, 1 unchanged, 0 failed; 0 events coded/);
    expect(await progress.textContent()).toBe('Done: 1 of 1');

    // Files: each article of a .jsonl file and each .txt is its own request; bad lines are errors.
    await page.getByRole('tab', { name: 'Files' }).click();
    // Every text the progress line shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'batch.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(JSONL) },
      { name: 'baltic-rail.txt', mimeType: 'text/plain', buffer: Buffer.from(TXT) },
      { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    await page.getByText('Done: 5 of 5').waitFor();
    // Counted per article: the unreadable inputs are done at once, then each request in turn.
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen).toContain('Importing 4 of 5');
    expect(seen[seen.length - 1]).toBe('Done: 5 of 5');
    const rows = page.locator('.import-job');
    expect(await rows.locator('.job-label').allTextContents()).toEqual(['batch.jsonl:1 (andes-call)', 'batch.jsonl:2', 'batch.jsonl:3', 'baltic-rail.txt', 'notes.pdf']);
    expect(await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-state')))).toEqual(['added', 'error', 'error', 'added', 'error']);
    expect(await rows.nth(1).textContent()).toContain('not valid JSON');
    expect(await rows.nth(2).textContent()).toContain('no "text"');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^2 added, 0 replaced, 0 unchanged, 3 failed; \d+ events coded/);
    await rows.nth(3).locator('.job-coded li').first().waitFor();
    // The .txt file's date line dated the article, as `attache ingest` reads it.
    const rail = await getJson<{ items: StoredEvent[] }>('/api/events?text=rail');
    expect(rail.items.length).toBeGreaterThan(0);
    expect(rail.items.every((item) => item.doc === 'baltic-rail' && item.date === '2026-04-15')).toBe(true);
    await explorer.screenshot(page, 'import');
    await page.context().close();
  });
});
