// The address guard decides from the URL and a (stubbed) resolver alone: no test here asks a
// real DNS server or opens a connection.
import { describe, expect, it } from 'vitest';
import type { HostLookup } from '../../src/ingest/address-guard.js';
import { addressGuard, isPublicAddress, refusedKind } from '../../src/ingest/address-guard.js';

/** A resolver that knows a few invented names and fails the test if asked about any other. */
function stubLookup(table: Record<string, string[]>): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string): Promise<string[]> => {
    asked.push(hostname);
    const answer = table[hostname];
    if (!answer) throw Object.assign(new Error(`unexpected lookup of ${hostname}`), { code: 'ENOTFOUND' });
    return answer;
  };
  return Object.assign(lookup, { asked });
}

describe('refusedKind', () => {
  it('names every non-public IPv4 block', () => {
    expect(refusedKind('0.0.0.0')).toBe('unspecified');
    expect(refusedKind('127.0.0.1')).toBe('loopback');
    expect(refusedKind('127.255.255.254')).toBe('loopback');
    expect(refusedKind('10.0.0.1')).toBe('private');
    expect(refusedKind('172.16.0.1')).toBe('private');
    expect(refusedKind('172.31.255.255')).toBe('private');
    expect(refusedKind('192.168.1.1')).toBe('private');
    expect(refusedKind('169.254.169.254')).toBe('link-local');
    expect(refusedKind('100.64.0.1')).toBe('shared (carrier-grade NAT)');
    expect(refusedKind('224.0.0.1')).toBe('multicast');
    expect(refusedKind('239.255.255.250')).toBe('multicast');
    expect(refusedKind('255.255.255.255')).toBe('reserved');
    expect(refusedKind('192.0.2.10')).toBe('documentation');
    expect(refusedKind('198.18.0.1')).toBe('benchmarking');
  });

  it('lets public IPv4 through, up to the edges of the private blocks', () => {
    for (const address of ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '11.0.0.0', '223.255.255.255']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('names non-public IPv6, and reads IPv4 carried in IPv6 as that IPv4', () => {
    expect(refusedKind('::')).toBe('unspecified');
    expect(refusedKind('::1')).toBe('loopback');
    expect(refusedKind('[::1]')).toBe('loopback');
    expect(refusedKind('fe80::1')).toBe('link-local');
    expect(refusedKind('fe80::1%eth0')).toBe('link-local');
    expect(refusedKind('fc00::1')).toBe('unique-local');
    expect(refusedKind('fd12:3456:789a::1')).toBe('unique-local');
    expect(refusedKind('ff02::1')).toBe('multicast');
    expect(refusedKind('2001:db8::1')).toBe('documentation');
    // IPv4-mapped, in dotted and in hex form (the URL parser writes the hex one).
    expect(refusedKind('::ffff:127.0.0.1')).toBe('loopback');
    expect(refusedKind('::ffff:7f00:1')).toBe('loopback');
    expect(refusedKind('::ffff:169.254.169.254')).toBe('link-local');
    expect(refusedKind('::ffff:10.0.0.1')).toBe('private');
    // NAT64 and 6to4 reach the IPv4 address they carry.
    expect(refusedKind('64:ff9b::7f00:1')).toBe('loopback');
    expect(refusedKind('2002:c0a8:0101::1')).toBe('private');
    // IPv4-compatible (deprecated) and other addresses outside global unicast.
    expect(refusedKind('::127.0.0.1')).toBe('non-global');
    expect(refusedKind('100::1')).toBe('non-global');
  });

  it('lets public IPv6 through, IPv4-mapped public addresses included', () => {
    for (const address of ['2606:4700:4700::1111', '2a00:1450:4001:80e::200e', '::ffff:93.184.216.34', '64:ff9b::808:808', '2002:5db8:d822::1']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it('refuses what is not an IP address at all', () => {
    expect(refusedKind('not-an-address')).toBe('reserved');
    expect(refusedKind('1.2.3')).toBe('reserved');
  });
});

describe('addressGuard', () => {
  const refuse = async (url: string, options: Parameters<typeof addressGuard>[0] = {}): Promise<string> => {
    try {
      await addressGuard({ lookup: stubLookup({}), ...options })(new URL(url));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${url} was allowed`);
  };

  it('refuses loopback, private, link-local and metadata addresses given as IP literals, without resolving', async () => {
    const lookup = stubLookup({});
    const cases: [string, string][] = [
      ['http://127.0.0.1/', '127.0.0.1, a loopback address'],
      ['http://127.1/', '127.0.0.1, a loopback address'],
      ['http://2130706433/', '127.0.0.1, a loopback address'],
      ['http://0x7f000001:8080/admin', '127.0.0.1, a loopback address'],
      ['http://[::1]/', '::1, a loopback address'],
      ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1, a loopback address'],
      ['http://10.0.0.1/', '10.0.0.1, a private address'],
      ['http://169.254.169.254/latest/meta-data/', '169.254.169.254, a link-local address'],
      ['http://0.0.0.0/', '0.0.0.0, an unspecified address'],
      ['http://[fd00::1]/', 'fd00::1, a unique-local address'],
      ['http://[fe80::1]/', 'fe80::1, a link-local address'],
      ['http://224.0.0.251/', '224.0.0.251, a multicast address'],
      ['http://[ff02::1]/', 'ff02::1, a multicast address'],
    ];
    for (const [url, message] of cases) {
      expect(await refuse(url, { lookup }), url).toBe(`${message}: the server fetches only public addresses`);
    }
    expect(lookup.asked).toEqual([]);
  });

  it('refuses localhost by name, whatever a resolver would say', async () => {
    const lookup = stubLookup({ localhost: ['93.184.216.34'] });
    for (const url of ['http://localhost/', 'http://LOCALHOST:8080/', 'http://localhost./', 'http://api.localhost/']) {
      expect(await refuse(url, { lookup }), url).toMatch(/is this machine: the server fetches only public addresses$/);
    }
    expect(lookup.asked).toEqual([]);
  });

  it('refuses a host name when any address it resolves to is not public', async () => {
    const lookup = stubLookup({
      'internal.example': ['10.1.2.3'],
      'mixed.example': ['93.184.216.34', '192.168.0.7'],
      'rebind6.example': ['2606:4700:4700::1111', '::ffff:127.0.0.1'],
      'nothing.example': [],
    });
    expect(await refuse('https://internal.example/a', { lookup })).toBe('internal.example resolves to 10.1.2.3, a private address: the server fetches only public addresses');
    expect(await refuse('https://mixed.example/a', { lookup })).toBe('mixed.example resolves to 192.168.0.7, a private address: the server fetches only public addresses');
    expect(await refuse('https://rebind6.example/a', { lookup })).toContain('resolves to ::ffff:127.0.0.1, a loopback address');
    expect(await refuse('https://nothing.example/a', { lookup })).toBe('cannot resolve nothing.example');
    expect(await refuse('https://unknown.example/a', { lookup })).toBe('cannot resolve unknown.example (ENOTFOUND)');
  });

  it('lets public addresses and names through', async () => {
    const lookup = stubLookup({ 'news.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] });
    const guard = addressGuard({ lookup });
    await expect(guard(new URL('https://news.example/2026/talks'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://93.184.216.34/'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://[2606:4700:4700::1111]/'))).resolves.toBeUndefined();
    expect(lookup.asked).toEqual(['news.example']);
  });

  it('refuses schemes other than http(s), even when private addresses are allowed', async () => {
    for (const url of ['file:///etc/passwd', 'gopher://127.0.0.1:70/', 'ftp://example.org/a', 'data:text/plain,hi']) {
      expect(await refuse(url, { allowPrivate: true }), url).toMatch(/is not http or https$/);
    }
  });

  it('lets private addresses through when allowed, without resolving', async () => {
    const lookup = stubLookup({});
    const guard = addressGuard({ allowPrivate: true, lookup });
    for (const url of ['http://127.0.0.1:8080/', 'http://localhost/', 'http://[::1]/', 'http://intranet.example/']) {
      await expect(guard(new URL(url)), url).resolves.toBeUndefined();
    }
    expect(lookup.asked).toEqual([]);
  });
});
