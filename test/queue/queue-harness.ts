// What the distributed-ingest tests share: databases of their own on the test server, a
// generated corpus, worker processes running the built CLI, a bounded wait for the queue to
// drain, and the ledger's content by value (never by id) to compare two ledgers with.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { CLI_PATH, startCli } from '../../src/bench/cli-process.js';
import type { CliProcess } from '../../src/bench/cli-process.js';
import { articleStream, writeJsonlCorpus } from '../../src/bench/jsonl-corpus.js';
import { isQueueDrained } from '../../src/bench/queue-drain.js';
import { createScratchDatabase, dropScratchDatabase, scratchDatabaseName } from '../../src/bench/scratch-database.js';
import { closeIngestQueue, openIngestQueue } from '../../src/queue/ingest-queue.js';
import { readQueueStatus } from '../../src/queue/queue-status.js';
import type { QueueStatus } from '../../src/queue/queue-status.js';
import { projectRoot } from '../shared-paths.js';

// The CLI processes are the benchmark's (src/bench/cli-process.ts), so that both start and stop
// them alike. stopWorkers: SIGTERM to each worker still running, their runs once ended (10 s at
// most each, then SIGKILL).
export { runCliProcess, startCli, stopProcesses as stopWorkers } from '../../src/bench/cli-process.js';
export type { CliProcess, CliRun } from '../../src/bench/cli-process.js';

export const CLI = CLI_PATH;
/** The tests run the built CLI (`npm install` builds it); without a build they cannot run. */
export const hasBuild = existsSync(join(projectRoot, 'dist', 'cli', 'main.js'));

function adminUrl(): string {
  const url = process.env.ATTACHE_TEST_ADMIN_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error('no PostgreSQL server (DATABASE_URL)');
  return url;
}

/** Databases made by `createDatabase`, dropped by `dropDatabases`. */
const made: string[] = [];

/** A new empty database on the test server; resolves to its URL. */
export async function createDatabase(label: string): Promise<string> {
  const name = scratchDatabaseName(`attache_queue_${label}`);
  const url = await createScratchDatabase(adminUrl(), name);
  made.push(name);
  return url;
}

/** Folders made by `writeCorpus`. */
const corpusFolders: string[] = [];

/** Drops the databases and removes the corpora this test file made. */
export async function dropDatabases(): Promise<void> {
  while (made.length > 0) await dropScratchDatabase(adminUrl(), made.pop()!).catch(() => {});
  while (corpusFolders.length > 0) rmSync(corpusFolders.pop()!, { recursive: true, force: true });
}

/** A JSONL corpus of `count` generated articles (the benchmark's generator), in a temporary folder. */
export async function writeCorpus(count: number, seed = 'attache-queue-test'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'attache-queue-'));
  corpusFolders.push(folder);
  const path = join(folder, `corpus-${count}.jsonl`);
  await writeJsonlCorpus(path, articleStream(seed), count);
  return path;
}

/** Worker settings for tests: quick polling, and expired jobs returned to the queue within a second or two. */
export const TEST_WORKER_ARGS = ['worker', '--poll-seconds', '1', '--maintenance-seconds', '1'];

export function startWorkers(url: string, count: number, extra: readonly string[] = []): CliProcess[] {
  return Array.from({ length: count }, () => startCli(url, [...TEST_WORKER_ARGS, ...extra]));
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  const boss = await openIngestQueue(url, { maintain: false, onError: () => {} });
  try {
    return await readQueueStatus(boss);
  } finally {
    await closeIngestQueue(boss);
  }
}

/**
 * Waits until no job waits, runs or waits for a retry and `finished` jobs have ended
 * (completed or failed), `timeoutMs` at most; resolves to the last status seen.
 */
export async function waitForQueueDrained(url: string, finished: number, timeoutMs: number): Promise<QueueStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await queueStatus(url).catch(() => null);
    if (status && isQueueDrained(status, finished)) return status;
    if (Date.now() > deadline) throw new Error(`the queue did not drain in ${timeoutMs} ms: ${JSON.stringify(status)}`);
    await sleep(1000);
  }
}

/** Waits until `check` holds, `timeoutMs` at most. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!await check().catch(() => false)) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(250);
  }
}

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function countRows(url: string, sql: string): Promise<number> {
  return onDatabase(url, async (client) => Number((await client.query(sql)).rows[0].count));
}

export interface LedgerContent {
  documents: unknown[];
  actors: unknown[];
  events: unknown[];
  /** Each cluster as its sorted event keys, with its counts and dates. */
  clusters: unknown[];
}

/** A ledger's content by value: ids differ between ledgers filled in different orders, content must not. */
export async function ledgerContent(url: string): Promise<LedgerContent> {
  return onDatabase(url, async (client) => {
    const rows = async (sql: string): Promise<unknown[]> => (await client.query(sql)).rows;
    return {
      documents: await rows(`select content_hash, doc_key, origin, url, title, outlet, published::text, lang, sentence_count,
        (select count(*)::int from sentences s where s.document_id = d.id) as sentences from documents d order by content_hash`),
      // Actors by identity only: a named actor's country and sector are those of the article
      // that stored it first, so they follow the order articles arrive in, with or without a
      // queue (the events' own source and target, compared below, do not).
      actors: await rows('select key, kind, merged_into is not null as merged from actors order by key'),
      events: await rows(`select e.event_key, d.content_hash, e.sentence_index, e.date, sa.key as source_actor, ta.key as target_actor,
          e.source, e.target, e.plover, e.mode, e.context, e.cameo, e.quad, e.goldstein, e.channel, e.evidence_text,
          e.evidence_start, e.evidence_end, e.confidence, e.coded, e.rejected, e.corrected
        from events e join documents d on d.id = e.document_id join actors sa on sa.id = e.source_actor_id
          left join actors ta on ta.id = e.target_actor_id
        order by e.event_key`),
      clusters: await rows(`select array_agg(e.event_key order by e.event_key) as event_keys, c.plover, c.first_date, c.last_date,
          c.events, c.articles, c.outlets
        from clusters c join events e on e.cluster_id = c.id group by c.id order by event_keys`),
    };
  });
}
