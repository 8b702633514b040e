// The network view: sigma draws the graph on a canvas; a click where a node is drawn opens its
// actor page, and the switch to countries redraws it with country nodes. The side panel's
// list of the busiest nodes carries each node's position on the canvas (data-x/data-y,
// written after every render), which is where the test clicks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsUnavailable, startExplorer, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

/** Clicks the canvas where the legend says the node `index` is drawn; returns its label. */
async function clickNode(page: Page, index: number): Promise<string> {
  const item = page.locator('.network-legend li').nth(index);
  await item.waitFor();
  await page.waitForFunction((i) => {
    const li = document.querySelectorAll<HTMLElement>('.network-legend li')[i];
    return li?.dataset.x !== undefined;
  }, index);
  const x = Number(await item.getAttribute('data-x'));
  const y = Number(await item.getAttribute('data-y'));
  const label = (await item.locator('a').textContent()) ?? '';
  const box = await page.locator('.network-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  expect(x).toBeGreaterThan(0);
  expect(y).toBeGreaterThan(0);
  expect(x).toBeLessThan(box.width);
  expect(y).toBeLessThan(box.height);
  await page.mouse.move(box.x + x, box.y + y);
  await page.mouse.click(box.x + x, box.y + y);
  return label;
}

/** Dyads of n synthetic actors, each tied to two earlier ones, as /api/dyads answers. */
function syntheticDyads(n: number): object[] {
  let seed = 11;
  const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
  const countries = ['FIN', 'EST', 'USA', 'BRA', 'ARG', 'JPN', 'PRK', 'CHN', 'RUS', 'UKR', 'FRA', 'DEU'];
  const side = (id: number): object => ({ id, name: `Actor ${id}`, country: countries[id % countries.length] });
  const seen = new Set<string>();
  const dyads: { total: number }[] = [];
  for (let i = 2; i <= n; i++) {
    for (let k = 0; k < 2; k++) {
      const j = 1 + Math.floor(random() * random() * (i - 1));
      if (seen.has(`${j},${i}`)) continue;
      seen.add(`${j},${i}`);
      const coop = Math.ceil(random() * 6 * (1 + 40 / i));
      const conflict = Math.floor(random() * 4);
      dyads.push({
        a: side(j), b: side(i), total: coop + conflict, aToB: coop, bToA: conflict,
        quads: { 'verbal-cooperation': coop, 'material-cooperation': 0, 'verbal-conflict': conflict, 'material-conflict': 0 },
      } as never);
    }
  }
  return dyads.sort((x, y) => y.total - x.total);
}

describe.skipIf(unavailable !== null)('the network view', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer(); });
  afterAll(async () => { await explorer?.close(); });

  it('draws actors, opens an actor page from a node, switches to countries', async () => {
    const page = await explorer.open('/network');
    const canvas = page.locator('.network-canvas');
    await canvas.waitFor();
    // sigma's canvases are in place, and the graph holds the example's actors and pairs.
    await page.locator('.network-canvas canvas').first().waitFor({ state: 'attached' });
    expect(Number(await canvas.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(4);
    expect(Number(await canvas.getAttribute('data-edges'))).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.network-layout').getAttribute('data-level')).toBe('actor');
    const legend = await page.locator('.network-legend li a').allTextContents();
    expect(legend).toContain('Alexander Stubb');
    expect(legend).toContain('Alar Karis');
    await explorer.screenshot(page, 'network');

    // A real click on the canvas, where the busiest actor is drawn.
    const label = await clickNode(page, 0);
    await page.waitForURL(/\/actors\/\d+$/);
    await page.locator('h1.actor-name').waitFor();
    expect(await page.locator('h1.actor-name').textContent()).toBe(label);

    // Back to the network, switched to countries: the nodes are ISO3 codes now.
    await page.goBack();
    await page.getByRole('button', { name: 'Countries' }).click();
    await page.waitForURL(/level=country/);
    await page.locator('.network-layout[data-level="country"]').waitFor();
    await page.locator('.network-legend li a', { hasText: 'FIN' }).waitFor();
    const countries = await page.locator('.network-legend li a').allTextContents();
    expect(countries.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(countries).toEqual(expect.arrayContaining(['EST', 'FIN', 'USA']));
    await explorer.screenshot(page, 'network-countries');

    // A country node opens the events table filtered by that country.
    const country = await clickNode(page, 0);
    await page.waitForURL((url) => url.pathname === '/events' && url.searchParams.get('country') === country);
    await page.context().close();
  });

  it('stays readable at 500 nodes (dyads of a synthetic ledger)', async () => {
    const dyads = syntheticDyads(700);
    const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.route('**/api/dyads?**', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ total: dyads.length, limit: 1000, offset: 0, items: dyads }),
    }));
    const started = Date.now();
    await page.goto(`${explorer.url}/network?nodes=500`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.network-legend li')?.dataset.x !== undefined);
    console.log(`network of 500 nodes: drawn ${Date.now() - started} ms after navigation`);
    expect(await page.locator('.network-canvas').getAttribute('data-nodes')).toBe('500');
    expect(await page.locator('.network-summary').textContent()).toMatch(/500 actors.*quieter ones not shown/);
    await explorer.screenshot(page, 'network-500');
    await context.close();
  });

  it('filters by category through the address', async () => {
    const page = await explorer.open('/network?category=ACCUSE');
    await page.locator('.network-legend li').first().waitFor();
    const legend = await page.locator('.network-legend li a').allTextContents();
    // Mauro Vieira accuses the United States in the trade-dispute example; the Nordic visit has no accusation.
    expect(legend).toContain('Mauro Vieira');
    expect(legend).not.toContain('Alexander Stubb');
    expect(await page.locator('select').first().inputValue()).toBe('ACCUSE');
    await page.context().close();
  });
});
