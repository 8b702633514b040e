// `attache export` end to end: options, filters, stdout or a file, the summary on stderr.
// One test opens a ledger folder as a user's run does; the others borrow an open in-memory
// ledger (opening a folder takes a second or two each time).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { withLedger } from '../../src/cli/ledger-options.js';
import { GDELT_COLUMNS } from '../../src/export/index.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { fixtureLedger, lending, parseCsv, runExport } from './helpers.js';
import type { CliRun } from './helpers.js';

let root: string;
let out: string;
let ledger: Ledger;
let lend: typeof withLedger;

/** The fixture, with the one event without a target rejected by an analyst. */
async function ledgerWithRejection(options: Parameters<typeof fixtureLedger>[0]): Promise<Ledger> {
  const opened = await fixtureLedger(options);
  const [assault] = await opened.db.query<{ id: number }>("select id from events where plover = 'ASSAULT'");
  await opened.correctEvent(assault!.id, { kind: 'reject' }, 'tester');
  return opened;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'attache-export-cli-'));
  out = join(root, 'out');
  await import('node:fs/promises').then((fs) => fs.mkdir(out));
  ledger = await ledgerWithRejection({ memory: true });
  lend = lending(ledger);
});

afterAll(async () => {
  await ledger?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const lines = (text: string): string[] => text.split('\n').filter((l) => l !== '');
const exportFrom = (...args: string[]): Promise<CliRun> => runExport(args, lend);

describe('attache export', () => {
  it('opens the ledger folder, writes every event to stdout and a summary to stderr', async () => {
    const data = join(root, 'ledger');
    await (await ledgerWithRejection({ dataDir: data })).close();
    const result = await runExport(['--format', 'jsonl', '--data', data]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(10);
    expect(result.stderr).toBe('attache: exported 10 events as jsonl to stdout\n');
  });

  it('applies the filters', async () => {
    const csv = await exportFrom('--format', 'csv', '--country', 'bol');
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1]![rows[0]!.indexOf('target_country')]).toBe('BOL');

    const gdelt = await exportFrom('--format', 'gdelt', '--no-header', '--category', 'SUPPORT,consult');
    expect(gdelt.code).toBe(0);
    const rowsOfGdelt = lines(gdelt.stdout).map((l) => l.split('\t'));
    expect(rowsOfGdelt).toHaveLength(6);
    expect(rowsOfGdelt.every((r) => r.length === GDELT_COLUMNS.length && ['04', '05'].includes(r[GDELT_COLUMNS.indexOf('EventRootCode')]!))).toBe(true);

    const plover = await exportFrom('--format', 'plover', '--since', '2026-02-04', '--until', '2026-03');
    expect(lines(plover.stdout).map((l) => (JSON.parse(l) as { event: string[] }).event[0])).toEqual(['ACCUSE', 'SANCTION', 'CONSULT', 'AID']);
    // AID: "sent humanitarian aid on Thursday" in an article of Wednesday 1 April is 26 March.
    expect(plover.stderr).toMatch(/exported 4 events as plover/);

    const network = await exportFrom('--format', 'graphml', '--actor', 'William Ruto');
    expect(network.stderr).toMatch(/exported 4 events as graphml \(3 nodes, 2 edges\)/);
  });

  it('includes rejected events, marked, when asked to', async () => {
    const jsonl = await exportFrom('--format', 'jsonl', '--include-rejected', '--category', 'ASSAULT');
    expect(lines(jsonl.stdout).map((l) => JSON.parse(l) as { plover: string; rejected: boolean })).toEqual([
      expect.objectContaining({ plover: 'ASSAULT', rejected: true }),
    ]);
    const csv = parseCsv((await exportFrom('--format', 'csv', '--include-rejected')).stdout);
    expect(csv).toHaveLength(12);
    expect(csv.filter((r) => r[csv[0]!.indexOf('rejected')] === 'true')).toHaveLength(1);
  });

  it('warns when an actor named in a filter does not exist', async () => {
    const result = await exportFrom('--format', 'csv', '--actor', 'Nobody Atall');
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout)).toHaveLength(1);
    expect(result.stderr).toMatch(/warning: no actor matches "Nobody Atall"/);
    expect(result.stderr).toMatch(/exported 0 events as csv/);
  });

  it('writes a file only once the export is complete, and nothing to stdout', async () => {
    const path = join(out, 'network.graphml');
    const result = await exportFrom('--format', 'graphml', '--level', 'country', '--output', path);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    // The rejected ASSAULT was Brazil's only event: 12 countries are left.
    expect(result.stderr).toBe(`attache: exported 10 events as graphml (12 nodes, 8 edges) to ${path}\n`);
    const xml = readFileSync(path, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<node id="KEN">');
    expect(readdirSync(out)).toEqual(['network.graphml']);
  });

  it('refuses bad usage with exit code 2', async () => {
    expect((await exportFrom('--format', 'xml')).code).toBe(2);
    expect((await exportFrom()).code).toBe(2);
    const level = await exportFrom('--format', 'jsonl', '--level', 'country');
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/--level applies to --format graphml only/);
    expect((await exportFrom('--format', 'plover', '--no-header')).code).toBe(2);
    expect((await exportFrom('--format', 'csv', '--since', 'last week')).code).toBe(2);
    const category = await exportFrom('--format', 'csv', '--category', 'HUG');
    expect(category.code).toBe(2);
    expect(category.stderr).toMatch(/unknown PLOVER category "HUG"/);
  });

  it('fails with exit code 1, leaving no file, when the output cannot be written', async () => {
    const path = join(out, 'missing-folder', 'events.jsonl');
    const result = await exportFrom('--format', 'jsonl', '--output', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ENOENT/);
    expect(existsSync(join(out, 'missing-folder'))).toBe(false);
  });
});
