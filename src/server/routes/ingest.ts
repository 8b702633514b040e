// POST /api/ingest, behind the token: articles given as JSON, or http(s) addresses of
// articles and feeds to fetch, coded and stored one transaction each, as `attache ingest` does.
// Each answers with its own status, so one bad article never hides what happened to the rest.
// Addresses are fetched only if public (src/ingest/address-guard.ts, unless the server allows
// private ones): the server must not become a way into its own network.
import type { FastifyInstance } from 'fastify';
import { extractHtmlArticle } from '../../ingest/html.js';
import type { IngestItem } from '../../ingest/index.js';
import { IngestError, makeDocument, readInputs, toIsoDate } from '../../ingest/index.js';
import { splitDateLine } from '../../ingest/txt.js';
import type { IngestResponse, IngestResult } from '../../read-models.js';
import type { Document } from '../../types.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { bearerSecurity, writeErrorResponses } from '../schemas.js';

export type { IngestResponse, IngestResult } from '../../read-models.js';

export const INGEST_BODY_LIMIT = 5 * 1024 * 1024;
const MAX_DOCUMENTS = 1000;
const MAX_URLS = 100;

/**
 * How a document's `text` is read: as is ("text"), as a .txt file is (an optional first line
 * ` date YYYY-MM-DD ` gives the date), or as a whole HTML page (main text through Readability,
 * title and date from the page's metadata unless given). The explorer sends dropped files so,
 * and they are read exactly as `attache ingest` reads the same files.
 */
export const DOCUMENT_FORMATS = ['text', 'txt', 'html'] as const;
export type DocumentFormat = typeof DOCUMENT_FORMATS[number];

interface DocumentInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  date?: string;
  format?: DocumentFormat;
}

interface IngestBody {
  documents?: DocumentInput[];
  urls?: string[];
}

const documentSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200, description: 'the document\'s key (default: "api-" and the start of its content hash)' },
    text: { type: 'string', minLength: 1, description: 'the article\'s text' },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000, description: 'where it was published; a changed article at a known URL replaces the old one' },
    date: { type: 'string', maxLength: 100, description: 'the article\'s date (YYYY-MM-DD or any recognisable date); relative dates in the text resolve against it' },
    format: {
      type: 'string', enum: [...DOCUMENT_FORMATS], default: 'text',
      description: 'how `text` is read: as is; "txt" as a .txt file (an optional first line " date YYYY-MM-DD " gives the date); "html" as a whole page (main text through Readability, title and date from its metadata unless given)',
    },
  },
} as const;

/** The article as a Document; a date that cannot be read is an error, not silently no date. */
function documentOf(input: DocumentInput, index: number): Document {
  if (input.date !== undefined && toIsoDate(input.date) === null) {
    throw new HttpError(400, `documents[${index}]: unreadable date "${input.date}" (expected YYYY-MM-DD)`);
  }
  let { text } = input;
  let title = input.title ?? null;
  let published = input.date ?? null;
  if (input.format === 'html') {
    let page: ReturnType<typeof extractHtmlArticle>;
    try {
      page = extractHtmlArticle(text, `documents[${index}]`);
    } catch (error) {
      // A page refused as unreadable (nested too deeply) is the client's input, not a server fault.
      if (error instanceof IngestError) throw new HttpError(400, error.message);
      throw error;
    }
    text = page.text;
    title ??= page.title;
    published ??= page.published;
  } else if (input.format === 'txt') {
    // An impossible date on the date line is dropped, as `attache ingest` drops it (with a warning there).
    const dated = splitDateLine(text, `documents[${index}]`, () => {});
    text = dated.text;
    published ??= dated.date;
  }
  const document = makeDocument({ id: input.id ?? 'api', origin: 'api', text, url: input.url ?? null, title, published });
  if (document.text === '') throw new HttpError(400, `documents[${index}]: the text is empty${input.format === 'html' ? ' (no text in the page)' : ''}`);
  // The same text gets the same key, so that sending it again changes nothing.
  return input.id === undefined ? { ...document, id: `api-${document.contentHash.slice(0, 12)}` } : document;
}

