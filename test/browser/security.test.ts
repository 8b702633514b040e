// Article text is shown as text, never as HTML: an article whose title and text carry <script>
// and <img onerror> payloads (test/fixtures/web/2026-02-10-hostile-markup.txt, and a JSON Lines
// article with markup in its title and a javascript: URL) is shown literally on the event page
// and runs nothing: no global set by a payload, no element made from one, no dialog.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import { browserTestsUnavailable, EXAMPLES, FIXTURES, startExplorer, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

const HOSTILE_DOC = '2026-02-10-hostile-markup';
const JSONL_DOC = 'hostile-jsonl-1';

describe.skipIf(unavailable !== null)('hostile article markup', () => {
  let explorer: Explorer;
  let extra: string;
  let events: StoredEvent[];
  beforeAll(async () => {
    extra = mkdtempSync(join(tmpdir(), 'attache-hostile-'));
    writeFileSync(join(extra, 'hostile.jsonl'), `${JSON.stringify({
      id: JSONL_DOC,
      date: '2026-02-11',
      url: 'javascript:window.__attacheXss=3',
      title: 'Leak <img src=x onerror="window.__attacheXss=4"><script>window.__attacheXss=5</script>',
      text: 'The foreign minister of Norway condemned Russia over the <b onmouseover="window.__attacheXss=6">leak</b> on Tuesday.',
    })}\n`);
    explorer = await startExplorer({ inputs: [EXAMPLES, FIXTURES, extra] });
    const response = await fetch(`${explorer.url}/api/events?limit=1000&sort=id`);
    events = ((await response.json()) as { items: StoredEvent[] }).items;
  });
  afterAll(async () => {
    await explorer?.close();
    if (extra) rmSync(extra, { recursive: true, force: true });
  });

  /** Opens an event's page, recording any dialog, and waits for its article's evidence. */
  const openEvent = async (event: StoredEvent): Promise<{ page: Page; dialogs: string[] }> => {
    const dialogs: string[] = [];
    const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(`${explorer.url}/events/${event.id}`);
    await page.locator('.article-text mark.evidence.current').waitFor();
    // Give anything a payload could schedule (an image's error, a timer) a moment to run.
    await page.waitForTimeout(300);
    return { page, dialogs };
  };

  const nothingRan = async (page: Page, dialogs: string[]): Promise<void> => {
    expect(await page.evaluate(() => (window as unknown as { __attacheXss?: unknown }).__attacheXss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No element made from the article: no script or image inside the page's content at all,
    // no element with an event-handler attribute, no javascript: link.
    expect(await page.locator('main script, main img, main iframe, main object, main embed').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onmouseover], [onclick]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    // The only scripts of the page are the explorer's own bundle.
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src') ?? `inline: ${s.textContent ?? ''}`));
    for (const script of scripts) expect(script).toMatch(/^\/assets\/[\w.-]+\.js$/);
  };

  it('shows <script> and <img onerror> in an article as text and runs nothing', async () => {
    const hostile = events.filter((e) => e.doc === HOSTILE_DOC);
    expect(hostile.length).toBeGreaterThanOrEqual(2);
    for (const event of hostile) {
      const { page, dialogs } = await openEvent(event);
      const article = page.locator('.event-article.own .article-text');
      const text = (await article.textContent()) ?? '';
      // The first line (the .txt article's headline) and both sentences, markup and all.
      expect(text).toContain('Envoy protests leaked <script>window.__attacheXss = 1</script> cable');
      expect(text).toContain('a diplomatic cable <script>window.__attacheXss = 1;</script> on Tuesday.');
      expect(text).toContain('for its mediation <img src="x" onerror="window.__attacheXss = 2"> in the dispute');
      expect(await page.locator('.event-article.own .article-text mark.evidence.current').textContent()).toBe(event.evidence.text);
      // The coding's quote of the evidence, as text too.
      expect(await page.locator('.event-evidence-quote').textContent()).toBe(event.evidence.text);
      expect(await page.locator('body').innerText()).toContain('<script>window.__attacheXss = 1;</script>');
      await nothingRan(page, dialogs);
      if (event === hostile[0]) await explorer.screenshot(page, 'event-hostile-markup');
      await page.context().close();
    }
  });

  it('shows markup in a title as text and does not link a javascript: URL', async () => {
    const event = events.find((e) => e.doc === JSONL_DOC);
    expect(event, 'the JSON Lines article was coded into an event').toBeDefined();
    const { page, dialogs } = await openEvent(event!);
    const title = (await page.locator('.event-article.own .event-article-title').textContent()) ?? '';
    expect(title).toBe('Leak <img src=x onerror="window.__attacheXss=4"><script>window.__attacheXss=5</script>');
    expect(await page.locator('.event-article.own .event-article-title a').count()).toBe(0);
    expect(await page.locator('.event-article.own .event-article-url').textContent()).toBe('javascript:window.__attacheXss=3');
    expect(await page.locator('.event-article.own .article-text').textContent()).toContain('<b onmouseover="window.__attacheXss=6">leak</b>');
    // Hovering and clicking around the article does nothing either.
    await page.locator('.event-article.own .article-text').hover();
    await page.locator('.event-article.own .event-article-title').click();
    await page.waitForTimeout(200);
    await nothingRan(page, dialogs);
    await page.context().close();
  });
});
