// What the import view sends: each article (pasted, one line of a .jsonl file, one .txt or
// .html file) or each address is one POST /api/ingest request, so progress can be counted per
// article. Files are read in the browser (File.text()) and sent as their text; the server reads
// .txt and .html the way `attache ingest` reads those files (format "txt", "html").

/** The server's limit on one ingest request (src/server/routes/ingest.ts, INGEST_BODY_LIMIT). */
export const INGEST_BODY_LIMIT = 5 * 1024 * 1024;

export const FILE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson'] as const;

export interface DocumentInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  date?: string;
  format?: 'text' | 'txt' | 'html';
}

export type IngestBody = { documents: DocumentInput[] } | { urls: string[] };

/** One request to make, or an input already known to be unsendable (its error). */
export type ImportInput =
  | { label: string; body: IngestBody }
  | { label: string; error: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The document id a file gets, as `attache ingest` names it: its name without the extension. */
export function idFromFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).slice(0, 200);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The request, or an error when its JSON would exceed what the server takes. */
export function sized(label: string, body: IngestBody): ImportInput {
  const bytes = new Blob([JSON.stringify(body)]).size;
  if (bytes > INGEST_BODY_LIMIT) {
    return { label, error: `too large to send (${formatMegabytes(bytes)}; the server takes ${formatMegabytes(INGEST_BODY_LIMIT)} a request): ingest it with attache ingest` };
  }
  return { label, body };
}

export function pastedInput(fields: { text: string; title: string; date: string; url: string }): ImportInput {
  const document: DocumentInput = { text: fields.text };
  if (fields.title.trim()) document.title = fields.title.trim();
  if (fields.date.trim()) document.date = fields.date.trim();
  if (fields.url.trim()) document.url = fields.url.trim();
  const label = document.title ?? shorten(fields.text.trim().replace(/\s+/g, ' '), 70);
  return sized(label, { documents: [document] });
}

/** http(s) addresses, one a line; blank lines and "#" comments skipped, anything else an error. */
export function urlInputs(text: string): ImportInput[] {
  const inputs: ImportInput[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^https?:\/\/\S+$/i.test(line)) inputs.push({ label: line, error: 'not an http(s) address' });
    else inputs.push({ label: line, body: { urls: [line] } });
  }
  return inputs;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

const OPTIONAL_FIELDS = ['id', 'title', 'url', 'date'] as const;

/** One line of a JSON Lines file → its request, or an error naming the line. */
export function jsonlLineInput(line: string, label: string): ImportInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { label, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { label, error: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') return { label, error: 'no "text"' };
  const document: DocumentInput = { text: record.text };
  for (const field of OPTIONAL_FIELDS) {
    const given = record[field];
    if (typeof given === 'string' && given.trim() !== '') document[field] = field === 'id' ? given.slice(0, 200) : given;
    else if (typeof given === 'number' && field === 'id') document.id = String(given);
  }
  return sized(document.id ? `${label} (${document.id})` : label, { documents: [document] });
}

/** A dropped or chosen file → one request per article it holds (or errors). */
export async function fileInputs(file: File): Promise<ImportInput[]> {
  const extension = extensionOf(file.name);
  if (!(FILE_EXTENSIONS as readonly string[]).includes(extension)) {
    return [{ label: file.name, error: `not a file the explorer reads (${FILE_EXTENSIONS.join(', ')}); give feeds by their address` }];
  }
  if (file.size > INGEST_BODY_LIMIT && extension !== '.jsonl' && extension !== '.ndjson') {
    return [{ label: file.name, error: `too large to send (${formatMegabytes(file.size)}; the server takes ${formatMegabytes(INGEST_BODY_LIMIT)} a request): ingest it with attache ingest` }];
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return [{ label: file.name, error: `could not be read: ${error instanceof Error ? error.message : String(error)}` }];
  }
  if (extension === '.jsonl' || extension === '.ndjson') {
    const inputs: ImportInput[] = [];
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim()) inputs.push(jsonlLineInput(line, `${file.name}:${index + 1}`));
    });
    return inputs.length > 0 ? inputs : [{ label: file.name, error: 'no articles in the file' }];
  }
  if (text.trim() === '') return [{ label: file.name, error: 'the file is empty' }];
  const format = extension === '.html' || extension === '.htm' ? 'html' : 'txt';
  return [sized(file.name, { documents: [{ id: idFromFileName(file.name), text, format }] })];
}
