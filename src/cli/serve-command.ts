// `attache serve`: the HTTP API (and the web explorer, once built) over the ledger. Reads are
// open; writes need ATTACHE_TOKEN, sent as "Authorization: Bearer <token>". On Ctrl-C or
// SIGTERM the server stops taking requests, finishes those under way, and closes the ledger
// (a PGlite folder left open may need recovery on the next start). The log is pino's JSON, one
// object a line on stderr (Fastify's logger), for whatever collects the server's logs.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Ledger } from '../ledger/ledger.js';
import { DEFAULT_WRITES_PER_MINUTE, buildServer, parseCorsOrigins } from '../server/index.js';
import type { LedgerOptions } from './ledger-options.js';
import { addLedgerOption, openLedger } from './ledger-options.js';
import { messageOf } from '../error-message.js';

const LOG_LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

interface ServeOptions extends LedgerOptions {
  port: number;
  host: string;
  logLevel: LogLevel;
  rateLimit: number;
  corsOrigin?: string[];
  allowPrivateUrls?: boolean;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return port;
}

function parseRate(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of writes a minute (0: no limit)');
  return Number(value);
}

function parseOrigins(value: string): string[] {
  try {
    return parseCorsOrigins(value);
  } catch (error) {
    throw new InvalidArgumentError(messageOf(error));
  }
}

/**
 * ATTACHE_ALLOW_PRIVATE_URLS is read by hand: commander's env() turns a flag on for any value,
 * and ATTACHE_ALLOW_PRIVATE_URLS=0 must leave the address guard on.
 */
export function envFlag(value: string | undefined): boolean {
  return /^(?:1|true|yes|on)$/i.test(value?.trim() ?? '');
}

interface SignalWait {
  /** Resolves with the signal's name at the first SIGINT or SIGTERM. */
  signal: Promise<NodeJS.Signals>;
  /** Stops listening: Ctrl-C ends the process the usual way again. */
  dispose(): void;
}

function untilSignal(): SignalWait {
  let stop: (signal: NodeJS.Signals) => void = () => {};
  const dispose = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  const signal = new Promise<NodeJS.Signals>((resolve) => {
    stop = (name) => { dispose(); resolve(name); };
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { signal, dispose };
}

/** The address as a browser wants it: a wildcard host is reached at localhost. */
function displayUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}

export function serveCommand(): Command {
  const command = new Command('serve')
    .description('serve the ledger over HTTP: the JSON API (described at /openapi.json) and the web explorer when built; writes need ATTACHE_TOKEN')
    .option('--port <port>', 'TCP port (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface)', DEFAULT_HOST)
    .addOption(new Option('--log-level <level>', 'server log on stderr, JSON lines (info: a line as each request comes and goes)')
      .choices(LOG_LEVELS).default('info').env('ATTACHE_LOG_LEVEL'))
    .addOption(new Option('--rate-limit <n>', 'writes (corrections, merges, renames, ingest) one client address may make a minute; 0: no limit')
      .argParser(parseRate).default(DEFAULT_WRITES_PER_MINUTE).env('ATTACHE_RATE_LIMIT'))
    .addOption(new Option('--cors-origin <origins>', 'origins whose pages may call the API, comma-separated, or *; default: none (no CORS headers)')
      .argParser(parseOrigins).env('ATTACHE_CORS_ORIGIN'))
    .option('--allow-private-urls', 'let ingest by URL fetch private, loopback and link-local addresses (also ATTACHE_ALLOW_PRIVATE_URLS=1)');
  addLedgerOption(command);
  command.action(async (options: ServeOptions) => {
    const token = process.env.ATTACHE_TOKEN?.trim() || null;
    // Listening first on the signals: a Ctrl-C while the ledger opens still closes it cleanly.
    const stopped = untilSignal();
    let ledger: Ledger;
    try {
      ledger = await openLedger(options);
    } catch (error) {
      stopped.dispose();
      throw error;
    }
    try {
      const app = await buildServer({
        ledger,
        token,
        logger: { level: options.logLevel, stream: process.stderr },
        writesPerMinute: options.rateLimit,
        corsOrigins: options.corsOrigin ?? [],
        allowPrivateUrls: options.allowPrivateUrls === true || envFlag(process.env.ATTACHE_ALLOW_PRIVATE_URLS),
        processMetrics: true,
      });
      await app.listen({ port: options.port, host: options.host });
      const address = app.server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      // One write: whoever watches for the URL line sees the warning with it.
      process.stderr.write(`attache: serving ${ledger.db.location} at ${displayUrl(options.host, port)} (API description: /openapi.json)\n`
        + (token === null ? 'attache: writes are disabled: set ATTACHE_TOKEN to a secret to allow corrections and ingest\n' : ''));
      const signal = await stopped.signal;
      process.stderr.write(`attache: ${signal}: stopping\n`);
      await app.close();
    } finally {
      stopped.dispose();
      await ledger.close();
    }
    process.exitCode = 0;
  });
  return command;
}
