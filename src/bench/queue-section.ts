// The queue section of `npm run bench`: the distributed ingest's throughput with 1, 2 and 4
// `attache worker` processes, on the PostgreSQL server DATABASE_URL names. One JSONL corpus is
// written and enqueued afresh for each run (a database of its own per run, dropped after), so
// that every run codes the same articles into an empty ledger. The built CLI is run as a user
// runs it, start-up included. Without DATABASE_URL there is nothing to measure on, and the
// section says so rather than failing the bench. Loaded only when the section runs.
import { join } from 'node:path';
import { redact } from '../ledger/database.js';
import { writeJsonlCorpus, articleStream } from './jsonl-corpus.js';
import {
  QUEUE_WORKER_ARGS, QUEUE_WORKER_COUNTS, QUEUE_WORKER_DESCRIPTION, queueNotMeasured, type QueueFigures, type QueueRun,
} from './queue-figures.js';
import { timedQueueRun } from './queue-run.js';
import { serverVersion } from './scratch-database.js';
import type { BenchContext } from './sections.js';
import { withTempDir } from './temp-dir.js';

export async function runQueueSection(context: BenchContext, name: string, title: string): Promise<QueueFigures> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const figures = queueNotMeasured(name, title);
    context.log(`queue: not measured: ${figures.reason}`);
    return figures;
  }
  const seed = `${context.corpus.seed}:queue`;
  const { articles } = context.queue;
  return withTempDir('attache-bench-queue-', async (dir) => {
    context.log(`queue: writing ${articles.toLocaleString('en-US')} articles as JSONL in ${dir}`);
    const corpus = await writeJsonlCorpus(join(dir, 'corpus.jsonl'), articleStream(seed), articles);
    const server = `PostgreSQL ${await serverVersion(adminUrl)} at ${redact(adminUrl)}`;
    const runs: QueueRun[] = [];
    for (const workers of QUEUE_WORKER_COUNTS) {
      runs.push(await timedQueueRun({ context, adminUrl, corpusPath: corpus.path, articles: corpus.articles, workers }));
    }
    return {
      kind: 'queue', status: 'measured', name, title,
      corpus: { seed, articles: corpus.articles, sentences: corpus.sentences, bytes: corpus.bytes },
      workerCommand: `attache ${QUEUE_WORKER_ARGS.join(' ')}`, workerDescription: QUEUE_WORKER_DESCRIPTION,
      server, runs,
    };
  });
}
