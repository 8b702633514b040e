// The ingest stage: inputs (files, folders, http(s) addresses, "-" for stdin) → Document records.
// Every input is read independently: a bad input becomes one error item naming it, and
// reading goes on with the next, so one broken file never stops a batch.
import { isIsoDate } from './dates.js';
import { resolveFetchOptions } from './fetch.js';
import { statInput } from './file-checks.js';
import { listFolderFiles, KNOWN_EXTENSIONS } from './folder.js';
import { DEFAULT_MAX_BYTES, errorItem, IngestError, type IngestItem, type IngestOptions } from './item.js';
import { readFileInput } from './read-file.js';
import { readStdin, STDIN_LABEL } from './stdin.js';
import { looksLikeUrl } from './url.js';
import { readUrlListLines, type UrlListLine } from './url-list.js';
import { readUrlInput } from './web.js';
import type { WebContext } from './web-page.js';

export { makeDocument, sha256Hex, type DocumentFields } from './document.js';
export { normaliseText } from './normalise.js';
export { toIsoDate, isIsoDate } from './dates.js';
export { KNOWN_EXTENSIONS } from './folder.js';
export { DEFAULT_MAX_BYTES, IngestError, type IngestItem, type IngestOptions } from './item.js';
export {
  fetchPage,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchedPage,
  type FetchOptions,
  type PageFetchOptions,
} from './fetch.js';
export { looksLikeUrl } from './url.js';

/**
 * Reads every input in order and yields its documents, or error items for what cannot be read.
 * Throws (before reading anything) only for invalid options, e.g. a malformed `date`.
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const context = readerContext(options);
  const checkId = idChecker(context.warn);
  for (const input of inputs) {
    for await (const item of readInput(input, context, options)) yield checkId(item);
  }
}

/**
 * Reads a URL list file (one http(s) address a line, blank lines and "#" comments skipped) and
 * yields the documents of every address in turn, as readInputs does for inputs given as URLs.
 * Invalid lines become error items naming file:line; a missing or unreadable list file, one
 * error item naming it. Throws only for invalid options, before reading anything.
 */
export async function* readUrlList(path: string, options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const context = readerContext(options);
  const checkId = idChecker(context.warn);
  let lines: UrlListLine[];
  try {
    lines = await readUrlListLines(path, context.maxBytes);
  } catch (error) {
    yield toErrorItem(path, error);
    return;
  }
  for (const line of lines) {
    if (line.kind === 'invalid') yield errorItem(path, line.message);
    else for await (const item of guarded(line.url, () => readUrlInput(line.url, context))) yield checkId(item);
  }
}

/** Ids key the events downstream; two documents with one id would mix their events. */
function idChecker(warn: (msg: string) => void): (item: IngestItem) => IngestItem {
  const idOrigins = new Map<string, string>();
  return (item) => {
    if (item.kind === 'document') {
      const { id, origin } = item.document;
      const earlier = idOrigins.get(id);
      if (earlier !== undefined) warn(`duplicate document id "${id}": ${origin} and ${earlier}`);
      else idOrigins.set(id, origin);
    }
    return item;
  };
}

function readerContext(options: IngestOptions): WebContext {
  const fallbackDate = options.date ?? null;
  if (fallbackDate !== null && !isIsoDate(fallbackDate)) {
    throw new RangeError(`invalid date "${fallbackDate}" (expected YYYY-MM-DD)`);
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!(maxBytes > 0)) throw new RangeError(`invalid maxBytes ${maxBytes} (expected a positive number of bytes)`);
  // Resolved (and checked) now, so bad settings fail before anything is read, not at the first URL.
  const fetch = resolveFetchOptions({ ...options.http, maxBytes });
  return { fallbackDate, maxBytes, warn: options.onWarning ?? (() => {}), fetch };
}

async function* readInput(input: string, context: WebContext, options: IngestOptions): AsyncGenerator<IngestItem> {
  if (input === '-') {
    yield* guarded(STDIN_LABEL, () => readStdin(options.stdin ?? process.stdin, context));
    return;
  }
  if (looksLikeUrl(input)) {
    // Only http(s) is fetched; other schemes get a clear "not an http(s) URL" from the reader.
    yield* guarded(input, () => readUrlInput(input, context));
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
