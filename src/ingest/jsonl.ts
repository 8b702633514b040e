// JSONL articles, one JSON object a line: {"id", "text", "date"?, "url"?, "title"?}. Files are
// streamed line by line so a corpus of any size never sits in memory at once. A bad line is
// reported by file:line and skipped; the other lines still become documents.
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { toIsoDate } from './dates.js';
import { makeDocument } from './document.js';
import { checkSize, statInput } from './file-checks.js';
import { documentItem, errorItem, IngestError, type IngestItem, type ReaderContext } from './item.js';
import { decodeUtf8Chunks, splitLines } from './lines.js';

const READ_CHUNK_BYTES = 1024 * 1024;

const optionalText = z.string().nullable().optional();

/** One JSONL line. Extra fields are allowed and ignored, so richer exports can be read as is. */
const JsonlArticle = z.object({
  id: z.union([z.string().trim().min(1, 'must not be empty'), z.number().int().transform(String)]),
  text: z.string(),
  date: z
    .string()
    .nullable()
    .optional()
    .superRefine((value, ctx) => {
      if (value && toIsoDate(value) === null) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a date (expected YYYY-MM-DD)` });
    }),
  url: optionalText,
  title: optionalText,
});

/** Reads a JSONL file as a stream; yields a document or an error for each non-blank line. */
export async function* readJsonlFile(path: string, context: ReaderContext): AsyncGenerator<IngestItem> {
  const stats = await statInput(path);
  checkSize(path, stats, context.maxBytes);
  if (stats.size === 0) throw new IngestError(`${path} is empty`);
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  try {
    yield* parseJsonlLines(splitLines(decodeUtf8Chunks(stream, path)), path, context);
  } finally {
    stream.destroy();
  }
}

/** Turns lines of JSONL into items; `label` names the source in origins and messages. */
export async function* parseJsonlLines(lines: AsyncIterable<string> | Iterable<string>, label: string, context: ReaderContext): AsyncGenerator<IngestItem> {
  let lineNumber = 0;
  let articles = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    articles++;
    yield parseJsonlLine(lineNumber === 1 ? line.replace(/^\uFEFF/, '') : line, `${label}:${lineNumber}`, label, context);
  }
  if (articles === 0) throw new IngestError(`${label} is empty (no JSON lines)`);
}

/** One line → a document, or an error item whose message starts with `where` (file:line). */
export function parseJsonlLine(line: string, where: string, label: string, context: ReaderContext): IngestItem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return errorItem(label, `${where}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return errorItem(label, `${where}: expected a JSON object, got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}`);
  }
  const parsed = JsonlArticle.safeParse(json);
  if (!parsed.success) return errorItem(label, `${where}: ${describeIssues(parsed.error)}`);
  const article = parsed.data;
  const document = makeDocument({
    id: article.id,
    origin: where,
    text: article.text,
    url: article.url ?? null,
    title: article.title ?? null,
    published: toIsoDate(article.date) ?? context.fallbackDate,
  });
  if (document.text === '') return errorItem(label, `${where}: "text" is empty`);
  return documentItem(document);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      return issue.message === 'Required' ? `"${field}" is missing` : `"${field}": ${issue.message}`;
    })
    .join('; ');
}
