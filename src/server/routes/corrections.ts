// An analyst's corrections over HTTP, behind the token: reject or restore an event, change its
// category, source or target; merge one actor into another; rename an actor. Each answers with
// the thing as it reads now, so a client can show the result without asking again.
import type { FastifyInstance } from 'fastify';
import { actorDetail } from '../../ledger/actor-query.js';
import { PLOVER_CATEGORIES } from '../../ledger/corrections.js';
import type { EventCorrection } from '../../ledger/corrections.js';
import type { PloverCategory } from '../../types.js';
import type { ServerContext } from '../context.js';
import { HttpError, withLedgerErrors } from '../errors.js';
import { eventById } from '../lookups.js';
import type { IdParams } from '../schemas.js';
import { bearerSecurity, eventSchema, idParams, idSchema, writeErrorResponses } from '../schemas.js';

type CorrectionKind = EventCorrection['kind'];

interface CorrectionBody {
  kind: CorrectionKind;
  plover?: PloverCategory;
  actorId?: number | null;
  note?: string;
  author?: string;
}

interface MergeBody {
  into: number;
  note?: string;
  author?: string;
}

interface RenameBody {
  name: string;
  note?: string;
  author?: string;
}

/** Who made a correction when the client does not say. */
const DEFAULT_AUTHOR = 'api';

const authorAndNote = {
  note: { type: 'string', maxLength: 2000, description: 'why' },
  author: { type: 'string', minLength: 1, maxLength: 200, description: `who (default "${DEFAULT_AUTHOR}")` },
} as const;

/** The body's fields as the ledger's correction; the kind decides which fields it needs. */
export function correctionOf(body: CorrectionBody): EventCorrection {
  const needs = (field: string): HttpError => new HttpError(400, `a "${body.kind}" correction needs body field '${field}'`);
  const refuses = (field: string): HttpError => new HttpError(400, `a "${body.kind}" correction takes no body field '${field}'`);
  if (body.kind !== 'category' && body.plover !== undefined) throw refuses('plover');
  if (body.kind !== 'source' && body.kind !== 'target' && body.actorId !== undefined) throw refuses('actorId');
  switch (body.kind) {
    case 'reject': return { kind: 'reject' };
    case 'restore': return { kind: 'restore' };
    case 'category':
      if (body.plover === undefined) throw needs('plover');
      return { kind: 'category', plover: body.plover };
    case 'source':
      if (body.actorId === undefined || body.actorId === null) throw needs('actorId');
      return { kind: 'source', actorId: body.actorId };
    case 'target':
      // null is meaningful here: the event has no target.
      if (body.actorId === undefined) throw needs('actorId');
      return { kind: 'target', actorId: body.actorId };
  }
}

export function registerCorrectionRoutes(app: FastifyInstance, context: ServerContext): void {
  const { ledger } = context;
  const onRequest = context.writeGuards;

  app.post<{ Params: IdParams; Body: CorrectionBody }>('/api/events/:id/corrections', {
    onRequest,
    schema: {
      tags: ['corrections'],
      summary: 'Correct an event: reject, restore, or change its category, source or target',
      description: 'category needs plover; source needs actorId; target needs actorId (null: no target). Corrections persist across re-coding.',
      security: bearerSecurity,
      params: idParams,
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['kind'],
        properties: {
          kind: { type: 'string', enum: ['reject', 'restore', 'category', 'source', 'target'] },
          plover: { type: 'string', enum: [...PLOVER_CATEGORIES], description: 'the new category (kind category)' },
          actorId: { ...idSchema, type: ['integer', 'null'], description: 'the new actor (kinds source and target)' },
          ...authorAndNote,
        },
      },
      response: { 200: { ...eventSchema, description: 'the event as corrected' }, ...writeErrorResponses },
    },
  }, async (request) => {
    const { id } = request.params;
    const correction = correctionOf(request.body);
    await withLedgerErrors(
      () => ledger.correctEvent(id, correction, request.body.author ?? DEFAULT_AUTHOR, request.body.note ?? null),
      `no event ${id}`,
    );
    const event = await eventById(ledger.db, id);
    if (!event) throw new HttpError(404, `no event ${id}`);
    return event;
  });

  app.post<{ Params: IdParams; Body: MergeBody }>('/api/actors/:id/merge', {
    onRequest,
    schema: {
      tags: ['corrections'],
      summary: 'Merge this actor into another: its events, names and roles follow',
      security: bearerSecurity,
      params: idParams,
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['into'],
        properties: { into: { ...idSchema, description: 'the actor that stays' }, ...authorAndNote },
      },
      response: { 200: { type: 'object', additionalProperties: true, description: 'the actor merged into, as it reads now' }, ...writeErrorResponses },
    },
  }, async (request) => {
    const { id } = request.params;
    const into = await withLedgerErrors(
      () => ledger.mergeActors(id, request.body.into, request.body.author ?? DEFAULT_AUTHOR, request.body.note ?? null),
      `no actor ${id}`,
    );
    return (await actorDetail(ledger.db, into.id)) ?? into;
  });

  app.post<{ Params: IdParams; Body: RenameBody }>('/api/actors/:id/rename', {
    onRequest,
    schema: {
      tags: ['corrections'],
      summary: 'Rename an actor; the old name stays an alias',
      security: bearerSecurity,
      params: idParams,
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: { name: { type: 'string', minLength: 1, maxLength: 500, description: 'the new name' }, ...authorAndNote },
      },
      response: { 200: { type: 'object', additionalProperties: true, description: 'the actor as it reads now' }, ...writeErrorResponses },
    },
  }, async (request) => {
    const { id } = request.params;
    const actor = await withLedgerErrors(
      () => ledger.renameActor(id, request.body.name, request.body.author ?? DEFAULT_AUTHOR, request.body.note ?? null),
      `no actor ${id}`,
    );
    return (await actorDetail(ledger.db, actor.id)) ?? actor;
  });
}
