// The queue that spreads an ingest over workers on several machines: pg-boss, in the ledger's
// own PostgreSQL database (schema "pgboss"), so that a distributed ingest needs no server
// beyond the one that holds the ledger. One queue of documents to code and store, and a
// dead-letter queue where a document lands, with its error, once its retries are spent.
import PgBoss from 'pg-boss';

export const INGEST_QUEUE = 'attache-ingest';
export const DEAD_LETTER_QUEUE = 'attache-ingest-dead';
/** pg-boss's schema (its default), named here because `attache jobs` reads its tables. */
export const BOSS_SCHEMA = 'pgboss';

/** How a job is retried, chosen by whoever enqueues it (pg-boss copies them into each job). */
export interface RetrySettings {
  /** Attempts after the first before the job is dead. */
  retryLimit: number;
  /** Seconds before the first retry. */
  retryDelaySeconds: number;
  /** Each retry waits about twice as long as the one before (with jitter). */
  retryBackoff: boolean;
  /**
   * Seconds a worker may hold a job before it is taken as lost (its worker died) and retried:
   * longer than the slowest document takes to code and store.
   */
  expireSeconds: number;
}

export const DEFAULT_RETRY: RetrySettings = { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireSeconds: 15 * 60 };

export interface QueueConnectionOptions {
  /**
   * Whether this process takes part in pg-boss's maintenance (returning expired jobs to the
   * queue, archiving finished ones): workers do; a command that only enqueues or reads does not.
   */
  maintain: boolean;
  /** Seconds between maintenance runs (one process runs each: pg-boss takes turns in the database). */
  maintenanceSeconds?: number;
  /** Where pg-boss's errors go (a lost connection is reported, not fatal: pg-boss reconnects). */
  onError: (error: Error) => void;
}

/** Connects to the queue, creating pg-boss's schema and the two queues if they are missing. */
export async function openIngestQueue(url: string, options: QueueConnectionOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    // A few connections: fetches, completions and maintenance; the ledger has a pool of its own.
    max: 4,
    supervise: options.maintain,
    schedule: false,
    ...(options.maintenanceSeconds === undefined ? {} : { maintenanceIntervalSeconds: options.maintenanceSeconds }),
  });
  // Without a listener an 'error' event would throw and end the process.
  boss.on('error', options.onError);
  await boss.start();
  try {
    // The dead-letter queue first: the ingest queue refers to it.
    await boss.createQueue(DEAD_LETTER_QUEUE);
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, deadLetter: DEAD_LETTER_QUEUE });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw error;
  }
  return boss;
}

/** Stops pg-boss and closes its connections; jobs this process holds are left to the caller. */
export async function closeIngestQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, wait: true });
}
