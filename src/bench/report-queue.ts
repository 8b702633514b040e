// The queue section's lines of the text report: what was enqueued and what each worker runs,
// then one line per worker count, and the scaling over one worker.
import { queueScaling, type QueueFigures, type QueueRun } from './queue-figures.js';
import { integer, line, megabytes, seconds } from './report-units.js';

/** The first article's wait: the workers' start-up, which the run's rate includes. */
const firstStored = (run: QueueRun): string => (run.firstStoredSeconds === null ? 'n/a' : seconds(run.firstStoredSeconds));

export function formatQueue(q: QueueFigures): string[] {
  if (q.status === 'not measured') return [q.title, line('not measured', q.reason)];
  const { corpus } = q;
  const lines = [
    q.title,
    line('corpus', `${integer(corpus.articles)} articles, ${integer(corpus.sentences)} sentences, ${megabytes(corpus.bytes)} of JSONL, seed "${corpus.seed}"; `
      + 'enqueued into a fresh database for each run'),
    line('each worker', `${q.workerCommand}: ${q.workerDescription}`),
    line('server', q.server),
    line('time', 'from spawning the workers (start-up and loading the coder included) until no job is left and every article is stored'),
  ];
  for (const run of q.runs) {
    const label = `${String(run.workers).padStart(2)} worker${run.workers === 1 ? '' : 's'}`;
    const scaling = queueScaling(q.runs, run);
    lines.push(`  ${label.padEnd(15)}${integer(run.articlesPerSecond).padStart(6)} articles/s, ${integer(run.eventsPerSecond)} events/s `
      + `(${seconds(run.seconds)}${scaling === null || run.workers === 1 ? '' : `, ${scaling.toFixed(2)}× 1 worker`}); `
      + `stored ${integer(run.documents)} documents, ${integer(run.events)} events; first stored after ${firstStored(run)}; `
      + `enqueue ${seconds(run.enqueueSeconds)}`);
  }
  return lines;
}
