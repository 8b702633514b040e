// Shared by `code` and `eval`: read every input, code each document (in worker threads when
// asked), report bad inputs, and hand the results on in input order.
import { readInputs } from '../ingest/index.js';
import type { IngestItem, IngestOptions } from '../ingest/index.js';
import type { Coder, CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
import type { Document } from '../types.js';
import { createCodingPool, inOrder } from '../workers/coding-pool.js';
import { startProgress } from './progress.js';

/** Documents above this size get their own progress bar while they are coded. */
const LARGE_DOCUMENT = 1_000_000;

export interface CodingRun {
  failures: number;
  documents: number;
  events: number;
}

/**
 * Progress over many documents, whose number a stream does not know in advance: a live count
 * on a terminal, a line every thousand documents otherwise.
 */
function documentCounter(): { update(run: CodingRun): void; stop(): void } {
  const started = Date.now();
  let shown = false;
  const line = (run: CodingRun): string => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return `attache: ${run.documents} documents, ${run.events} events (${(run.documents / seconds).toFixed(0)} documents/s)`;
  };
  return {
    update(run) {
      if (process.stderr.isTTY && run.documents % 20 === 0) {
        process.stderr.write(`\r${line(run)}`);
        shown = true;
      } else if (!process.stderr.isTTY && run.documents % 1000 === 0) {
        process.stderr.write(`${line(run)}\n`);
      }
    },
    stop() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

export interface CodeInputsOptions {
  /** Coding threads (0: the main thread codes every document). */
  workers?: number;
}

/**
 * Reads the inputs and codes each document, handing the results to `onDocument` in input
 * order. With threads, documents are coded in the pool a few ahead; a very large document is
 * coded in the main thread, where its progress can be shown (threads would code it silently).
 */
export async function codeInputs(
  inputs: string[],
  options: IngestOptions,
  onDocument: (coded: CodedDocument) => void,
  codeOptions: CodeInputsOptions = {},
): Promise<CodingRun> {
  const pool = createCodingPool(codeOptions.workers ?? 0);
  let mainThreadCoder: Coder | null = null;
  const run: CodingRun = { failures: 0, documents: 0, events: 0 };
  const counter = documentCounter();
  const warn = (message: string): void => { process.stderr.write(`attache: warning: ${message}\n`); };
  const codeOne = async (item: IngestItem): Promise<CodedDocument | null> => {
    if (item.kind === 'error') return null;
    const { document } = item;
    if (pool.threads > 0 && document.text.length <= LARGE_DOCUMENT) return pool.code(document);
    mainThreadCoder ??= createCoder();
    return codeWithProgress(mainThreadCoder, document);
  };
  try {
    for await (const { item, result } of inOrder(readInputs(inputs, { onWarning: warn, ...options }), codeOne, pool.ahead)) {
      if (item.kind === 'error') {
        run.failures += 1;
        process.stderr.write(`attache: error: ${item.message}\n`);
        continue;
      }
      if (result.status === 'rejected') {
        run.failures += 1;
        process.stderr.write(`attache: error: ${item.document.origin}: not coded: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}\n`);
        continue;
      }
      const coded = result.value!;
      run.documents += 1;
      run.events += coded.events.length;
      onDocument(coded);
      counter.update(run);
    }
  } finally {
    await pool.close();
  }
  counter.stop();
  return run;
}

/** Codes one document in this thread, with a progress bar of its own when it is large. */
function codeWithProgress(coder: Coder, document: Document): CodedDocument {
  const large = document.text.length > LARGE_DOCUMENT;
  const progress = large ? startProgress(`coding ${document.origin}`, document.text.length, 'chars') : null;
  const coded = coder.codeDocument(document, progress ? (done) => progress.update(done) : undefined);
  progress?.stop();
  if (large) process.stderr.write(`attache: coded ${document.origin}: ${coded.sentenceCount} sentences, ${coded.events.length} events\n`);
  return coded;
}
