// The load test of the ledger section: the HTTP API (buildServer, as `attache serve` runs it)
// on the benchmark ledger, listening on the loopback address only, hit by autocannon with many
// connections for a fixed time over a mix of reads. Every step is bounded: autocannon stops
// at its duration, a hard timeout stops it if it does not, and the server is closed however
// the run ends, so a stuck request can neither hang the benchmark nor leave a port open.
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../ledger/ledger.js';
import { buildServer } from '../server/server.js';
import type { LoadFigures, LoadOutcome, LoadRequestFigures } from './load-figures.js';
import type { LoadRequest } from './load-mix.js';
import { messageOf } from '../error-message.js';

/** The only address the benchmark's server listens on: nothing outside this machine can reach it. */
export const LOOPBACK = '127.0.0.1';
/** A request unanswered this long counts as a timeout (autocannon's default, stated here because the report prints it). */
export const REQUEST_TIMEOUT_SECONDS = 10;
/**
 * Past its duration autocannon is stopped by hand after this long: enough for the last
 * requests to reach their own timeout, short enough that a wedged run ends on its own.
 */
const HARD_TIMEOUT_GRACE_SECONDS = REQUEST_TIMEOUT_SECONDS + 20;
/** After stop(), autocannon hands back its results at its next one-second tick; this allows for a busy loop. */
const STOP_GRACE_MS = 5_000;
/** The server finishes the requests under way before it closes; past this it drops them. */
const CLOSE_TIMEOUT_MS = 15_000;
/** Characters of a non-2xx body kept for the report: its error message. */
const BODY_SAMPLE_CHARS = 200;

export interface LoadTestRequest {
  ledger: Ledger;
  requests: readonly LoadRequest[];
  seconds: number;
  connections: number;
  log: (message: string) => void;
}

/** Runs autocannon, resolving with its result or rejecting when it does not finish in `hardTimeoutMs`. */
function runCannon(options: autocannon.Options, hardTimeoutMs: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    let settled = false;
    // Declared before autocannon starts: it calls back synchronously on invalid options.
    let hardTimer: NodeJS.Timeout | undefined;
    let stopTimer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(hardTimer);
      clearTimeout(stopTimer);
      outcome();
    };
    const overran = new Error(`autocannon did not finish within ${Math.round(hardTimeoutMs / 1000)} s; stopped`);
    let overdue = false;
    const instance = autocannon(options, (error: unknown, result) => {
      // Partial figures of a run that overran would pass for a clean one: it fails instead.
      if (overdue) settle(() => reject(overran));
      else settle(() => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
    });
    if (settled) return;
    hardTimer = setTimeout(() => {
      overdue = true;
      instance.stop();
      stopTimer = setTimeout(() => settle(() => reject(overran)), STOP_GRACE_MS);
    }, hardTimeoutMs);
  });
}

/** Closes the server, dropping the connections still open if it takes longer than CLOSE_TIMEOUT_MS. */
async function closeWithin(app: FastifyInstance, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), ms); });
  try {
    if (await Promise.race([app.close().then(() => 'closed' as const), late]) === 'late') app.server.closeAllConnections();
  } finally {
    clearTimeout(timer);
  }
}

/** The tally of one request of the mix, filled in by autocannon's onResponse as answers arrive. */
function tally(request: LoadRequest, warmUpMs: number): LoadRequestFigures {
  return { name: request.name, path: request.path, warmUpMs, responses: 0, non2xx: 0, firstNon2xx: null };
}

