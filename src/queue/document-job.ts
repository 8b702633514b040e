// A job's data: the Document as the readers made it (text normalised, content hashed), not
// yet coded, so that a worker codes exactly what a single-process ingest would have coded.
import type { Document } from '../types.js';

export type DocumentJobData = Document;

const TEXT_FIELDS = ['id', 'origin', 'text', 'lang', 'contentHash'] as const;
const NULLABLE_FIELDS = ['url', 'title', 'published'] as const;

/**
 * The document in a job's data, checked field by field: the queue lives in a database anyone
 * with access can write to, and a malformed job must fail with a message that says why.
 */
export function documentOfJob(data: unknown): Document {
  if (typeof data !== 'object' || data === null) throw new TypeError('the job holds no document');
  const record = data as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    if (typeof record[field] !== 'string') throw new TypeError(`the job's document has no ${field}`);
  }
  for (const field of NULLABLE_FIELDS) {
    if (record[field] !== null && typeof record[field] !== 'string') throw new TypeError(`the job's document has an invalid ${field}`);
  }
  return {
    id: record.id as string, origin: record.origin as string, url: record.url as string | null, title: record.title as string | null,
    published: record.published as string | null, text: record.text as string, lang: record.lang as string,
    contentHash: record.contentHash as string,
  };
}
