// `attache code --workers N`: documents coded in threads come out as the main thread codes
// them, in input order, and a bad input is still reported by name.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../shared-paths.js';
import { runCli } from './run-cli.js';

const inputs = [join(projectRoot, 'test', 'fixtures', 'store', 'reports.jsonl'), join(projectRoot, 'test', 'fixtures', 'ledger'), join(projectRoot, 'examples')];

describe('attache code --workers', () => {
  it('gives the events the main thread gives, in the same order', async () => {
    const one = await runCli('code', '--jsonl', '--workers', '0', ...inputs);
    const two = await runCli('code', '--jsonl', '--workers', '2', ...inputs);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    const lines = one.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    // Documents in input order: the events' documents appear in the order the inputs list them.
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('reports an input it cannot read and codes the others', async () => {
    const missing = join(projectRoot, 'test', 'fixtures', 'no-such-file.txt');
    const result = await runCli('code', '--jsonl', '--workers', '2', missing, join(projectRoot, 'examples'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no-such-file.txt');
    expect(result.stdout.trim().split('\n').length).toBeGreaterThan(5);
  }, 120_000);
});
