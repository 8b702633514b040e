// `attache jobs [--json]`: the ingest queue at a glance: how many documents wait, run and wait
// for a retry, how many are done or dead, the throughput of the last minute, and the dead
// letters with their errors; `--retry-dead` first sends the dead letters back to the queue.
import { Command } from 'commander';
import { closeIngestQueue, openIngestQueue } from '../queue/ingest-queue.js';
import { readQueueStatus } from '../queue/queue-status.js';
import type { RedriveRun } from '../queue/redrive.js';
import { redriveDeadLetters } from '../queue/redrive.js';
import type { QueueStatus } from '../queue/queue-status.js';
import { queueDatabaseUrl, reportLine, wholeNumber } from './queue-options.js';

export function formatQueueStatus(status: QueueStatus): string {
  const lines = [
    `queue ${status.queue}`,
    `  waiting ${status.created}, active ${status.active}, to retry ${status.retry}`,
    `  completed ${status.completed}, failed ${status.failed}`,
    `  last minute: ${status.completedLastMinute} completed (${(status.completedLastMinute / 60).toFixed(1)} articles/s)`,
    `dead letters: ${status.deadLetterCount}`,
  ];
  for (const dead of status.deadLetters) {
    lines.push(`  ${dead.diedAt}  ${dead.origin ?? dead.document ?? dead.jobId}: ${dead.error ?? '(no error recorded)'}`);
  }
  if (status.deadLetterCount > status.deadLetters.length) lines.push(`  ... and ${status.deadLetterCount - status.deadLetters.length} more`);
  return `${lines.join('\n')}\n`;
}

export function formatRedrive(run: RedriveRun): string {
  const sent = run.retried + run.resent;
  const parts = [`${sent} dead letter${sent === 1 ? '' : 's'} sent back to the ingest queue`];
  if (run.alreadyQueued > 0) parts.push(`${run.alreadyQueued} already queued or done (removed)`);
  if (run.skipped > 0) parts.push(`${run.skipped} without a document (left)`);
  return parts.join(', ');
}

export function jobsCommand(): Command {
  const command = new Command('jobs')
    .description('the ingest queue: waiting, active and retried articles, completed and failed counts, throughput, dead letters; needs DATABASE_URL')
    .option('--json', 'one JSON object instead of text')
    .option('--limit <n>', 'dead letters to list, newest first', wholeNumber(0, 10_000), 50)
    .option('--retry-dead', 'send every dead letter back to the ingest queue for one more attempt (after fixing what made it fail), then report');
  command.action(async (options: { json?: boolean; limit: number; retryDead?: boolean }) => {
    const url = queueDatabaseUrl(command, 'jobs');
    const boss = await openIngestQueue(url, { maintain: false, onError: (error) => reportLine(`queue: ${error.message}`) });
    try {
      if (options.retryDead) {
        const run = await redriveDeadLetters(boss);
        reportLine(formatRedrive(run));
      }
      const status = await readQueueStatus(boss, options.limit);
      process.stdout.write(options.json ? `${JSON.stringify(status)}\n` : formatQueueStatus(status));
    } finally {
      await closeIngestQueue(boss);
    }
  });
  return command;
}
