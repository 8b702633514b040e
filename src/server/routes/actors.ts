// Actors and dyads: search, one actor's page, and who acts on whom, counted.
import type { FastifyInstance } from 'fastify';
import { countryCode } from '../../cli/filter-options.js';
import type { ActorProfile } from '../../ledger/actor-query.js';
import { actorDetail, searchActors } from '../../ledger/actor-query.js';
import type { Dyad, DyadInterval, DyadLevel } from '../../ledger/dyad-query.js';
import { DYAD_INTERVALS, DYAD_LEVELS, queryDyads } from '../../ledger/dyad-query.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { filterFromQuery } from '../filter-query.js';
import type { FilterQuery, IdParams, Page, PageQuery } from '../schemas.js';
import { errorResponses, filterProperties, idParams, pageProperties, querySchema } from '../schemas.js';

interface ActorsQuery extends PageQuery {
  q?: string;
  country?: string;
}

interface DyadsQuery extends FilterQuery, PageQuery {
  level: DyadLevel;
  interval?: DyadInterval;
}

/** A page whose total is unknown: `more` says whether another page follows. */
export interface OpenPage<T> {
  limit: number;
  offset: number;
  more: boolean;
  items: T[];
}

const actorSchema = {
  type: 'object',
  description: 'an actor with its aliases, dated roles, event counts and main partners',
  additionalProperties: true,
  properties: {
    id: { type: 'integer' }, name: { type: 'string' }, kind: { type: 'string', enum: ['named', 'country'] },
    country: { type: ['string', 'null'] }, sector: { type: ['string', 'null'] },
    aliases: { type: 'array', items: { type: 'string' } },
    roles: { type: 'array', items: { type: 'object', additionalProperties: true } },
    events: { type: 'object', properties: { asSource: { type: 'integer' }, asTarget: { type: 'integer' }, total: { type: 'integer' } } },
    partners: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

const dyadSchema = {
  type: 'object',
  description: 'a pair of countries or actors (A the smaller), its events both ways and by quad class',
  additionalProperties: true,
  properties: {
    a: { type: 'object', additionalProperties: true }, b: { type: 'object', additionalProperties: true },
    total: { type: 'integer' }, aToB: { type: 'integer' }, bToA: { type: 'integer' },
    quads: { type: 'object', additionalProperties: { type: 'integer' } },
    periods: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
} as const;

export function registerActorRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context.ledger;

  app.get<{ Querystring: ActorsQuery }>('/api/actors', {
    schema: {
      tags: ['actors'],
      summary: 'Actors by name and country, busiest first, paged',
      description: 'The number of matches is not counted: `more` says whether a further page exists.',
      querystring: querySchema({
        q: { type: 'string', description: 'any part of a name or alias, whatever the case or diacritics' },
        country: { type: 'string', description: 'ISO 3166-1 alpha-3 of the actor (or IGO)' },
        ...pageProperties,
      }),
      response: {
        200: {
          type: 'object',
          properties: { limit: { type: 'integer' }, offset: { type: 'integer' }, more: { type: 'boolean' }, items: { type: 'array', items: actorSchema } },
        },
        ...errorResponses,
      },
    },
  }, async (request): Promise<OpenPage<ActorProfile>> => {
    const { q, limit, offset } = request.query;
    const country = request.query.country === undefined ? undefined : countryCode(request.query.country);
    // searchActors has no offset: ask for everything up to the page's end, and one more to know
    // whether another page follows.
    const found = await searchActors(db, {
      ...(q !== undefined && { query: q }), ...(country !== undefined && { country }), limit: offset + limit + 1,
    });
    const items = found.slice(offset, offset + limit);
    return { limit, offset, more: found.length > offset + limit, items };
  });

  app.get<{ Params: IdParams }>('/api/actors/:id', {
    schema: {
      tags: ['actors'],
      summary: 'One actor: names, roles over time, partners, events by category',
      description: 'A merged actor answers as the actor it was merged into.',
      params: idParams,
      response: { 200: actorSchema, ...errorResponses },
    },
  }, async (request) => {
    const actor = await actorDetail(db, request.params.id);
    if (!actor) throw new HttpError(404, `no actor ${request.params.id}`);
    return actor;
  });

  app.get<{ Querystring: DyadsQuery }>('/api/dyads', {
    schema: {
      tags: ['actors'],
      summary: 'Who acts on whom: pairs with their events by quad class, busiest first, paged',
      querystring: querySchema({
        level: { type: 'string', enum: [...DYAD_LEVELS], default: 'country', description: 'pairs of countries or of actors' },
        interval: { type: 'string', enum: [...DYAD_INTERVALS], description: 'also count per day, week, month or year' },
        ...filterProperties,
        ...pageProperties,
      }),
      response: {
        200: {
          type: 'object',
          properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: dyadSchema } },
        },
        ...errorResponses,
      },
    },
  }, async (request): Promise<Page<Dyad>> => {
    const { level, interval, limit, offset } = request.query;
    const filter = filterFromQuery(request.query);
    // Dyads are few next to events: all of them give the total; periods, which cost more,
    // are counted only for the dyads up to the page's end (queryDyads has no offset).
    const all = await queryDyads(db, { level, filter });
    const items = interval === undefined
      ? all.slice(offset, offset + limit)
      : (await queryDyads(db, { level, filter, interval, limit: offset + limit })).slice(offset);
    return { total: all.length, limit, offset, items };
  });
}
