// `attache digest` on the command line: options, formats, --output, exit codes. The command
// gets a ledger the test keeps open (as `attache events` tests do), and runs under a program
// set up as src/cli/main.ts sets up its commands.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestCommand } from '../../src/cli/digest-command.js';
import type { LedgerOptions } from '../../src/cli/ledger-options.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { fixtureLedger } from './fixture-ledger.js';
import { runCommand } from '../cli/run-cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let ledger: Ledger;
let dir: string;

beforeAll(async () => {
  ledger = await fixtureLedger();
  dir = mkdtempSync(join(tmpdir(), 'attache-digest-'));
});
afterAll(async () => {
  await ledger?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Exit codes as main() gives them: commander's usage errors 2, other errors 1. */
function digest(...args: string[]): Promise<Run> {
  const lend = <T>(_options: LedgerOptions, work: (l: Ledger) => Promise<T>): Promise<T> => work(ledger);
  return runCommand(digestCommand(lend), args);
}

describe('attache digest', () => {
  it('prints a Markdown digest by default', async () => {
    const run = await digest('--target', 'Oyun Dashdorj', '--category', 'SUPPORT', '--since', '2026-03-01');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# Digest: SUPPORT events towards Oyun Dashdorj since 1 March 2026\n\nLeaders of Kenya, Peru and Norway congratulated/);
    expect(run.stdout).toContain('\n## Kenya\n');
    expect(run.stdout).toContain('- **President Samuel Otieno** congratulated Oyun Dashdorj in a letter on 3 March 2026 [1] [2].');
  });

  it('prints a plain paragraph with --format text', async () => {
    const run = await digest('--target', 'Oyun Dashdorj', '--category', 'support', '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Digest: SUPPORT events towards Oyun Dashdorj\n\nLeaders of Kenya, Peru and Norway /);
    expect(run.stdout).toContain('From Norway, Prime Minister Erik Haugland congratulated Oyun Dashdorj in a message on 4 March 2026 [1].');
    expect(run.stdout).not.toContain('##');
  });

  it('filters by source, country and dates', async () => {
    const source = await digest('--source', 'Ana Quispe', '--category', 'CONSULT');
    expect(source.stdout).toContain('held talks with Tomas Ibarra on 5 March 2026');
    expect(source.stdout).not.toContain('Kenya');
    const country = await digest('--country', 'NOR');
    expect(country.stdout).toContain('## Norway');
    expect(country.stdout).not.toContain('## Kenya');
    const until = await digest('--target', 'Oyun Dashdorj', '--until', '2026-03-03', '--category', 'SUPPORT');
    expect(until.stdout).not.toContain('Erik Haugland');
    expect(until.stdout).toContain('Ana Quispe');
  });

  it('writes the digest to --output and nothing to standard output', async () => {
    const file = join(dir, 'round.md');
    const run = await digest('--target', 'Oyun Dashdorj', '--category', 'SUPPORT', '--output', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('## Sources');
  });

  it('says plainly when nothing matches, and exits 0', async () => {
    const run = await digest('--target', 'Nobody Atall');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No events towards Nobody Atall are in the ledger.');
    expect(run.stderr).toContain('no actor matches "Nobody Atall"');
  });

  const invalid: [string, string[], RegExp][] = [
    ['an unknown category', ['--category', 'SUPPORT,PRAISE'], /--category.*PRAISE/],
    ['an impossible date', ['--since', '2026-13-01'], /--since.*2026-13-01/],
    ['a malformed date', ['--until', 'yesterday'], /--until.*yesterday/],
    ['an unknown format', ['--format', 'pdf'], /--format.*pdf/],
    ['a country that is not ISO3', ['--country', 'Russia'], /--country/],
  ];
  for (const [what, args, message] of invalid) {
    it(`rejects ${what} in one line with exit code 2`, async () => {
      const run = await digest(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toMatch(/^error: /);
    });
  }
});
