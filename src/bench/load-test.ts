// The load test of the ledger section: the HTTP API (buildServer, as `attache serve` runs it)
// on the benchmark ledger, listening on the loopback address only, hit by autocannon with many
// connections (in a process of its own, load-client.ts) for a fixed time over a mix of reads.
// Every step is bounded: autocannon stops
// at its duration, a hard timeout stops it if it does not, and the server is closed however
// the run ends, so a stuck request can neither hang the benchmark nor leave a port open.
import { fork } from 'node:child_process';
import type autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import type { Ledger } from '../ledger/ledger.js';
import { buildServer } from '../server/server.js';
import type { LoadFigures, LoadOutcome, LoadRequestFigures } from './load-figures.js';
import type { LoadRequest } from './load-mix.js';
import { messageOf } from '../error-message.js';
import { threadEntry } from '../workers/thread-entry.js';
import type { LoadClientOrder, LoadClientReply, PathTally } from './load-client.js';

/** The only address the benchmark's server listens on: nothing outside this machine can reach it. */
export const LOOPBACK = '127.0.0.1';
/** A request unanswered this long counts as a timeout (autocannon's default, stated here because the report prints it). */
export const REQUEST_TIMEOUT_SECONDS = 10;
/**
 * Past its duration autocannon is stopped by hand after this long: enough for the last
 * requests to reach their own timeout, short enough that a wedged run ends on its own.
 */
const HARD_TIMEOUT_GRACE_SECONDS = REQUEST_TIMEOUT_SECONDS + 20;
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

/** Longer than this past the hard timeout, the client process is taken as wedged and killed. */
const CLIENT_GRACE_MS = 15_000;

/**
 * Runs autocannon in its own process (load-client.ts) and hands back its result and the
 * answers to each path; rejects when the run fails or the process does not answer in time.
 */
function runClients(order: LoadClientOrder): Promise<{ result: autocannon.Result; tallies: PathTally[] }> {
  const entry = threadEntry('load-client', import.meta.url);
  const child = fork(entry.filename, [], { execArgv: entry.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() => reject(new Error(`the load clients did not answer within ${Math.round((order.hardTimeoutMs + CLIENT_GRACE_MS) / 1000)} s; killed`)));
    }, order.hardTimeoutMs + CLIENT_GRACE_MS);
    child.once('message', (reply: LoadClientReply) => {
      if (reply.type === 'done') settle(() => resolve(reply));
      else settle(() => reject(new Error(reply.message)));
    });
    child.once('error', (error) => settle(() => reject(error)));
    child.once('exit', (code, signal) => settle(() => reject(new Error(`the load clients ended (${signal ?? `exit code ${code}`}) before answering`))));
    child.send(order);
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
    // The clients run in a process of their own (load-client.ts): in this thread they would
    // wait for the server to open their connections.
    const { result, tallies } = await runClients({
      url: `http://${LOOPBACK}:${address.port}`,
      connections,
      durationSeconds: seconds,
      timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
      paths: request.requests.map((r) => r.path),
      hardTimeoutMs: (seconds + HARD_TIMEOUT_GRACE_SECONDS) * 1000,
      bodySampleChars: BODY_SAMPLE_CHARS,
    });
    tallies.forEach((answers, i) => {
      const t = mix[i];
      if (t) Object.assign(t, answers);
    });
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
