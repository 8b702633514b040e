// The load test's clients, in a process of their own. Run in the server's thread, autocannon
// shared its event loop with the server: while the server worked, the clients could not open
// their connections, and the last of the 50 connections opened at the start waited for the
// server to answer every other one many times over (seconds, then timeouts) — a cost of the
// test, not of the server. In its own process, autocannon opens its connections at once and
// waits only for the server, as remote clients do. It reports back over the IPC channel.
import autocannon from 'autocannon';

/** What the parent sends: where to send which requests, for how long. */
export interface LoadClientOrder {
  url: string;
  connections: number;
  durationSeconds: number;
  timeoutSeconds: number;
  paths: string[];
  /** Past this autocannon is stopped and the run fails (it overran). */
  hardTimeoutMs: number;
  /** Characters of a non-2xx body kept: its error message. */
  bodySampleChars: number;
}

/** The answers to one path of the mix. */
export interface PathTally {
  responses: number;
  non2xx: number;
  firstNon2xx: { status: number; body: string } | null;
}

export type LoadClientReply =
  | { type: 'done'; result: autocannon.Result; tallies: PathTally[] }
  | { type: 'failed'; message: string };

/** After stop(), autocannon hands back its results at its next one-second tick; this allows for a busy loop. */
const STOP_GRACE_MS = 5_000;

/** Runs autocannon, resolving with its result or rejecting when it does not finish in `hardTimeoutMs`. */
export function runCannon(options: autocannon.Options, hardTimeoutMs: number): Promise<autocannon.Result> {
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

async function run(order: LoadClientOrder): Promise<LoadClientReply> {
  const tallies: PathTally[] = order.paths.map(() => ({ responses: 0, non2xx: 0, firstNon2xx: null }));
  try {
    const result = await runCannon({
      url: order.url,
      connections: order.connections,
      duration: order.durationSeconds,
      timeout: order.timeoutSeconds,
      requests: order.paths.map((path, i) => ({
        method: 'GET',
        path,
        onResponse: (status: number, body: string) => {
          const tally = tallies[i]!;
          tally.responses++;
          if (status < 200 || status > 299) {
            tally.non2xx++;
            tally.firstNon2xx ??= { status, body: body.slice(0, order.bodySampleChars) };
          }
        },
      })),
    }, order.hardTimeoutMs);
    return { type: 'done', result, tallies };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

if (process.send) {
  process.once('message', (order: LoadClientOrder) => {
    void run(order).then((reply) => { process.send!(reply, () => process.exit(0)); });
  });
}