export function loadFigures(result: autocannon.Result, mix: LoadRequestFigures[], request: Pick<LoadTestRequest, 'seconds' | 'connections'>): LoadFigures {
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]));
  return {
    host: LOOPBACK,
    connections: request.connections,
    durationSeconds: request.seconds,
    elapsedSeconds: result.duration,
    requestTimeoutSeconds: REQUEST_TIMEOUT_SECONDS,
    requests: result.requests.total,
    sent: result.requests.sent,
    // Over the whole run rather than autocannon's mean of per-second samples, which a last
    // partial second would pull down.
    requestsPerSecond: result.duration > 0 ? result.requests.total / result.duration : 0,
    latency: { p50Ms: result.latency.p50, p99Ms: result.latency.p99, maxMs: result.latency.max, meanMs: result.latency.mean },
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    mix,
  };
}

export async function runLoadTest(request: LoadTestRequest): Promise<LoadFigures> {
  const { seconds, connections, log } = request;
  // API only (no explorer files), no token (writes refused): the test is of the reads. Reads
  // are not rate-limited, so 50 connections from one address measure the server, not the limit.
  const app = await buildServer({ ledger: request.ledger, webRoot: null, logger: false, token: null });
  try {
    await app.listen({ host: LOOPBACK, port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error(`the server listens on ${String(address)}, not a TCP port`);

    // Each request twice in-process before the load: the first answer pays for cold caches and
    // the JIT, as the timed queries' warm-up runs do; the second is timed, because under load
    // every answer also waits for the others (the embedded ledger has one conversation at a
    // time), and the time alone is what says which request is the slow one.
    const mix: LoadRequestFigures[] = [];
    for (const r of request.requests) {
      await app.inject({ method: 'GET', url: r.path });
      const startedAt = performance.now();
      const answer = await app.inject({ method: 'GET', url: r.path });
      mix.push(tally(r, performance.now() - startedAt));
      if (answer.statusCode < 200 || answer.statusCode > 299) {
        log(`load: ${r.name} ${r.path} answered ${answer.statusCode} before the load: ${answer.body.slice(0, BODY_SAMPLE_CHARS)}`);
      }
    }

    log(`load: ${connections} connections for ${seconds} s against http://${LOOPBACK}:${address.port}/ over ${mix.length} kinds of read`);
    // autocannon runs in this thread, beside the server: at the tens to hundreds of requests a second
    // the ledger serves, its clients cost little next to the queries, and its onResponse
    // hook (which worker mode would take only as a module path) tallies answers per request.
    const result = await runCannon({
      url: `http://${LOOPBACK}:${address.port}`,
      connections,
      duration: seconds,
      timeout: REQUEST_TIMEOUT_SECONDS,
      requests: request.requests.map((r, i) => ({
        method: 'GET',
        path: r.path,
        onResponse: (status: number, body: string) => {
          const t = mix[i];
          if (!t) return;
          t.responses++;
          if (status < 200 || status > 299) {
            t.non2xx++;
            t.firstNon2xx ??= { status, body: body.slice(0, BODY_SAMPLE_CHARS) };
          }
        },
      })),
    }, (seconds + HARD_TIMEOUT_GRACE_SECONDS) * 1000);
    const figures = loadFigures(result, mix, request);
    log(`load: ${figures.requests.toLocaleString('en-US')} answers, ${figures.requestsPerSecond.toFixed(0)} req/s, p99 ${figures.latency.p99Ms} ms; `
      + `${figures.non2xx} non-2xx, ${figures.errors} errors, ${figures.timeouts} timeouts`);
    return figures;
  } finally {
    await closeWithin(app, CLOSE_TIMEOUT_MS);
  }
}

/**
 * The ledger section's load step: the load test on the mix of reads, skipped at 0 seconds. A
 * failure (a port that cannot be bound, a run that overran) is returned, not thrown, so that
 * the ingest and query figures measured before it still reach the report.
 */
export async function loadStep(request: LoadTestRequest): Promise<LoadOutcome> {
  if (request.seconds === 0) return { status: 'skipped' };
  try {
    return { status: 'ran', ...(await runLoadTest(request)) };
  } catch (error) {
    const message = messageOf(error);
    request.log(`load: failed: ${message}`);
    return { status: 'failed', message };
  }
}
