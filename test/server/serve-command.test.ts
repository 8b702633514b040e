// `attache serve` as a process: it prints its URL, answers on it, takes writes only with
// ATTACHE_TOKEN, and on SIGTERM or SIGINT stops and closes the ledger so the folder opens again.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/serve-command.js';
import { Ledger } from '../../src/ledger/ledger.js';

const MAIN = fileURLToPath(new URL('./serve-main.ts', import.meta.url));
const folders: string[] = [];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

/** Starts the server on a free port and waits for the line that names its URL. */
async function serve(dataDir: string, env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--data', dataDir], {
    env: { ...process.env, ...env, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => { child.on('exit', (code) => resolve(code)); });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 45 s; stderr: ${stderr}`)), 45_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exit.then((code) => { clearTimeout(timer); reject(new Error(`exited with ${code}: ${stderr}`)); });
  });
  return { child, url, stderr: () => stderr, exit };
}

describe('attache serve', () => {
  it('serves the ledger, takes writes with ATTACHE_TOKEN, and closes the ledger on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'attache-serve-'));
    folders.push(dataDir);
    const running = await serve(dataDir, { ATTACHE_TOKEN: 'serve-test-token' });
    expect(running.stderr()).not.toContain('writes are disabled');
    const health = await fetch(new URL('healthz', running.url));
    expect(await health.json()).toEqual({ status: 'ok', ledger: 'pglite' });
    const refused = await fetch(new URL('api/ingest', running.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documents: [{ text: 'x' }] }),
    });
    expect(refused.status).toBe(401);
    const ingest = await fetch(new URL('api/ingest', running.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer serve-test-token' },
      body: JSON.stringify({ documents: [{ id: 'call', date: '2026-06-02', text: 'Estonian Prime Minister Kaja Tamm held phone talks with Lithuanian President Jonas Petraitis on June 1.' }] }),
    });
    expect(await ingest.json()).toMatchObject({ added: 1 });

    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
    expect(running.stderr()).toContain('SIGTERM: stopping');
    // Closed cleanly: the folder opens again, with what was ingested.
    const ledger = await Ledger.open({ dataDir });
    try {
      const [row] = await ledger.db.query<{ n: number }>('select count(*)::int as n from documents');
      expect(row!.n).toBe(1);
    } finally {
      await ledger.close();
    }
  });

  it('says writes are disabled without ATTACHE_TOKEN, and stops on SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'attache-serve-'));
    folders.push(dataDir);
    const running = await serve(dataDir, { ATTACHE_TOKEN: '' });
    expect(running.stderr()).toContain('writes are disabled: set ATTACHE_TOKEN');
    const refused = await fetch(new URL('api/actors/1/rename', running.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x' }),
    });
    expect(refused.status).toBe(403);
    running.child.kill('SIGINT');
    expect(await running.exit).toBe(0);
  });

  it('refuses a port that is not one', async () => {
    const command = serveCommand().exitOverride().configureOutput({ writeErr: () => {} });
    await expect(command.parseAsync(['--port', '70000'], { from: 'user' })).rejects.toThrow(/port number/);
    await expect(serveCommand().exitOverride().configureOutput({ writeErr: () => {} }).parseAsync(['--log-level', 'loud'], { from: 'user' }))
      .rejects.toThrow(/loud/);
  });
});
