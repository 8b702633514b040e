// Building the Document record: the single place where text is normalised and hashed, so
// every reader produces documents the same way.
import { createHash } from 'node:crypto';
import type { Document } from '../types.js';
import { toIsoDate } from './dates.js';
import { normaliseLine, normaliseText } from './normalise.js';

export interface DocumentFields {
  id: string;
  origin: string;
  text: string;
  url?: string | null;
  title?: string | null;
  /** Any recognisable date; stored as `YYYY-MM-DD`, or null when it cannot be read. */
  published?: string | null;
}

/** Normalises the text (offsets downstream point into it), hashes it and fills defaults. */
export function makeDocument(fields: DocumentFields): Document {
  const text = normaliseText(fields.text);
  const title = fields.title ? normaliseLine(fields.title) : '';
  const url = fields.url?.trim() ?? '';
  return {
    id: fields.id,
    origin: fields.origin,
    url: url === '' ? null : url,
    title: title === '' ? null : title,
    published: toIsoDate(fields.published),
    text,
    // Only English is read for now; the field exists so other languages can be added.
    lang: 'en',
    contentHash: sha256Hex(text),
  };
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
