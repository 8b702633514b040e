// Exports over HTTP: the writers of src/export/ write into a PassThrough that Fastify streams
// to the client, page by page from the ledger, so an export of any size never sits in memory.
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ledgerFacts } from '../../export/event-facts.js';
import { EXPORT_FORMATS, exportEvents } from '../../export/index.js';
import type { ExportFormat } from '../../export/index.js';
import { NETWORK_LEVELS } from '../../export/network.js';
import type { NetworkLevel } from '../../export/network.js';
import { streamEvents } from '../../ledger/event-query.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { filterFromQuery } from '../filter-query.js';
import type { FilterQuery } from '../schemas.js';
import { errorResponses, filterProperties, querySchema } from '../schemas.js';

interface ExportQuery extends FilterQuery {
  format: ExportFormat;
  header: boolean;
  level?: NetworkLevel;
}

/** The download's file name extension: PLOVER JSON is one record a line. */
const EXTENSIONS: Record<ExportFormat, string> = { jsonl: 'jsonl', csv: 'csv', gdelt: 'tsv', plover: 'jsonl', graphml: 'graphml' };

const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  gdelt: 'text/tab-separated-values; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
};

export function registerExportRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context.ledger;
  app.get<{ Querystring: ExportQuery }>('/api/export', {
    schema: {
      tags: ['export'],
      summary: 'Events as JSONL, CSV, GDELT-style TSV, PLOVER JSON or a GraphML network, streamed',
      querystring: querySchema({
        format: { type: 'string', enum: [...EXPORT_FORMATS], description: 'the file format' },
        header: { type: 'boolean', default: true, description: 'csv, gdelt: a first line naming the columns' },
        level: { type: 'string', enum: [...NETWORK_LEVELS], description: 'graphml: nodes are actors (default) or countries' },
        ...filterProperties,
      }, ['format']),
      response: {
        200: {
          description: 'the export file, streamed',
          content: Object.fromEntries(EXPORT_FORMATS.map((f) => [MEDIA_TYPES[f].split(';')[0]!, { schema: { type: 'string' } }])),
        },
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const { format, header, level } = request.query;
    if (level !== undefined && format !== 'graphml') throw new HttpError(400, "parameter 'level' applies to format graphml only");
    // Checked before the first byte: once streaming has begun, the status is 200 for good.
    const filter = filterFromQuery(request.query);
    const body = new PassThrough();
    exportEvents(format, streamEvents(db, filter), body, { header, facts: ledgerFacts(db), level: level ?? 'actor' })
      // The writers never end the stream they are given (stdout is not theirs to end).
      .then(() => { body.end(); })
      .catch((error: unknown) => {
        // The client went away (Fastify destroyed the stream): nothing failed on our side.
        if (body.destroyed) {
          request.log.debug({ err: error }, 'export stopped: the client closed the connection');
          return;
        }
        // Too late for an error status: cutting the stream short tells the client it is incomplete.
        request.log.error({ err: error }, 'export failed');
        body.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    return reply
      .type(MEDIA_TYPES[format])
      .header('content-disposition', `attachment; filename="attache-events.${EXTENSIONS[format]}"`)
      .send(body);
  });
}
