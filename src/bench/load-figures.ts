// The load test's figures, as the report and the targets read them. Types only, so that the
// report can be built without loading autocannon, Fastify or the ledger.

/** One kind of request in the mix, and how the server answered it under load. */
export interface LoadRequestFigures {
  /** A short name for the report: "events page", "stats". */
  name: string;
  /** Path and query string, as sent. */
  path: string;
  /** Milliseconds of one answer alone, in-process, before the load (after a first, cold one): which request is the slow one. */
  warmUpMs: number;
  /** Answers received (any status). */
  responses: number;
  /** Answers outside 200–299. */
  non2xx: number;
  /** The first such answer, for the report to say what went wrong; null when there was none. */
  firstNon2xx: { status: number; body: string } | null;
}

export interface LoadFigures {
  /** The address the server listened on: always the loopback address. */
  host: string;
  connections: number;
  /** Seconds asked for, and seconds autocannon really ran. */
  durationSeconds: number;
  elapsedSeconds: number;
  /** Seconds a request may wait for its answer before autocannon counts it as a timeout. */
  requestTimeoutSeconds: number;
  /** Requests answered within the run (any status), and requests sent. */
  requests: number;
  sent: number;
  /** Answers per second over the run. */
  requestsPerSecond: number;
  latency: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number };
  /** Answers outside 200–299, and the count of every status code seen. */
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Connection errors, timeouts included (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  mix: LoadRequestFigures[];
}

/** What the load step of the ledger section came to: skipped (--load-seconds 0), failed, or its figures. */
export type LoadOutcome =
  | { status: 'skipped' }
  | { status: 'failed'; message: string }
  | ({ status: 'ran' } & LoadFigures);
