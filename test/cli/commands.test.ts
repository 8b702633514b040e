// The explain and eval commands, end to end through the CLI.
import { describe, expect, it } from 'vitest';
import { hasShared, seedsGold, seedsDir } from '../shared-paths.js';
import { runCli } from './run-cli.js';

describe('attache explain', () => {
  it('shows tokens, actors, the pattern that fired and the event', async () => {
    const result = await runCli('explain', 'Kenyan President William Ruto praised Tanzania for its support.', '--date', '2026-02-02');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tokens (text/POS/lemma):');
    expect(result.stdout).toMatch(/"Kenyan President William Ruto" \[named\] → William Ruto \(person, KEN, GOV, President\)/);
    expect(result.stdout).toMatch(/"praised": verb "praised" \(rule praise\) → SUPPORT 051: William Ruto → TZA/);
    expect(result.stdout).toMatch(/2026-02-02\s+William Ruto \(KEN, GOV\)\s+SUPPORT/);
  });

  it('says why a negated event was dropped', async () => {
    const result = await runCli('explain', 'Kenya did not accuse Uganda of anything.');
    expect(result.stdout).toMatch(/dropped: negated by "not"/);
  });

  it('refuses empty text', async () => {
    const result = await runCli('explain', '   ');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing to explain/);
  });
});

describe.skipIf(!hasShared)('attache eval on the seeds (skipped without ../shared)', () => {
  it('prints both levels and channel and date accuracy, and JSON on request', async () => {
    const text = await runCli('eval', '--gold', seedsGold, seedsDir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Country level/);
    expect(text.stdout).toMatch(/Person level/);
    expect(text.stdout).toMatch(/Channel accuracy/);
    const json = await runCli('eval', '--gold', seedsGold, seedsDir, '--json');
    const report = JSON.parse(json.stdout) as { format: string; country: { overall: { f1: number } } };
    expect(report.format).toBe('documents');
    expect(report.country.overall.f1).toBeGreaterThan(0.5);
  });

  it('fails clearly on a gold file that does not exist', async () => {
    const result = await runCli('eval', '--gold', '/nonexistent/gold.jsonl');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/gold\.jsonl/);
  });
});
