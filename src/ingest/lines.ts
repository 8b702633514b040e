// Reading a byte stream line by line without holding it all in memory, with the same checks
// as whole files (binary, UTF-8) applied as the bytes go by. We split lines ourselves rather
// than through node:readline because readline decodes leniently (bad bytes silently become
// U+FFFD) and does not reliably pass stream errors to its async iterator.
import { Buffer } from 'node:buffer';
import { invalidUtf8Message, looksBinary, scanUtf8 } from './bytes.js';
import { IngestError } from './item.js';

/**
 * Decodes a stream of byte chunks as UTF-8 text, chunk by chunk. A character split between two
 * chunks is carried over. Throws IngestError naming `label` on binary data or on the first
 * invalid byte (after yielding the text before it), with its offset counted from the start of
 * the stream.
 */
export async function* decodeUtf8Chunks(chunks: AsyncIterable<Uint8Array | string>, label: string): AsyncGenerator<string> {
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // bytes of the stream before `carry`
  let first = true;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    // The control-character share is judged on the start of the stream only; NUL anywhere.
    if (looksBinary(chunk, first)) throw new IngestError(`${label} looks like a binary file`);
    first = false;
    const bytes = carry.length === 0 ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength) : Buffer.concat([carry, chunk]);
    const scan = scanUtf8(bytes);
    if (scan.invalidAt !== null) {
      // Hand on the good text first, so that every line before the bad one is still read,
      // whatever the chunk size; the line holding the bad byte is never completed.
      if (scan.invalidAt > 0) yield bytes.toString('utf8', 0, scan.invalidAt);
      throw new IngestError(invalidUtf8Message(label, offset + scan.invalidAt));
    }
    if (scan.completeUpTo > 0) yield bytes.toString('utf8', 0, scan.completeUpTo);
    carry = Buffer.from(bytes.subarray(scan.completeUpTo));
    offset += scan.completeUpTo;
  }
  if (carry.length > 0) throw new IngestError(invalidUtf8Message(label, offset));
}

/** Splits a stream of text into lines (LF or CRLF), yielding each line without its ending. */
export async function* splitLines(texts: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const text of texts) {
    pending += text;
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      yield stripCarriageReturn(pending.slice(start, newline));
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  if (pending !== '') yield stripCarriageReturn(pending);
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
