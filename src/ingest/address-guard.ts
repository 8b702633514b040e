// Whether a URL may be fetched on someone else's behalf. `attache serve` fetches the addresses
// an API client sends; without this guard a client could make the server read its own
// loopback services, the cloud's metadata endpoint (169.254.169.254) or the private network
// behind it (server-side request forgery). Used as fetch.ts's `checkUrl` hook, so it runs
// before every request, redirect targets included, and refuses before any connection is made.
//
// Only public unicast addresses pass. Every address a host name resolves to must be public:
// one private answer among public ones is still a way in.
//
// This check gives the clear message before any request. The name is resolved again when the
// connection is made, and a DNS server may answer differently the second time (DNS
// rebinding): guarded-agent.ts checks the addresses actually connected to, with the same rules.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** The error code of a connection guarded-agent.ts refused: final, never worth a retry. */
export const ADDRESS_REFUSED = 'ERR_ATTACHE_ADDRESS_REFUSED';

/** All the addresses a host name resolves to (injectable so tests never ask a real resolver). */
export type HostLookup = (hostname: string) => Promise<string[]>;

export interface AddressGuardOptions {
  /** Let private, loopback and other non-public addresses through (default false). */
  allowPrivate?: boolean;
  /** Resolves host names (default: node:dns lookup, every address). */
  lookup?: HostLookup;
}

/** Why an address is refused, in words a person reads in the error ("a loopback address"). */
export type AddressKind =
  | 'unspecified' | 'loopback' | 'private' | 'link-local' | 'unique-local' | 'multicast'
  | 'shared (carrier-grade NAT)' | 'reserved' | 'documentation' | 'benchmarking' | 'non-global';

/** An address as 16 bytes; IPv4 as its IPv4-mapped IPv6 form (::ffff:a.b.c.d). */
type Bytes = Uint8Array;

export const defaultLookup: HostLookup = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.map(Number);
}

/** 16 bytes of an IPv6 address (with or without an embedded dotted quad), or null. */
function parseIPv6(text: string): Bytes | null {
  if (isIP(text) !== 6) return null;
  let groups = text;
  let tail: number[] = [];
  const lastColon = groups.lastIndexOf(':');
  if (groups.slice(lastColon + 1).includes('.')) {
    const quad = parseIPv4(groups.slice(lastColon + 1));
    if (!quad) return null;
    tail = quad;
    groups = `${groups.slice(0, lastColon + 1)}0:0`;
  }
  const [head = '', rest] = groups.split('::') as [string, string | undefined];
  const words = (part: string): number[] => (part === '' ? [] : part.split(':').map((w) => Number.parseInt(w, 16)));
  const left = words(head);
  const right = rest === undefined ? [] : words(rest);
  const all = rest === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8) return null;
  const bytes = new Uint8Array(16);
  all.forEach((word, i) => { bytes[2 * i] = word >> 8; bytes[2 * i + 1] = word & 0xff; });
  if (tail.length === 4) bytes.set(tail, 12);
  return bytes;
}

/** Any IP address (IPv4, IPv6, either in URL brackets, an IPv6 zone dropped) as 16 bytes. */
export function addressBytes(address: string): Bytes | null {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  const v4 = parseIPv4(bare);
  if (v4) return Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4]);
  return parseIPv6(bare);
}

interface Range {
  prefix: Bytes;
  bits: number;
  kind: AddressKind;
}

function range(cidr: string, kind: AddressKind): Range {
  const [address = '', length = ''] = cidr.split('/');
  const prefix = addressBytes(address);
  if (!prefix) throw new Error(`bad range ${cidr}`);
  // IPv4 ranges are matched in their mapped form, 96 bits further on.
  const bits = Number(length) + (address.includes(':') ? 0 : 96);
  return { prefix, bits, kind };
}

function inRange(bytes: Bytes, { prefix, bits }: Range): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((bytes[bit / 8]! ^ prefix[bit / 8]!) & mask) !== 0) return false;
  }
  return true;
}

