// Input "-": the whole of standard input. JSONL is recognised by its shape (every non-empty line
// a JSON object) so `cat corpus.jsonl | attache code -` works; anything else is one text
// article with id "stdin" (and may start with the ` date YYYY-MM-DD ` line like a .txt file).
import { Buffer } from 'node:buffer';
import { decodeTextBytes } from './bytes.js';
import { tooLargeMessage } from './file-checks.js';
import { documentItem, IngestError, type IngestItem, type ReaderContext } from './item.js';
import { parseJsonlLines } from './jsonl.js';
import { parseTextDocument } from './txt.js';

export const STDIN_LABEL = 'stdin';

export async function* readStdin(stream: AsyncIterable<Uint8Array | string>, context: ReaderContext): AsyncGenerator<IngestItem> {
  const text = decodeTextBytes(await readAll(stream, context.maxBytes), STDIN_LABEL);
  const lines = text.split(/\r?\n/);
  if (looksLikeJsonl(lines)) {
    yield* parseJsonlLines(lines, STDIN_LABEL, context);
  } else {
    yield documentItem(parseTextDocument(text, STDIN_LABEL, STDIN_LABEL, context));
  }
}

/** True when every non-empty line parses as a JSON object (and there is at least one). */
export function looksLikeJsonl(lines: string[]): boolean {
  let objects = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('{')) return false;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    } catch {
      return false;
    }
    objects++;
  }
  return objects > 0;
}

/** Reads the stream to its end, refusing more than `maxBytes`. */
async function readAll(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += bytes.length;
    if (size > maxBytes) throw new IngestError(tooLargeMessage(STDIN_LABEL, maxBytes));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
