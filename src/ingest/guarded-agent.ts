// The connection-time half of the server-side request forgery guard (address-guard.ts is the
// request-time half). fetch resolves a host name again when it connects; a DNS server that
// answered with a public address for the check can answer 127.0.0.1 now (DNS rebinding). This
// agent resolves the name itself, refuses the connection when any address is not public, and
// connects to exactly the addresses it checked, so what is checked is what is reached.
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import type { HostLookup } from './address-guard.js';
import { ADDRESS_REFUSED, checkAddress, defaultLookup } from './address-guard.js';

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net.connect: resolves with `resolve`, refuses any non-public answer. */
export function guardedLookup(resolve: HostLookup = defaultLookup) {
  return (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void => {
    resolve(hostname).then((found) => {
      const family = options.family === 4 || options.family === 6 ? options.family : 0;
      const addresses = found.filter((address) => family === 0 || isIP(address) === family);
      if (addresses.length === 0) throw Object.assign(new Error(`cannot resolve ${hostname}`), { code: 'ENOTFOUND' });
      // Every answer, not only the one used: the connection may fall back to the others.
      try {
        for (const address of found) checkAddress(address, hostname);
      } catch (error) {
        throw Object.assign(error as Error, { code: ADDRESS_REFUSED });
      }
      if (options.all === true) callback(null, addresses.map((address) => ({ address, family: isIP(address) })));
      else callback(null, addresses[0]!, isIP(addresses[0]!));
    }).catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''));
  };
}

/** An undici dispatcher for fetch whose every connection passes guardedLookup. */
export function guardedAgent(resolve?: HostLookup): Agent {
  return new Agent({ connect: { lookup: guardedLookup(resolve) } });
}