/** IPv4 blocks that are not public unicast (IANA's special-purpose registry, RFC 6890 and later). */
const IPV4_REFUSED: readonly Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'shared (carrier-grade NAT)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'),
  range('192.0.2.0/24', 'documentation'),
  range('192.88.99.0/24', 'reserved'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('198.51.100.0/24', 'documentation'),
  range('203.0.113.0/24', 'documentation'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

/** IPv6 blocks named for the message; anything else outside 2000::/3 is refused as non-global. */
const IPV6_REFUSED: readonly Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('fc00::/7', 'unique-local'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'private'),
  range('ff00::/8', 'multicast'),
  range('2001:db8::/32', 'documentation'),
  range('3fff::/20', 'documentation'),
  // IETF protocol assignments, Teredo among them: tunnels to addresses this check cannot see.
  range('2001::/23', 'reserved'),
];

const MAPPED = range('::ffff:0:0/96', 'reserved');
const NAT64 = range('64:ff9b::/96', 'reserved');
const SIX_TO_FOUR = range('2002::/16', 'reserved');
const GLOBAL_UNICAST = range('2000::/3', 'reserved');

function ipv4Kind(bytes: Bytes): AddressKind | null {
  return IPV4_REFUSED.find((r) => inRange(bytes, r))?.kind ?? null;
}

/** The IPv4 address an IPv6 one carries (NAT64 and 6to4 reach it), as mapped bytes. */
function mapped(a: number, b: number, c: number, d: number): Bytes {
  return Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, a, b, c, d]);
}

/**
 * Why an IP address may not be fetched, or null when it is public. Not an IP address at all:
 * 'reserved' (refused: only an address this module can read is let through).
 */
export function refusedKind(address: string): AddressKind | null {
  const bytes = addressBytes(address);
  if (!bytes) return 'reserved';
  if (inRange(bytes, MAPPED)) return ipv4Kind(bytes);
  if (inRange(bytes, NAT64)) return ipv4Kind(mapped(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!));
  if (inRange(bytes, SIX_TO_FOUR)) return ipv4Kind(mapped(bytes[2]!, bytes[3]!, bytes[4]!, bytes[5]!));
  const named = IPV6_REFUSED.find((r) => inRange(bytes, r));
  if (named) return named.kind;
  return inRange(bytes, GLOBAL_UNICAST) ? null : 'non-global';
}

export function isPublicAddress(address: string): boolean {
  return refusedKind(address) === null;
}

// "an unspecified", but "a unique-local".
const article = (kind: AddressKind): string => (/^(?:[aeio]|un(?!i))/.test(kind) ? 'an' : 'a');

/** Throws when `address` is not public; `host` is what the URL named, if it was a name. */
export function checkAddress(address: string, host: string | null): void {
  const kind = refusedKind(address);
  if (kind === null) return;
  const what = host === null ? address : `${host} resolves to ${address}`;
  throw new Error(`${what}, ${article(kind)} ${kind} address: the server fetches only public addresses`);
}

/**
 * A `checkUrl` hook: resolves when `url` may be fetched, throws an Error saying why not
 * otherwise. Schemes other than http and https are always refused.
 */
export function addressGuard(options: AddressGuardOptions = {}): (url: URL) => Promise<void> {
  const resolve = options.lookup ?? defaultLookup;
  return async (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${url.protocol} is not http or https`);
    if (options.allowPrivate) return;
    // The URL parser has already turned "0x7f.1" and "2130706433" into 127.0.0.1.
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) !== 0) {
      checkAddress(host, null);
      return;
    }
    const name = host.toLowerCase().replace(/\.$/, '');
    // RFC 6761: these names are the machine itself whatever a resolver says; refused unasked.
    if (name === 'localhost' || name.endsWith('.localhost')) throw new Error(`${host} is this machine: the server fetches only public addresses`);
    let addresses: string[];
    try {
      addresses = await resolve(name);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new Error(`cannot resolve ${host}${typeof code === 'string' ? ` (${code})` : ''}`);
    }
    if (addresses.length === 0) throw new Error(`cannot resolve ${host}`);
    for (const address of addresses) checkAddress(address, host);
  };
}
