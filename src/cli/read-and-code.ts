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

export async function codeInputs(
  inputs: string[],
  options: IngestOptions,
  onDocument: (coded: CodedDocument) => void,
): Promise<CodingRun> {
  const coder = createCoder();
  const run: CodingRun = { failures: 0, documents: 0, events: 0 };
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
  }
  return run;
}
