// JSON Schemas shared by the routes: Fastify's Ajv validates requests with them (a bad
// parameter is a 400 naming it), and @fastify/swagger turns them into the OpenAPI document.
// Response schemas are documentation only: the server serialises with JSON.stringify (see
// server.ts), so a field missing from a schema here is never silently dropped from a reply.
import { CHANNELS, PLOVER_CATEGORIES } from '../eval/categories.js';
import { QUAD_CLASSES } from '../ledger/dyad-query.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** Ids are PostgreSQL integers: a larger number would fail in the database, not as a 400. */
export const idSchema = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;

/** `limit` and `offset` of every list. */
export const pageProperties = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `at most this many items (1 to ${MAX_LIMIT})` },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0, description: 'items skipped before the first one returned' },
} as const;

export interface PageQuery {
  limit: number;
  offset: number;
}

export type { Page } from '../read-models.js';

/**
 * Which events: the filter of `attache events`, as query parameters. Values are checked by
 * filterFromOptions (src/cli/filter-options.ts), so the CLI and the API accept the same.
 */
export const filterProperties = {
  actor: { type: 'string', description: 'events whose source or target is this actor (id, name or alias)' },
  source: { type: 'string', description: 'events whose source is this actor (id, name or alias)' },
  target: { type: 'string', description: 'events whose target is this actor (id, name or alias)' },
  country: { type: 'string', description: 'events whose source or target is of this country (ISO 3166-1 alpha-3, or IGO)' },
  dyad: { type: 'string', description: 'events between two actors or countries, either direction: A,B' },
  category: { type: 'string', description: `PLOVER categories, comma-separated (${PLOVER_CATEGORIES.join(', ')})` },
  channel: { type: 'string', description: `channels, comma-separated (${CHANNELS.join(', ')})` },
  quad: { type: 'string', description: `quad classes, comma-separated (${QUAD_CLASSES.join(', ')})` },
  since: { type: 'string', description: 'events on or after this day, month or year (YYYY-MM-DD, YYYY-MM or YYYY)' },
  until: { type: 'string', description: 'events on or before this day, month or year (the whole month or year included)' },
  text: { type: 'string', description: 'full-text search in the evidence sentence ("quoted phrase", or, -not)' },
  cluster: { ...idSchema, description: 'the events of one cluster' },
  document: { ...idSchema, description: 'the events of one document (its id in the ledger)' },
  includeRejected: { type: 'boolean', default: false, description: 'include events an analyst rejected' },
} as const;

export type { FilterQuery } from '../read-models.js';

/** A query string schema: unknown parameters are refused (a misspelt "contry" must not be ignored). */
export function querySchema<P extends Record<string, unknown>>(properties: P, required: (keyof P & string)[] = []): {
  type: 'object'; additionalProperties: false; properties: P; required: string[];
} {
  return { type: 'object', additionalProperties: false, properties, required };
}

export const idParams = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { ...idSchema, description: 'numeric id' } },
} as const;

export interface IdParams {
  id: number;
}

export const errorSchema = {
  type: 'object',
  description: 'an error',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'the HTTP status text' },
    message: { type: 'string', description: 'what went wrong, in one sentence' },
  },
} as const;

const nullableString = { type: ['string', 'null'] } as const;

export const actorRecordSchema = {
  type: 'object',
  description: 'an actor as the event names it',
  properties: {
    text: { type: 'string' }, name: nullableString, country: nullableString, sector: nullableString, role: nullableString,
  },
} as const;

/** StoredEvent (src/ledger/event-query.ts): the DESIGN.md record plus what the ledger knows. */
export const eventSchema = {
  type: 'object',
  description: 'a coded event as stored',
  properties: {
    id: { type: 'integer' },
    doc: { type: 'string' },
    sentence: { type: 'integer' },
    date: nullableString,
    source: actorRecordSchema,
    target: { ...actorRecordSchema, type: ['object', 'null'] },
    plover: { type: 'string', enum: [...PLOVER_CATEGORIES] },
    mode: nullableString,
    context: { type: 'array', items: { type: 'string' } },
    cameo: { type: 'string' },
    quad: { type: 'string', enum: [...QUAD_CLASSES] },
    goldstein: { type: 'number' },
    channel: { type: ['string', 'null'] },
    evidence: {
      type: 'object',
      properties: { text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
    },
    confidence: { type: 'number' },
    eventKey: { type: 'string' },
    sourceActorId: { type: 'integer' },
    targetActorId: { type: ['integer', 'null'] },
    clusterId: { type: ['integer', 'null'] },
    rejected: { type: 'boolean' },
    corrected: { type: 'boolean' },
    url: nullableString,
    title: nullableString,
    outlet: nullableString,
    documentId: { type: 'integer' },
  },
} as const;

/** `{ total, limit, offset, items }` around an item schema. */
export function pageSchema(items: Record<string, unknown>, description: string): Record<string, unknown> {
  return {
    type: 'object',
    description,
    required: ['total', 'limit', 'offset', 'items'],
    properties: {
      total: { type: 'integer', description: 'items matching, over all pages' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      items: { type: 'array', items },
    },
  };
}

/** Responses every route may give besides its success. */
export const errorResponses = {
  400: { ...errorSchema, description: 'a parameter or the body is invalid' },
  404: { ...errorSchema, description: 'no such resource' },
} as const;

export const writeErrorResponses = {
  ...errorResponses,
  401: { ...errorSchema, description: 'missing or wrong token' },
  403: { ...errorSchema, description: 'writes are disabled: the server has no ATTACHE_TOKEN' },
} as const;

/** Write routes name the bearer token in the OpenAPI document. */
export const bearerSecurity = [{ bearerAuth: [] }];
