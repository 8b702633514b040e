// The digest view: pick a target from the actor search, a category and a period, read the
// brief, and copy it as Markdown. The ledger holds the project's example articles; what the
// brief must say is read from the API's own digest of the same choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/digest/types.js';
import { browserTestsUnavailable, startExplorer, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

interface ActorsPage { items: { id: number; name: string }[] }

describe.skipIf(unavailable !== null)('the digest', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer(); });
  afterAll(async () => { await explorer?.close(); });

  const getJson = async <T>(path: string): Promise<T> => (await fetch(`${explorer.url}${path}`)).json() as Promise<T>;

  it('writes the brief of what was done to a target, and copies it as Markdown', async () => {
    // examples/2026-03-04-nordic-visit.txt: the Finnish president holds talks with the Estonian president.
    const karis = (await getJson<ActorsPage>('/api/actors?q=Karis')).items.find((actor) => actor.name === 'Alar Karis');
    expect(karis, 'Alar Karis in the example ledger').toBeDefined();
    const choice = `target=${encodeURIComponent(karis!.name)}&category=CONSULT&since=2026-03-01&until=2026-03-31`;
    const expected = await getJson<Digest>(`/api/digest?${choice}`);
    expect(expected.itemCount).toBeGreaterThan(0);
    const markdown = await (await fetch(`${explorer.url}/api/digest?${choice}&format=markdown`)).text();

    const page = await explorer.open('/digest');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: explorer.url });
    await page.getByRole('combobox', { name: 'Search a target actor' }).fill('Karis');
    await page.getByRole('option', { name: /Alar Karis/ }).click();
    expect(await page.getByTestId('digest-target').textContent()).toContain('Alar Karis');
    await page.locator('select[name="category"]').selectOption('CONSULT');
    await page.locator('input[name="since"]').fill('2026-03-01');
    await page.locator('input[name="until"]').fill('2026-03-31');
    await page.getByRole('button', { name: 'Generate brief' }).click();

    const brief = page.getByTestId('brief');
    await brief.locator('h2').waitFor();
    expect(await brief.locator('h2').textContent()).toBe('Digest: CONSULT events towards Alar Karis from 1 March 2026 to 31 March 2026');
    const text = (await brief.textContent()) ?? '';
    // Who did what: the Finnish president held talks with Alar Karis, under Finland, citing the article.
    expect(text).toContain('Alexander Stubb');
    expect(text).toMatch(/held talks with Alar Karis/);
    expect(await brief.locator('h3').allTextContents()).toEqual([...expected.countries.map((country) => country.name), 'Sources']);
    expect(expected.countries.map((country) => country.name)).toContain('Finland');
    for (const actor of expected.countries.flatMap((country) => country.actors)) {
      const bullet = brief.locator('li', { has: page.locator('strong', { hasText: actor.label }) });
      expect(await bullet.count(), actor.label).toBe(1);
      for (const item of actor.items) expect(await bullet.textContent()).toContain(item.text);
    }
    expect(text).toContain('2026-03-04-nordic-visit');
    // Nothing of other categories: Stubb's agreement with Karis in the same article is not a CONSULT.
    expect(text).not.toMatch(/agreed/);

    // The choice is in the address: the same brief after a reload.
    const address = new URL(page.url());
    expect(Object.fromEntries(address.searchParams)).toEqual({ target: 'Alar Karis', category: 'CONSULT', since: '2026-03-01', until: '2026-03-31' });

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    expect(markdown).toMatch(/^# Digest: CONSULT events towards Alar Karis from 1 March 2026 to 31 March 2026\n/);
    await explorer.screenshot(page, 'digest');

    await page.reload();
    await brief.locator('h2').waitFor();
    expect(await page.getByTestId('digest-target').textContent()).toContain('Alar Karis');
    expect(await page.locator('select[name="category"]').inputValue()).toBe('CONSULT');
    expect(await brief.textContent()).toBe(text);
    await page.context().close();
  });

  it('falls back to a selected text area when the clipboard is unavailable, and says when nothing matches', async () => {
    const page = await explorer.open('/digest?category=ASSAULT&since=2026-03-01');
    await page.evaluate(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }); });
    const brief = page.getByTestId('brief');
    await brief.locator('h2').waitFor();
    expect(await brief.textContent()).toContain('No event matches this choice.');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    const area = page.getByRole('textbox', { name: 'The brief as Markdown' });
    await area.waitFor();
    expect(await area.inputValue()).toMatch(/^# Digest: ASSAULT events/);
    expect(await area.evaluate((node: HTMLTextAreaElement) => node.selectionEnd - node.selectionStart)).toBe((await area.inputValue()).length);
    await page.context().close();
  });
});
