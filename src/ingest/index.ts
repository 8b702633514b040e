// The ingest stage: inputs (files, folders, "-" for stdin) → Document records.
// Every input is read independently: a bad input becomes one error item naming it, and
// reading goes on with the next, so one broken file never stops a batch.
import { isIsoDate } from './dates.js';
import { statInput } from './file-checks.js';
import { listFolderFiles, KNOWN_EXTENSIONS } from './folder.js';
import { DEFAULT_MAX_BYTES, errorItem, IngestError, type IngestItem, type IngestOptions, type ReaderContext } from './item.js';
import { readFileInput } from './read-file.js';
import { readStdin, STDIN_LABEL } from './stdin.js';

export { makeDocument, sha256Hex, type DocumentFields } from './document.js';
export { normaliseText } from './normalise.js';
export { toIsoDate, isIsoDate } from './dates.js';
export { KNOWN_EXTENSIONS } from './folder.js';
export { DEFAULT_MAX_BYTES, IngestError, type IngestItem, type IngestOptions } from './item.js';

/**
 * Reads every input in order and yields its documents, or error items for what cannot be read.
 * Throws (before reading anything) only for invalid options, e.g. a malformed `date`.
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const context = readerContext(options);
  // Ids key the events downstream; two documents with one id would mix their events.
  const idOrigins = new Map<string, string>();
  for (const input of inputs) {
    for await (const item of readInput(input, context, options)) {
      if (item.kind === 'document') {
        const { id, origin } = item.document;
        const earlier = idOrigins.get(id);
        if (earlier !== undefined) context.warn(`duplicate document id "${id}": ${origin} and ${earlier}`);
        else idOrigins.set(id, origin);
      }
      yield item;
    }
  }
}

function readerContext(options: IngestOptions): ReaderContext {
  const fallbackDate = options.date ?? null;
  if (fallbackDate !== null && !isIsoDate(fallbackDate)) {
    throw new RangeError(`invalid date "${fallbackDate}" (expected YYYY-MM-DD)`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`invalid maxBytes ${maxBytes} (expected a positive number of bytes)`);
  return { fallbackDate, maxBytes, warn: options.onWarning ?? (() => {}) };
}

async function* readInput(input: string, context: ReaderContext, options: IngestOptions): AsyncGenerator<IngestItem> {
  if (input === '-') {
    yield* guarded(STDIN_LABEL, () => readStdin(options.stdin ?? process.stdin, context));
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = (await statInput(input)).isDirectory();
  } catch (error) {
    yield toErrorItem(input, error);
    return;
  }
  if (!isDirectory) {
    yield* guarded(input, () => readFileInput(input, context));
    return;
  }
  let files = 0;
  try {
    for await (const path of listFolderFiles(input)) {
      files++;
      yield* guarded(path, () => readFileInput(path, context));
    }
  } catch (error) {
    yield toErrorItem(input, error);
    return;
  }
  if (files === 0) yield errorItem(input, `${input} contains no readable files (${KNOWN_EXTENSIONS.join(' ')})`);
}

/** Runs one reader; whatever it throws becomes an error item, after the items it already gave. */
async function* guarded(input: string, read: () => AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* read();
  } catch (error) {
    yield toErrorItem(input, error);
  }
}

function toErrorItem(input: string, error: unknown): IngestItem {
  if (error instanceof IngestError) return errorItem(input, error.message);
  // An unexpected failure inside a library: still name the input so the user can find it.
  return errorItem(input, `${input}: ${error instanceof Error ? error.message : String(error)}`);
}
