// The connection-time guard: a name that resolved to a public address for the request check
// and to a loopback one when fetch connects (DNS rebinding) is refused, and the server behind
// the loopback address never sees a request. A real HTTP server on 127.0.0.1 stands for the
// private service; host names are resolved by a stub, so nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import type { HostLookup } from '../../src/ingest/address-guard.js';
import { ADDRESS_REFUSED, addressGuard } from '../../src/ingest/address-guard.js';
import { fetchPage } from '../../src/ingest/fetch.js';
import { guardedAgent, guardedLookup } from '../../src/ingest/guarded-agent.js';
import { IngestError } from '../../src/ingest/item.js';
import type { TestServer } from './web-server.js';
import { startServer } from './web-server.js';

let server: TestServer;
let port: string;

beforeAll(async () => {
  server = await startServer({ '/secret': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('internal'); } });
  port = new URL(server.base).port;
});
afterAll(async () => { await server.close(); });

/** Answers a public address the first time it is asked about a name, loopback after that. */
function rebindingLookup(): { lookup: HostLookup; asked: string[] } {
  const asked: string[] = [];
  const lookup: HostLookup = async (hostname) => {
    asked.push(hostname);
    return asked.length === 1 ? ['93.184.216.34'] : ['127.0.0.1'];
  };
  return { lookup, asked };
}

/** guardedLookup's answer, in the shape net.connect asks for. */
function lookupWith(resolve: HostLookup, all: boolean): Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }> {
  return new Promise((done) => {
    guardedLookup(resolve)('host.example', { all } as never, (error, address, family) => { done({ error, address, family }); });
  });
}

describe('guardedLookup', () => {
  it('gives public answers through, one or all as net asks', async () => {
    const resolve: HostLookup = async () => ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'];
    expect(await lookupWith(resolve, false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    const all = await lookupWith(resolve, true);
    expect(all.address).toEqual([{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 }]);
  });

  it('refuses when any answer is not public, with an error code that says so', async () => {
    const { error } = await lookupWith(async () => ['93.184.216.34', '10.0.0.7'], true);
    expect(error?.message).toMatch(/host\.example resolves to 10\.0\.0\.7, a private address/);
    expect((error as { code?: string }).code).toBe(ADDRESS_REFUSED);
  });
});

describe('fetching through the guarded agent', () => {
  it('refuses a name that rebinds to loopback after the request check, without retrying or reaching the server', async () => {
    const { lookup, asked } = rebindingLookup();
    const agent = guardedAgent(lookup);
    try {
      const fetching = fetchPage(`http://rebind.example:${port}/secret`, { checkUrl: addressGuard({ lookup }), dispatcher: agent, retries: 2, retryDelayMs: 1 });
      await expect(fetching).rejects.toBeInstanceOf(IngestError);
      await expect(fetching).rejects.toThrow(/^http:\/\/rebind\.example:\d+\/secret: refused \(rebind\.example resolves to 127\.0\.0\.1, a loopback address/);
    } finally {
      await agent.close();
    }
    // Once for the request check, once for the one connection: a refusal is final.
    expect(asked).toEqual(['rebind.example', 'rebind.example']);
    expect(server.count('/secret')).toBe(0);
  });
});
