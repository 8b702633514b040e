// When the ingest queue is done with a batch: no job waiting, running or waiting for a retry,
// and every job of the batch ended (completed, or failed for good). Shared by the queue
// benchmark and the distributed-ingest tests, so that both wait for the same thing.
import type { QueueStatus } from '../queue/queue-status.js';

export function isQueueDrained(status: Pick<QueueStatus, 'created' | 'active' | 'retry' | 'completed' | 'failed'>, finished: number): boolean {
  return status.created + status.active + status.retry === 0 && status.completed + status.failed >= finished;
}
