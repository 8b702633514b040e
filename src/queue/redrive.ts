// Sending dead letters back: once the cause of a document's failures is fixed (a database
// that was full, a bug in a release since replaced), `attache jobs --retry-dead` gives each
// dead document another run. The document's own job is put back to retry, with one attempt
// more, where pg-boss still has it as failed; where it has been archived, the document is
// enqueued again under the same id. The dead letter is deleted only after that, so a redrive
// cut short leaves every document either queued or still in the dead-letter queue.
import type PgBoss from 'pg-boss';
import { BOSS_SCHEMA, DEAD_LETTER_QUEUE, DEFAULT_RETRY, INGEST_QUEUE } from './ingest-queue.js';
import { isContentHash, jobIdOf } from './job-id.js';

export interface RedriveRun {
  /** Failed jobs put back to retry. */
  retried: number;
  /** Documents whose failed job had been archived, enqueued again. */
  resent: number;
  /** Dead letters whose document was queued, running or done already (nothing to send). */
  alreadyQueued: number;
  /** Dead letters that do not hold a document (not ours): left where they are. */
  skipped: number;
}

interface DeadRow {
  id: string;
  content_hash: string | null;
}

export async function redriveDeadLetters(boss: PgBoss, onLetter: (run: RedriveRun) => void = () => {}): Promise<RedriveRun> {
  const run: RedriveRun = { retried: 0, resent: 0, alreadyQueued: 0, skipped: 0 };
  const letters = (await boss.getDb().executeSql(
    `select id, data->>'contentHash' as content_hash from ${BOSS_SCHEMA}.job where name = $1 order by created_on, id`,
    [DEAD_LETTER_QUEUE],
  )).rows as DeadRow[];
  for (const letter of letters) {
    if (letter.content_hash === null || !isContentHash(letter.content_hash)) {
      run.skipped += 1;
      onLetter(run);
      continue;
    }
    const jobId = jobIdOf(letter.content_hash);
    const job = await boss.getJobById(INGEST_QUEUE, jobId);
    if (job?.state === 'failed') {
      await boss.retry(INGEST_QUEUE, jobId);
      run.retried += 1;
    } else if (job) {
      run.alreadyQueued += 1;
    } else {
      const dead = await boss.getJobById(DEAD_LETTER_QUEUE, letter.id);
      // Archived: the id is free again; the settings are the defaults, the first ones being gone.
      await boss.send(INGEST_QUEUE, dead?.data ?? {}, {
        id: jobId,
        retryLimit: DEFAULT_RETRY.retryLimit,
        retryDelay: DEFAULT_RETRY.retryDelaySeconds,
        retryBackoff: DEFAULT_RETRY.retryBackoff,
        expireInSeconds: DEFAULT_RETRY.expireSeconds,
        deadLetter: DEAD_LETTER_QUEUE,
      });
      run.resent += 1;
    }
    await boss.deleteJob(DEAD_LETTER_QUEUE, letter.id);
    onLetter(run);
  }
  return run;
}
