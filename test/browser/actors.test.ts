// Actors: the searchable list, an actor's page (names, roles, partners, timeline), and the
// corrections made there (rename, merge), which show at once and persist across a reload.
// Writes without the token are refused, and the page says where to enter it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsUnavailable, startExplorer, TOKEN, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the actors views', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer(); });
  afterAll(async () => { await explorer?.close(); });

  const actorId = async (name: string): Promise<number> => {
    const response = await explorer.app.inject(`/api/actors?q=${encodeURIComponent(name)}`);
    const found = (JSON.parse(response.body) as { items: { id: number; name: string }[] }).items.find((a) => a.name === name);
    if (!found) throw new Error(`no actor ${name}`);
    return found.id;
  };

  it('lists actors busiest first and finds one by a part of its name', async () => {
    const page = await explorer.open('/actors');
    await page.locator('.actors-table tbody tr').first().waitFor();
    const counts = (await page.locator('.actors-table tbody td.actor-num').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    await page.getByLabel('Search actors').fill('stubb');
    await page.waitForURL(/q=stubb/);
    await page.waitForFunction(() => document.querySelectorAll('.actors-table tbody tr').length === 1);
    expect(await page.locator('.actors-table tbody tr td a').first().textContent()).toBe('Alexander Stubb');
    await page.getByRole('link', { name: 'Alexander Stubb' }).click();
    await page.waitForURL(/\/actors\/\d+$/);
    expect(await page.locator('h1.actor-name').textContent()).toBe('Alexander Stubb');
    await page.context().close();
  });

  it('shows names, roles, partners and a timeline', async () => {
    const id = await actorId('Alar Karis');
    const page = await explorer.open(`/actors/${id}`);
    await page.locator('h1.actor-name').waitFor();
    expect(await page.locator('h1.actor-name').textContent()).toBe('Alar Karis');
    expect(await page.locator('.actor-facts').textContent()).toContain('EST');
    expect(await page.locator('.actor-names').textContent()).toContain('Alar Karis');
    const role = page.locator('.actor-roles tbody tr').first();
    // The visit and all said during it were on Tuesday, 3 March, the day before the article.
    expect(await role.locator('td').allTextContents()).toEqual(['President', 'EST', 'GOV', '2026-03-03', '2026-03-03']);
    const partner = page.locator('.actor-partners a', { hasText: 'Alexander Stubb' });
    await partner.waitFor();
    expect(await partner.getAttribute('href')).toBe(`/actors/${await actorId('Alexander Stubb')}`);
    await page.locator('.actor-timeline-bar').first().waitFor();
    expect(await page.locator('.actor-timeline-bar[data-period="2026-03"]').getAttribute('data-count')).toBe('5');
    expect(await page.locator('.actor-events tbody tr').count()).toBe(5);
    expect(await page.getByRole('link', { name: 'All 5 events' }).getAttribute('href')).toBe(`/events?actor=${id}`);
    await page.context().close();
  });

  it('refuses a rename without the token and points to Settings', async () => {
    const id = await actorId('Mauro Vieira');
    const page = await explorer.open(`/actors/${id}`);
    await page.locator('.actor-token-missing').waitFor();
    expect(await page.locator('.actor-token-missing a').getAttribute('href')).toBe('/settings');
    await page.locator('#actor-rename-name').fill('Someone Else');
    await page.getByRole('button', { name: 'Rename' }).click();
    const alert = page.locator('.actor-corrections [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/refused.*401.*Settings/s);
    expect(await page.locator('h1.actor-name').textContent()).toBe('Mauro Vieira');
    await page.context().close();
  });

  it('renames an actor: the new name shows at once and after a reload', async () => {
    const id = await actorId('Alexander Stubb');
    const page = await explorer.open(`/actors/${id}`);
    await page.evaluate((token) => localStorage.setItem('attache.token', token), TOKEN);
    await page.reload();
    await page.locator('h1.actor-name').waitFor();
    expect(await page.locator('.actor-token-missing').count()).toBe(0);
    await page.locator('#actor-rename-name').fill('President Alexander Stubb');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.locator('.actor-corrections [role="status"]').waitFor();
    expect(await page.locator('h1.actor-name').textContent()).toBe('President Alexander Stubb');
    await page.reload();
    await page.locator('h1.actor-name', { hasText: 'President Alexander Stubb' }).waitFor();
    expect(await page.locator('.actor-names').textContent()).toContain('Alexander Stubb');
    await explorer.screenshot(page, 'actor');
    await page.context().close();
  });

  it('merges an actor into another found by name', async () => {
    const from = await actorId('JPN GOV');
    const into = await actorId('Javier Milei');
    const page = await explorer.open(`/actors/${from}`);
    await page.evaluate((token) => localStorage.setItem('attache.token', token), TOKEN);
    await page.reload();
    await page.locator('h1.actor-name').waitFor();
    await page.locator('#actor-merge-query').fill('Milei');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('radio', { name: /Javier Milei/ }).check();
    await page.getByRole('button', { name: 'Merge into Javier Milei' }).click();
    await page.waitForURL((url) => url.pathname === `/actors/${into}`);
    await page.locator('h1.actor-name', { hasText: 'Javier Milei' }).waitFor();
    await page.reload();
    await page.locator('h1.actor-name', { hasText: 'Javier Milei' }).waitFor();
    expect(await page.locator('.actor-names').textContent()).toContain('JPN GOV');
    expect(await page.locator('.actor-partners').textContent()).toContain('PRK');
    // The merged actor's own address now answers as the actor it went into.
    await page.goto(`${explorer.url}/actors/${from}`);
    await page.locator('h1.actor-name', { hasText: 'Javier Milei' }).waitFor();
    await page.context().close();
  });
});
