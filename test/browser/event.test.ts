// The event page: an event opened from its id shows its coding and its article with the
// evidence sentence highlighted and the actors marked; corrections made there show at once and
// are still there after a reload; without a token the page says so and points to Settings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import { browserTestsUnavailable, startExplorer, TOKEN, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the event page', () => {
  let explorer: Explorer;
  let events: StoredEvent[];
  beforeAll(async () => {
    explorer = await startExplorer();
    const response = await fetch(`${explorer.url}/api/events?limit=1000&sort=id`);
    events = ((await response.json()) as { items: StoredEvent[] }).items;
    expect(events.length).toBeGreaterThan(3);
  });
  afterAll(async () => { await explorer?.close(); });

  const eventFromApi = async (id: number): Promise<StoredEvent> => {
    const response = await fetch(`${explorer.url}/api/events/${id}`);
    return ((await response.json()) as { event: StoredEvent }).event;
  };
  const withToken = async (page: Page): Promise<void> => {
    await page.evaluate((token) => localStorage.setItem('attache.token', token), TOKEN);
    await page.reload();
  };
  const field = async (page: Page, name: string): Promise<string> => (await page.locator(`dd[data-field="${name}"]`).textContent()) ?? '';

  it('shows an event with its evidence sentence highlighted in the article and the actors marked', async () => {
    // An event with both actors named in its own sentence, so both are marked.
    const event = events.find((e) => e.target && e.evidence.text.includes(e.source.text) && e.evidence.text.includes(e.target.text)) ?? events[0]!;
    const page = await explorer.open(`/events/${event.id}`);
    const evidence = page.locator('.article-text mark.evidence.current');
    await evidence.waitFor();
    expect(await evidence.textContent()).toBe(event.evidence.text);

    const actors = evidence.locator('mark.actor');
    const marked = await actors.allTextContents();
    expect(marked).toContain(event.source.text);
    if (event.target) expect(marked).toContain(event.target.text);

    // The coding: category, CAMEO, Goldstein, and actor links to their pages.
    expect(await field(page, 'plover')).toBe(event.plover);
    expect(await field(page, 'cameo')).toBe(event.cameo);
    expect(await field(page, 'quad')).toBe(event.quad);
    expect(await page.locator(`.event-actor.source a[href="/actors/${event.sourceActorId}"]`).count()).toBe(1);
    if (event.targetActorId !== null) expect(await page.locator(`.event-actor.target a[href="/actors/${event.targetActorId}"]`).count()).toBe(1);

    // The cluster's article: its title (or name) and outlet.
    const article = page.locator('.event-article.own');
    expect(await article.locator('.event-article-doc').textContent()).toBe(event.doc);
    // The whole text is there, as text.
    const text = (await page.locator('.event-article.own .article-text').textContent()) ?? '';
    expect(text).toContain(event.evidence.text);

    await explorer.screenshot(page, 'event');
    await page.context().close();
  });

  it('says that corrections need the token and points to Settings when none is saved', async () => {
    const event = events[1]!;
    const page = await explorer.open(`/events/${event.id}`);
    await page.locator('.event-corrections').waitFor();
    const notice = page.locator('.event-corrections .event-notice');
    expect(await notice.first().textContent()).toMatch(/no write token/i);
    expect(await notice.first().locator('a[href="/settings"]').count()).toBe(1);

    // Trying anyway: the server's 401 is reported, with the way to Settings.
    const other = event.plover === 'ACCUSE' ? 'PROTEST' : 'ACCUSE';
    await page.locator('#correction-category').selectOption(other);
    await page.getByRole('button', { name: 'Change category' }).click();
    const alert = page.locator('.event-corrections [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/401/);
    expect(await alert.locator('a[href="/settings"]').count()).toBe(1);
    expect((await eventFromApi(event.id)).plover).toBe(event.plover);
    await page.context().close();
  });

  it('changes the category: shown at once and after a reload', async () => {
    const event = events[2]!;
    const other = event.plover === 'PROTEST' ? 'THREATEN' : 'PROTEST';
    const page = await explorer.open(`/events/${event.id}`);
    await withToken(page);
    await page.locator('#correction-category').waitFor();
    expect(await page.locator('.event-corrections .event-notice').count()).toBe(0);

    await page.locator('#correction-category').selectOption(other);
    await page.getByRole('button', { name: 'Change category' }).click();
    await page.locator('.event-corrections [role="status"]').waitFor();
    expect(await page.locator('.event-corrections [role="status"]').textContent()).toContain(`Category changed to ${other}`);
    await page.locator(`dd[data-field="plover"]:has-text("${other}")`).waitFor();
    expect(await field(page, 'state')).toMatch(/corrected/);

    await page.reload();
    await page.locator('dd[data-field="plover"]').waitFor();
    expect(await field(page, 'plover')).toBe(other);
    expect(await field(page, 'state')).toMatch(/corrected/);
    expect(await page.locator('#correction-category').inputValue()).toBe(other);
    const stored = await eventFromApi(event.id);
    expect(stored.plover).toBe(other);
    expect(stored.corrected).toBe(true);
    await explorer.screenshot(page, 'event-corrected');
    await page.context().close();
  });

  it('rejects and restores an event', async () => {
    const event = events[3]!;
    const page = await explorer.open(`/events/${event.id}`);
    await withToken(page);
    await page.getByRole('button', { name: 'Reject event' }).click();
    await page.getByRole('button', { name: 'Restore event' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Restore event' }).waitFor();
    expect(await field(page, 'state')).toMatch(/rejected/);
    // A rejected event leaves its cluster, but its article still shows its evidence.
    await page.locator('.article-text mark.evidence.current').waitFor();
    expect((await eventFromApi(event.id)).rejected).toBe(true);

    await page.getByRole('button', { name: 'Restore event' }).click();
    await page.getByRole('button', { name: 'Reject event' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Reject event' }).waitFor();
    expect(await field(page, 'state')).toMatch(/accepted/);
    expect((await eventFromApi(event.id)).rejected).toBe(false);
    await page.context().close();
  });

  it('fixes the target with an actor found by name', async () => {
    const event = events.find((e) => e.targetActorId !== null) ?? events[0]!;
    // Another actor to point to, found the way the page finds them.
    const response = await fetch(`${explorer.url}/api/actors?limit=50`);
    const actors = ((await response.json()) as { items: { id: number; name: string }[] }).items;
    const other = actors.find((a) => a.id !== event.targetActorId && a.id !== event.sourceActorId && a.name.length >= 3)!;
    expect(other).toBeDefined();

    const page = await explorer.open(`/events/${event.id}`);
    await withToken(page);
    await page.getByLabel('Search an actor for the target').fill(other.name);
    const hit = page.locator('ul[aria-label="Actors for the target"] button', { hasText: other.name }).first();
    await hit.click();
    await page.locator(`.event-actor.target a[href="/actors/${other.id}"]`).waitFor();
    await page.reload();
    await page.locator(`.event-actor.target a[href="/actors/${other.id}"]`).waitFor();
    expect((await eventFromApi(event.id)).targetActorId).toBe(other.id);
    await page.context().close();
  });

  it('answers an id that does not exist', async () => {
    const page = await explorer.open('/events/99999999');
    await page.locator('.event-page .error').waitFor();
    expect(await page.locator('.event-page .error').textContent()).toMatch(/no event 99999999/);
    await page.context().close();
  });
});
