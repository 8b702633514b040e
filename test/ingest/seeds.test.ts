// The project's founding articles (../shared/seeds, outside this repository). They are read,
// never copied: the test skips when they are absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from './helpers.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const present = existsSync(SEEDS);
if (!present) console.warn(`skipping seed ingest tests: ${SEEDS} not found`);

describe.skipIf(!present)('seed articles (../shared/seeds)', () => {
  it('reads the five seeds: ids from file names, dates from the date line (null without one)', async () => {
    const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    const { documents, errors } = await collect([SEEDS]);
    expect(errors).toEqual([]);
    expect(documents).toHaveLength(5);
    expect(documents.map((d) => d.id)).toEqual(files.map((name) => basename(name, extname(name))));
    expect(Object.fromEntries(documents.map((d) => [d.id, d.published]))).toEqual({
      '000_4a9b5a13221b21ad': '2026-01-25',
      '001_d8f5dfc67ece5426': '2026-02-01',
      '002_9a5efecae307572a': '2026-01-25',
      '003_c67236414fa3b35e': '2026-01-27',
      '004_658425be604b182f': null,
    });
  });

  it('keeps the text that follows the date on the first line', async () => {
    const { documents } = await collect([SEEDS]);
    for (const document of documents) {
      const raw = readFileSync(join(SEEDS, `${document.id}.txt`), 'utf8');
      const firstLine = raw.split('\n')[0]!.replace(/^\s*date \d{4}-\d{2}-\d{2}/, '').trim();
      expect(document.text).not.toMatch(/^date /);
      expect(document.text.startsWith(firstLine.normalize('NFC').replace(/\s+/g, ' ').slice(0, 40))).toBe(true);
    }
  });
});
