// Shared by `code` and `eval`: read every input, code each document, report bad inputs.
import { readInputs } from '../ingest/index.js';
import type { IngestOptions } from '../ingest/index.js';
import type { CodedDocument } from '../pipeline.js';
import { createCoder } from '../pipeline.js';
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

export async function codeInputs(
  inputs: string[],
  options: IngestOptions,
  onDocument: (coded: CodedDocument) => void,
): Promise<CodingRun> {
  const coder = createCoder();
  const run: CodingRun = { failures: 0, documents: 0, events: 0 };
  const counter = documentCounter();
  const warn = (message: string): void => { process.stderr.write(`attache: warning: ${message}\n`); };
  for await (const item of readInputs(inputs, { onWarning: warn, ...options })) {
    if (item.kind === 'error') {
      run.failures += 1;
      process.stderr.write(`attache: error: ${item.message}\n`);
      continue;
    }
    const { document } = item;
    const large = document.text.length > LARGE_DOCUMENT;
    const progress = large ? startProgress(`coding ${document.origin}`, document.text.length, 'chars') : null;
    const coded = coder.codeDocument(document, progress ? (done) => progress.update(done) : undefined);
    progress?.stop();
    if (large) process.stderr.write(`attache: coded ${document.origin}: ${coded.sentenceCount} sentences, ${coded.events.length} events\n`);
    run.documents += 1;
    run.events += coded.events.length;
    onDocument(coded);
    counter.update(run);
  }
  counter.stop();
  return run;
}
