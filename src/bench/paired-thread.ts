// One processor of the ratio section (bare wink-nlp or the coder) in a thread of its own, so
// that each has its own heap: neither's garbage collections land in the other's time. It
// regenerates the corpus from the seed and processes it block by block when told to.
import { parentPort, workerData } from 'node:worker_threads';
import { createBaselineProcessor } from './baseline.js';
import { createCoderProcessor } from './coder-processor.js';
import { generateCorpus } from './corpus.js';
import { AccumulatingTimer, Stopwatch } from './measure.js';
import type { BlockDone, BlockRequest, PairedThreadData, ThreadReady } from './paired-protocol.js';
import { warmUp } from './pass.js';
import type { Document } from '../types.js';

const data = workerData as PairedThreadData;
const port = parentPort;
if (port === null) throw new Error('paired-thread.ts runs as a worker thread');

const setup = new Stopwatch();
const processor = data.processor === 'coder' ? await createCoderProcessor() : createBaselineProcessor();
warmUp(processor, data.corpus, data.warmUpSentences);
port.postMessage({ type: 'ready', setupSeconds: setup.elapsedSeconds() } satisfies ThreadReady);

const articles = generateCorpus(data.corpus);
port.on('message', (request: BlockRequest) => {
  const block: Document[] = [];
  let exhausted = false;
  while (block.length < request.articles) {
    const next = articles.next();
    if (next.done === true) { exhausted = true; break; }
    block.push(next.value.document);
  }
  const timer = new AccumulatingTimer();
  const sentences = timer.time(() => block.reduce((sum, document) => sum + processor(document).sentences, 0));
  port.postMessage({ type: 'block', articles: block.length, sentences, seconds: timer.seconds, exhausted } satisfies BlockDone);
});