export function registerIngestRoutes(app: FastifyInstance, context: ServerContext): void {
  const { ledger } = context;

  /** Codes and stores one document, unless its content is stored already (then coding is skipped). */
  async function store(document: Document, input: string): Promise<IngestResult> {
    try {
      const [existing] = await ledger.db.query<{ id: number }>('select id from documents where content_hash = $1', [document.contentHash]);
      if (existing) return { input, status: 'unchanged', doc: document.id, documentId: existing.id, events: 0 };
      const result = await ledger.store(context.coder().codeDocument(document));
      return { input, status: result.status, doc: document.id, documentId: result.documentId, events: result.events };
    } catch (error) {
      return { input, status: 'failed', doc: document.id, error: `not stored: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  app.post<{ Body: IngestBody }>('/api/ingest', {
    onRequest: context.writeGuards,
    bodyLimit: INGEST_BODY_LIMIT,
    schema: {
      tags: ['ingest'],
      summary: 'Code and store articles given as JSON, or fetched from http(s) addresses of articles or feeds',
      description: `Idempotent: an article already stored is "unchanged". At most ${MAX_DOCUMENTS} documents and ${MAX_URLS} URLs, ${INGEST_BODY_LIMIT / 1024 / 1024} MB. `
        + 'An empty body answers 400 once the token has been accepted (401 before), and changes nothing: the explorer checks a token so. '
        + 'Only http(s) addresses are fetched, and only public ones: an address that is (or whose host resolves to) a private, loopback, link-local or other non-public address fails with its own error, unless the server allows private addresses.',
      security: bearerSecurity,
      body: {
        type: 'object',
        additionalProperties: false,
        properties: {
          documents: { type: 'array', maxItems: MAX_DOCUMENTS, items: documentSchema },
          urls: { type: 'array', maxItems: MAX_URLS, items: { type: 'string', pattern: '^https?://', maxLength: 2000 } },
        },
      },
      response: {
        200: {
          type: 'object',
          description: 'what happened to each input',
          properties: {
            added: { type: 'integer' }, replaced: { type: 'integer' }, unchanged: { type: 'integer' }, failed: { type: 'integer' },
            events: { type: 'integer' },
            results: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  input: { type: 'string' }, status: { type: 'string', enum: ['added', 'unchanged', 'replaced', 'failed'] },
                  doc: { type: 'string' }, documentId: { type: 'integer' }, events: { type: 'integer' }, error: { type: 'string' },
                },
              },
            },
            warnings: { type: 'array', items: { type: 'string' } },
          },
        },
        ...writeErrorResponses,
      },
    },
  }, async (request): Promise<IngestResponse> => {
    const documents = request.body.documents ?? [];
    const urls = request.body.urls ?? [];
    if (documents.length === 0 && urls.length === 0) throw new HttpError(400, 'nothing to ingest: give "documents" or "urls"');
    // Every document is checked before any is stored: a malformed request changes nothing.
    const prepared = documents.map(documentOf);
    const response: IngestResponse = { added: 0, replaced: 0, unchanged: 0, failed: 0, events: 0, results: [], warnings: [] };
    const record = (result: IngestResult): void => {
      context.metrics.countIngested(result.status);
      response.results.push(result);
      response[result.status] += 1;
      response.events += result.events ?? 0;
    };
    for (const [index, document] of prepared.entries()) record(await store(document, `documents[${index}]`));
    if (urls.length > 0) {
      // Every address is checked before it is requested, redirect targets and feed items too.
      const items: AsyncIterable<IngestItem> = readInputs(urls, {
        http: context.fetching,
        onWarning: (message) => { response.warnings.push(message); },
      });
      for await (const item of items) {
        if (item.kind === 'error') record({ input: item.input, status: 'failed', error: item.message });
        else record(await store(item.document, item.document.url ?? item.document.origin));
      }
    }
    return response;
  });
}
