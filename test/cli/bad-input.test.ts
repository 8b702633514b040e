// Bad input: each gets a one-line error naming it, the good inputs are still coded, and the
// exit code says that something failed.
import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const GOOD_ARTICLE = ' date 2026-02-10 Talks in Lima\n\nPeruvian President Jose Jeri held phone talks with Chilean President Gabriel Boric on Monday.\n';

let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'attache-bad-input-'));
  writeFileSync(path('good.txt'), GOOD_ARTICLE);
  writeFileSync(path('empty.txt'), '');
  writeFileSync(path('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00]));
  writeFileSync(path('latin1.txt'), Buffer.concat([Buffer.from('Le pr'), Buffer.from([0xe9]), Buffer.from('sident a parl\n')]));
  writeFileSync(path('articles.jsonl'), [
    JSON.stringify({ id: 'first', date: '2026-02-11', text: 'Kenyan President William Ruto praised Tanzania for its support.' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'third', date: '2026-02-12', text: 'Nigeria accused Niger of harbouring rebels.' }),
  ].join('\n'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('attache code with bad inputs', () => {
  const cases: [string, string, RegExp][] = [
    ['an empty file', 'empty.txt', /empty\.txt.*empty/],
    ['a binary file', 'binary.txt', /binary\.txt.*binary/],
    ['invalid UTF-8', 'latin1.txt', /latin1\.txt.*not valid UTF-8/],
    ['a missing path', 'missing.txt', /missing\.txt.*no such file/],
  ];
  for (const [what, name, message] of cases) {
    it(`reports ${what} in one line, still codes the good input, and exits 1`, async () => {
      const result = await runCli('code', '--jsonl', path(name), path('good.txt'));
      expect(result.code).toBe(1);
      const errors = result.stderr.split('\n').filter((l) => l.startsWith('attache: error:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      const events = result.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { doc: string; plover: string });
      expect(events.some((e) => e.doc === 'good' && e.plover === 'CONSULT')).toBe(true);
    });
  }

  it('reports a malformed JSONL line by file and line, and codes the other lines', async () => {
    const result = await runCli('code', '--jsonl', path('articles.jsonl'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/articles\.jsonl:2/);
    const docs = new Set(result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { doc: string }).doc));
    expect(docs).toEqual(new Set(['first', 'third']));
  });

  it('exits 0 when every input is good', async () => {
    const result = await runCli('code', '--jsonl', path('good.txt'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('exits 2 on a usage error', async () => {
    const result = await runCli('code', '--date', 'yesterday', path('good.txt'));
    expect(result.code).toBe(2);
  });
});

describe('a 50 MB text file', () => {
  it('is coded with progress shown', async () => {
    const big = path('big.txt');
    const stream = createWriteStream(big);
    // Mostly narrative without events, so that the output stays small; one event paragraph a chunk.
    const filler = 'Markets in the capital were calm on the day and the weather stayed mild for the season. '
      + 'Officials expected the harvest figures to be published later in the month.\n\n';
    const eventParagraph = 'Mongolian President Ukhnaa Khurelsukh praised Kazakhstan for its support.\n\n';
    const target = 50 * 1024 * 1024;
    let written = 0;
    while (written < target) {
      const chunk = filler.repeat(500) + eventParagraph;
      stream.write(chunk);
      written += Buffer.byteLength(chunk);
    }
    await new Promise<void>((resolve) => stream.end(resolve));
    const result = await runCli('code', '--jsonl', '--date', '2026-02-01', big);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/coding .*big\.txt: \d+%/);
    expect(result.stderr).toMatch(/coded .*big\.txt: \d+ sentences/);
    const lines = result.stdout.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(200);
  }, 600_000);
});
