// What `attache jobs` reports: the ingest queue's depth by state, what has been done and how
// fast, and the dead letters with their errors. Read from pg-boss's tables in one statement
// (its documented schema; finished jobs move to the archive table after a while).
import type PgBoss from 'pg-boss';
import { BOSS_SCHEMA, DEAD_LETTER_QUEUE, INGEST_QUEUE } from './ingest-queue.js';

export interface DeadLetter {
  jobId: string;
  /** The document's id and origin (file, URL), as the readers named it. */
  document: string | null;
  origin: string | null;
  contentHash: string | null;
  error: string | null;
  diedAt: string;
}

export interface QueueStatus {
  queue: string;
  /** Waiting for a first attempt. */
  created: number;
  /** Held by a worker now. */
  active: number;
  /** Failed at least once, waiting for their next attempt. */
  retry: number;
  completed: number;
  /** Out of retries (each also in the dead-letter queue). */
  failed: number;
  /** Jobs completed in the last minute. */
  completedLastMinute: number;
  /** Jobs in the dead-letter queue; the newest of them in `deadLetters`. */
  deadLetterCount: number;
  deadLetters: DeadLetter[];
}

const S = BOSS_SCHEMA;

export async function readQueueStatus(boss: PgBoss, deadLetterLimit = 50): Promise<QueueStatus> {
  const [counts] = (await boss.getDb().executeSql(
    `with jobs as (
       select state, completed_on from ${S}.job where name = $1
       union all select state, completed_on from ${S}.archive where name = $1)
     select
       count(*) filter (where state = 'created')::int as created,
       count(*) filter (where state = 'active')::int as active,
       count(*) filter (where state = 'retry')::int as retry,
       count(*) filter (where state = 'completed')::int as completed,
       count(*) filter (where state = 'failed')::int as failed,
       count(*) filter (where state = 'completed' and completed_on > now() - interval '1 minute')::int as last_minute,
       (select count(*)::int from ${S}.job where name = $2) as dead
     from jobs`,
    [INGEST_QUEUE, DEAD_LETTER_QUEUE],
  )).rows as { created: number; active: number; retry: number; completed: number; failed: number; last_minute: number; dead: number }[];
  const dead = (await boss.getDb().executeSql(
    `select id, data->>'id' as document, data->>'origin' as origin, data->>'contentHash' as content_hash,
       output->>'message' as error, created_on
     from ${S}.job where name = $1 order by created_on desc, id limit $2`,
    [DEAD_LETTER_QUEUE, deadLetterLimit],
  )).rows as { id: string; document: string | null; origin: string | null; content_hash: string | null; error: string | null; created_on: Date }[];
  return {
    queue: INGEST_QUEUE,
    created: counts!.created,
    active: counts!.active,
    retry: counts!.retry,
    completed: counts!.completed,
    failed: counts!.failed,
    completedLastMinute: counts!.last_minute,
    deadLetterCount: counts!.dead,
    deadLetters: dead.map((row) => ({
      jobId: row.id, document: row.document, origin: row.origin, contentHash: row.content_hash, error: row.error,
      diedAt: new Date(row.created_on).toISOString(),
    })),
  };
}
