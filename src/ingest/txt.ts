// Plain-text articles. The first line may carry the article's date as ` date YYYY-MM-DD `
// (the format of the project's seed articles); whatever follows the date on that line is part
// of the article (often the headline or a photo caption) and is kept.
import { basename, extname } from 'node:path';
import type { Document } from '../types.js';
import { isIsoDate } from './dates.js';
import { makeDocument } from './document.js';
import { readTextFile } from './file-checks.js';
import { IngestError, type ReaderContext } from './item.js';

/** Leading whitespace (the space is optional), "date", the ISO date, then a space or line end. */
const DATE_LINE = /^\s*date[^\S\r\n]+(\d{4}-\d{2}-\d{2})(?=\s|$)/;

export interface DatedText {
  /** The date from the date line, or null when the text has none (or an impossible one). */
  date: string | null;
  /** The text without the `date YYYY-MM-DD` prefix; the rest of the first line is kept. */
  text: string;
}

/** Splits off the optional ` date YYYY-MM-DD ` prefix; warns about impossible dates. */
export function splitDateLine(raw: string, label: string, warn: (msg: string) => void): DatedText {
  const match = DATE_LINE.exec(raw);
  if (!match) return { date: null, text: raw };
  const date = match[1]!;
  if (!isIsoDate(date)) {
    warn(`${label}: ignoring impossible date ${date} on the date line`);
    return { date: null, text: raw.slice(match[0].length) };
  }
  return { date, text: raw.slice(match[0].length) };
}

/** One text document from already-decoded content. Throws when nothing but whitespace remains. */
export function parseTextDocument(raw: string, id: string, origin: string, context: ReaderContext): Document {
  const { date, text } = splitDateLine(raw, origin, context.warn);
  const document = makeDocument({ id, origin, text, published: date ?? context.fallbackDate });
  if (document.text === '') throw new IngestError(`${origin} is empty (only whitespace)`);
  return document;
}

export async function readTextDocumentFile(path: string, context: ReaderContext): Promise<Document> {
  const raw = await readTextFile(path, context.maxBytes);
  return parseTextDocument(raw, idFromFileName(path), path, context);
}

/** The document id of a file input: its name without the last extension ("a/b/002.txt" → "002"). */
export function idFromFileName(path: string): string {
  return basename(path, extname(path));
}
