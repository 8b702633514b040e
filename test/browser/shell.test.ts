// The explorer's frame: served by `attache serve` at "/", every page reachable from the
// navigation, and an app path loaded directly (the server answers it with index.html).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsUnavailable, startExplorer, type Explorer } from './harness.js';

const unavailable = browserTestsUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('the explorer shell', () => {
  let explorer: Explorer;
  beforeAll(async () => { explorer = await startExplorer(); });
  afterAll(async () => { await explorer?.close(); });

  it('navigates between the views', async () => {
    const page = await explorer.open('/');
    await page.locator('.brand').waitFor();
    expect(await page.locator('.brand').textContent()).toBe('attaché');
    for (const label of ['Network', 'Events', 'Actors', 'Digest', 'Import', 'Settings', 'Overview']) {
      await page.getByRole('link', { name: label, exact: true }).click();
      await page.waitForURL((url) => url.pathname === (label === 'Overview' ? '/' : `/${label.toLowerCase()}`));
    }
    await page.context().close();
  });

  it('opens an app path directly', async () => {
    const page = await explorer.open('/settings');
    await page.locator('h1').first().waitFor();
    expect(await page.locator('h1').first().textContent()).toMatch(/settings/i);
    await page.context().close();
  });
});
