// The shapes every reader shares: what the caller passes in, what comes out, and the error
// readers throw when an input cannot be read (readInputs turns it into an error item).
import type { Document } from '../types.js';
import type { FetchOptions } from './fetch.js';

export interface IngestOptions {
  /** Fallback article date (`YYYY-MM-DD`) for inputs that do not carry their own. */
  date?: string | null;
  /** Largest input file or web page body accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  /** Requests for inputs given as http(s) addresses: timeout, retries, User-Agent, checkUrl. */
  http?: FetchOptions;
  /** Called with one-line notes that do not stop a document (duplicate ids, skipped feed items). */
  onWarning?: (msg: string) => void;
  /** Where input "-" is read from; defaults to process.stdin (injectable for tests). */
  stdin?: NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;
}

export type IngestItem =
  | { kind: 'document'; document: Document }
  /** `input` is the file, URL (or "stdin") the error belongs to; `message` is a complete
   * one-line sentence that already names it, ready to print. */
  | { kind: 'error'; input: string; message: string };

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** IngestOptions with defaults applied, as the readers receive them. */
export interface ReaderContext {
  fallbackDate: string | null;
  maxBytes: number;
  warn: (msg: string) => void;
}

/** An input that cannot be read; `message` names the input and says why in one line. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

export function documentItem(document: Document): IngestItem {
  return { kind: 'document', document };
}

export function errorItem(input: string, message: string): IngestItem {
  return { kind: 'error', input, message: oneLine(message) };
}

/** Error messages are printed one per line, so inner newlines (e.g. from parsers) are folded. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
