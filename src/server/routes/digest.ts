// The digest of a filter: JSON (the Digest data, for the explorer) by default, or rendered
// as Markdown or plain text exactly as `attache digest` prints it.
import type { FastifyInstance } from 'fastify';
import { buildDigest, DIGEST_FORMATS, renderDigest } from '../../digest/index.js';
import type { DigestFormat } from '../../digest/index.js';
import type { ServerContext } from '../context.js';
import { filterFromQuery } from '../filter-query.js';
import type { FilterQuery } from '../schemas.js';
import { errorResponses, filterProperties, querySchema } from '../schemas.js';

type DigestResponseFormat = 'json' | DigestFormat;

interface DigestQuery extends FilterQuery {
  format: DigestResponseFormat;
}

const MEDIA_TYPES: Record<DigestFormat, string> = {
  markdown: 'text/markdown; charset=utf-8',
  text: 'text/plain; charset=utf-8',
};

export function registerDigestRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Querystring: DigestQuery }>('/api/digest', {
    schema: {
      tags: ['digest'],
      summary: 'A readable brief of who did what, grouped by country, citing the articles',
      description: 'format=json gives the digest as data; markdown and text give it rendered as `attache digest` prints it.',
      querystring: querySchema({
        ...filterProperties,
        format: { type: 'string', enum: ['json', ...DIGEST_FORMATS], default: 'json' },
      }),
      response: {
        200: {
          description: 'the digest: data (format json), or rendered (markdown, text)',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: true,
                properties: {
                  title: { type: 'string' }, summary: { type: 'string' }, filter: { type: 'object', additionalProperties: true },
                  countries: { type: 'array', items: { type: 'object', additionalProperties: true } },
                  sources: { type: 'array', items: { type: 'object', additionalProperties: true } },
                  eventCount: { type: 'integer' }, itemCount: { type: 'integer' }, truncated: { type: 'boolean' },
                },
              },
            },
            'text/markdown': { schema: { type: 'string' } },
            'text/plain': { schema: { type: 'string' } },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request, reply) => {
    const filter = filterFromQuery(request.query);
    const digest = await buildDigest(context.ledger.db, { filter });
    const { format } = request.query;
    // Rendered text has no field to say it stopped early (JSON has `truncated`): a header does.
    if (digest.truncated) void reply.header('x-attache-digest-truncated', String(digest.eventCount));
    if (format === 'json') return digest;
    return reply.type(MEDIA_TYPES[format]).send(renderDigest(digest, format));
  });
}
