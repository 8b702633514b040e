// The browser tests' world: a ledger holding the project's example articles (and any fixture
// articles a test adds), the real server with the built explorer on 127.0.0.1, and Debian's
// Chromium driven by playwright-core. Screenshots go to test-artifacts/screenshots, and to
// docs/screenshots (the README's pictures) when UPDATE_SCREENSHOTS=1. playwright-core has no
// assertion library: tests wait with `locator.waitFor()` and assert with Vitest's expect.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readInputs } from '../../src/ingest/index.js';
import { Ledger } from '../../src/ledger/ledger.js';
import { createCoder } from '../../src/pipeline.js';
import { DEFAULT_WEB_ROOT, buildServer } from '../../src/server/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'web');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'screenshots');
const README_SHOTS = join(ROOT, 'docs', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built explorer to serve: dist/web, or another build (`vite build --outDir DIR`). */
export const WEB_ROOT = process.env.ATTACHE_WEB_ROOT ?? DEFAULT_WEB_ROOT;
export const TOKEN = 'browser-test-token';

/** Why the browser tests cannot run here, or null when they can. */
export function browserTestsUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return `the explorer is not built in ${WEB_ROOT} (npm run build:web)`;
  return null;
}

export interface Explorer {
  /** http://127.0.0.1:PORT */
  url: string;
  ledger: Ledger;
  app: FastifyInstance;
  browser: Browser;
  /** A fresh page (its own context: no token saved) at `path`. */
  open(path?: string): Promise<Page>;
  /** Saves a screenshot of the page as test-artifacts/screenshots/NAME.png. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** Codes and stores every article of these inputs (files or folders). */
export async function ingestInto(ledger: Ledger, inputs: string[]): Promise<number> {
  const coder = createCoder();
  let stored = 0;
  for await (const item of readInputs(inputs)) {
    if (item.kind !== 'document') throw new Error(`fixture not readable: ${item.message}`);
    await ledger.store(coder.codeDocument(item.document));
    stored++;
  }
  return stored;
}

export async function startExplorer(options: { inputs?: string[]; ledger?: Ledger } = {}): Promise<Explorer> {
  const ledger = options.ledger ?? await Ledger.open({ memory: true });
  if (!options.ledger) await ingestInto(ledger, options.inputs ?? [EXAMPLES]);
  const app = await buildServer({ ledger, token: TOKEN, webRoot: WEB_ROOT });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  // Flags from the machine's notes: no sandbox as root, and no background connections to
  // hosts this closed network refuses.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    url: address,
    ledger,
    app,
    browser,
    async open(path = '/') {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${address}${path}`);
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        mkdirSync(README_SHOTS, { recursive: true });
        copyFileSync(file, join(README_SHOTS, `${name}.png`));
      }
      return file;
    },
    async close() {
      await browser.close().catch(() => {});
      await app.close();
      if (!options.ledger) await ledger.close();
    },
  };
}
