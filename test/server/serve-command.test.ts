// `attache serve` as a process: it prints its URL, answers on it, takes writes only with
// ATTACHE_TOKEN, and on SIGTERM or SIGINT stops and closes the ledger so the folder opens again.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { envFlag, serveCommand } from '../../src/cli/serve-command.js';
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
    const running = await serve(dataDir, { ATTACHE_TOKEN: 'serve-test-token', ATTACHE_CORS_ORIGIN: 'https://explorer.example' });
    expect(running.stderr()).not.toContain('writes are disabled');
    const health = await fetch(new URL('healthz', running.url));
    expect(await health.json()).toEqual({ status: 'ok', ledger: 'pglite' });
    const cors = await fetch(new URL('api/stats', running.url), { headers: { origin: 'https://explorer.example' } });
    expect(cors.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
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
    const metrics = await (await fetch(new URL('metrics', running.url))).text();
    expect(metrics).toMatch(/^attache_documents 1$/m);
    expect(metrics).toMatch(/^attache_ingest_documents_total\{status="added"\} 1$/m);
    expect(metrics).toContain('process_resident_memory_bytes');
    // The log: pino's JSON lines on stderr, at info by default, one as each request ends.
    const logged = running.stderr().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.find((entry) => entry.msg === 'request completed' && entry.level === 30)).toMatchObject({ reqId: expect.any(String), responseTime: expect.any(Number) });
    expect(running.stderr()).not.toContain('serve-test-token');

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
    const running = await serve(dataDir, { ATTACHE_TOKEN: '', ATTACHE_LOG_LEVEL: 'warn', ATTACHE_RATE_LIMIT: '5' });
    expect(running.stderr()).toContain('writes are disabled: set ATTACHE_TOKEN');
    // ATTACHE_LOG_LEVEL=warn: no line per request.
    expect(running.stderr()).not.toContain('incoming request');
    const refused = await fetch(new URL('api/actors/1/rename', running.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x' }),
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('5');
    const read = await fetch(new URL('api/stats', running.url), { headers: { origin: 'https://explorer.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect(running.stderr()).not.toContain('incoming request');
    running.child.kill('SIGINT');
    expect(await running.exit).toBe(0);
  });

  it('refuses a port that is not one', async () => {
    const command = serveCommand().exitOverride().configureOutput({ writeErr: () => {} });
    await expect(command.parseAsync(['--port', '70000'], { from: 'user' })).rejects.toThrow(/port number/);
    await expect(serveCommand().exitOverride().configureOutput({ writeErr: () => {} }).parseAsync(['--log-level', 'loud'], { from: 'user' }))
      .rejects.toThrow(/loud/);
    const parse = (args: string[]): Promise<unknown> => serveCommand().exitOverride().configureOutput({ writeErr: () => {} }).parseAsync(args, { from: 'user' });
    await expect(parse(['--rate-limit', 'many'])).rejects.toThrow(/whole number of writes/);
    await expect(parse(['--rate-limit', '-5'])).rejects.toThrow(/whole number of writes/);
    await expect(parse(['--cors-origin', 'explorer.example'])).rejects.toThrow(/not an origin/);
    await expect(parse(['--cors-origin', 'https://explorer.example/app'])).rejects.toThrow(/not an origin/);
  });

  it('reads ATTACHE_ALLOW_PRIVATE_URLS as on only for 1, true, yes or on', () => {
    for (const value of ['1', 'true', 'TRUE', 'yes', 'on', ' 1 ']) expect(envFlag(value), value).toBe(true);
    for (const value of [undefined, '', '0', 'false', 'no', 'off', '2']) expect(envFlag(value), String(value)).toBe(false);
  });
});
