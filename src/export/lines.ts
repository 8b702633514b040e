// The loop every line-based format shares: an optional header, one line per item, progress
// after each, and on failure nothing more written (the caller discards a half file).
import { TextSink } from './sink.js';
import type { ExportResult, WriteOptions } from './types.js';

export interface LineFormat<T> {
  header?: string;
  /** The item as one line, with its line break. */
  line(item: T): string;
}

export async function writeLines<T>(items: AsyncIterable<T>, out: NodeJS.WritableStream, options: WriteOptions, format: LineFormat<T>): Promise<ExportResult> {
  const sink = new TextSink(out);
  let written = 0;
  try {
    if (format.header !== undefined) await sink.write(format.header);
    for await (const item of items) {
      await sink.write(format.line(item));
      written += 1;
      options.onEvent?.(written);
    }
    await sink.close();
  } catch (error) {
    sink.detach();
    throw error;
  }
  return { events: written };
}
