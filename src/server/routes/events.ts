// Reading events: the filtered, paged list behind the explorer's table, one event with its
// cluster (every report of the same happening), one cluster, and one document with the spans
// of its events for highlighting.
import type { FastifyInstance } from 'fastify';
import type { EventSort, StoredEvent } from '../../ledger/event-query.js';
import { countEvents, EVENT_SORTS, queryEvents } from '../../ledger/event-query.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { filterFromQuery } from '../filter-query.js';
import { clusterView, documentView, eventById } from '../lookups.js';
import type { FilterQuery, IdParams, Page, PageQuery } from '../schemas.js';
import { errorResponses, eventSchema, filterProperties, idParams, pageProperties, pageSchema, querySchema } from '../schemas.js';

interface EventsQuery extends FilterQuery, PageQuery {
  sort: EventSort;
}

const clusterSchema = {
  type: 'object',
  description: 'one happening as several reports tell it',
  properties: {
    id: { type: 'integer' },
    plover: { type: 'string' },
    source: { type: 'object', additionalProperties: true },
    target: { type: ['object', 'null'], additionalProperties: true },
    firstDate: { type: ['string', 'null'] },
    lastDate: { type: ['string', 'null'] },
    eventCount: { type: 'integer' },
    articleCount: { type: 'integer' },
    outletCount: { type: 'integer' },
    events: pageSchema(eventSchema, 'the cluster\'s events, oldest first'),
  },
} as const;

export function registerEventRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context.ledger;

  app.get<{ Querystring: EventsQuery }>('/api/events', {
    schema: {
      tags: ['events'],
      summary: 'Events matching a filter, paged',
      querystring: querySchema({
        ...filterProperties,
        sort: { type: 'string', enum: [...EVENT_SORTS], default: '-date', description: 'order: newest first by default' },
        ...pageProperties,
      }),
      response: { 200: pageSchema(eventSchema, 'a page of events'), ...errorResponses },
    },
  }, async (request): Promise<Page<StoredEvent>> => {
    const { limit, offset, sort } = request.query;
    const filter = filterFromQuery(request.query);
    const total = await countEvents(db, filter);
    const items = await queryEvents(db, filter, { limit, offset, sort });
    return { total, limit, offset, items };
  });

  app.get<{ Params: IdParams; Querystring: PageQuery }>('/api/events/:id', {
    schema: {
      tags: ['events'],
      summary: 'One event (rejected ones too) with its cluster',
      description: 'limit and offset page the cluster\'s events.',
      params: idParams,
      querystring: querySchema({ ...pageProperties }),
      response: {
        200: {
          type: 'object',
          properties: { event: eventSchema, cluster: { ...clusterSchema, type: ['object', 'null'] } },
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const event = await eventById(db, request.params.id);
    if (!event) throw new HttpError(404, `no event ${request.params.id}`);
    // A rejected event belongs to no cluster (clusters count what analysts accept).
    const cluster = event.clusterId === null ? null : await clusterView(db, event.clusterId, request.query);
    return { event, cluster };
  });

  app.get<{ Params: IdParams; Querystring: PageQuery }>('/api/clusters/:id', {
    schema: {
      tags: ['events'],
      summary: 'One cluster: its actors, counts and events',
      params: idParams,
      querystring: querySchema({ ...pageProperties }),
      response: { 200: clusterSchema, ...errorResponses },
    },
  }, async (request) => {
    const cluster = await clusterView(db, request.params.id, request.query);
    if (!cluster) throw new HttpError(404, `no cluster ${request.params.id}`);
    return cluster;
  });

  app.get<{ Params: IdParams }>('/api/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: 'One article: its text and the events coded from it',
      description: 'Each event\'s evidence start and end are offsets into text, for highlighting.',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, doc: { type: 'string' }, url: { type: ['string', 'null'] },
            title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
            lang: { type: 'string' }, ingestedAt: { type: 'string' }, sentenceCount: { type: 'integer' }, text: { type: 'string' },
            events: { type: 'array', items: eventSchema },
          },
        },
        ...errorResponses,
      },
    },
  }, async (request) => {
    const document = await documentView(db, request.params.id);
    if (!document) throw new HttpError(404, `no document ${request.params.id}`);
    return document;
  });
}
