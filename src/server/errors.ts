// Every error the API answers with is JSON `{ error, message }`: `error` the HTTP status text,
// `message` one sentence a person can act on. Validation failures, ledger errors ("no event 5")
// and Fastify's own errors (body too large, bad JSON) all end up in this one shape.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { UsageError } from '../cli/filter-options.js';

/** An error that already knows its HTTP status: thrown by route handlers. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

export interface ErrorBody {
  error: string;
  message: string;
}

export function errorBody(statusCode: number, message: string): ErrorBody {
  return { error: STATUS_CODES[statusCode] ?? 'Error', message };
}

/**
 * A ledger RangeError ("no event 5", "no actor 7", "unknown PLOVER category ...") as an HTTP
 * error: 404 when it names what the URL names (`missing`), else 400 — an unknown actor given in
 * a body is the client's mistake about the body, not a missing resource.
 */
export function ledgerError(error: unknown, missing: string): unknown {
  if (!(error instanceof RangeError)) return error;
  return new HttpError(error.message === missing ? 404 : 400, error.message);
}

/** Runs a ledger write, its RangeErrors turned into HTTP errors as ledgerError says. */
export async function withLedgerErrors<T>(work: () => Promise<T>, missing: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw ledgerError(error, missing);
  }
}

/** The filter options speak of "--since"; over HTTP they are query parameters. */
export function usageMessage(message: string): string {
  const camel = (name: string): string => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return message
    .replace(/option '--([a-z-]+)'/g, (_, name: string) => `parameter '${camel(name)}'`)
    .replace(/'--([a-z-]+)'/g, (_, name: string) => `'${camel(name)}'`);
}

const PLACES: Record<string, string> = {
  querystring: 'query parameter',
  params: 'path parameter',
  body: 'body field',
  headers: 'header',
};

/** What the schemas' patterns mean, said instead of the regular expression. */
const PATTERN_MEANINGS: Record<string, string> = {
  '^https?://': 'an http or https URL (other schemes are never fetched)',
};

/**
 * Ajv's errors as one sentence naming the parameter ("query parameter 'limit' must be <= 1000")
 * rather than Fastify's default "querystring/limit must be <= 1000", which also never says
 * which property was unknown or missing.
 */
export function formatSchemaErrors(errors: FastifySchemaValidationError[], dataVar: string): Error {
  const place = PLACES[dataVar] ?? dataVar;
  const messages = errors.map((e) => {
    const path = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'additionalProperties') {
      const name = [path, String(params.additionalProperty)].filter((p) => p !== '').join('.');
      return `unknown ${place} '${name}'`;
    }
    if (e.keyword === 'required') {
      const name = [path, String(params.missingProperty)].filter((p) => p !== '').join('.');
      return `missing ${place} '${name}'`;
    }
    if (e.keyword === 'pattern' && PATTERN_MEANINGS[String(params.pattern)] !== undefined) {
      return `${place} '${path}' must be ${PATTERN_MEANINGS[String(params.pattern)]}`;
    }
    if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      return `${place} '${path}' must be one of ${params.allowedValues.join(', ')}`;
    }
    return path === '' ? `${dataVar === 'body' ? 'the body' : place} ${e.message ?? 'is invalid'}` : `${place} '${path}' ${e.message ?? 'is invalid'}`;
  });
  return new Error(messages.join('; '));
}

/** The one error handler: maps whatever was thrown to a status and the JSON body. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { statusCode, message } = classify(error, request);
  if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
  return reply.code(statusCode).type('application/json; charset=utf-8').send(errorBody(statusCode, message));
}

/** 65536 → "64 KB", 5242880 → "5 MB". */
function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function classify(error: FastifyError | Error, request: FastifyRequest): { statusCode: number; message: string } {
  if ('validation' in error && error.validation) return { statusCode: 400, message: error.message };
  if (error instanceof HttpError) return { statusCode: error.statusCode, message: error.message };
  if (error instanceof UsageError) return { statusCode: 400, message: usageMessage(error.message) };
  // Fastify's own client errors (413 body too large, 400 bad JSON, 415 media type) keep their
  // status; checked before RangeError, which some of them (body too large) also are.
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status === 415) return { statusCode: 415, message: 'send the body as JSON, with "Content-Type: application/json"' };
  if ('code' in error && error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.bodyLimit;
    return { statusCode: 413, message: `request body is too large: ${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]} takes at most ${sizeText(limit)}` };
  }
  if (status >= 400 && status < 500) return { statusCode: status, message: error.message };
  if (error instanceof RangeError) {
    return { statusCode: /^no [a-z]+ \d+$/.test(error.message) ? 404 : 400, message: error.message };
  }
  // Never leak a stack or SQL to the client; the log has it.
  return { statusCode: 500, message: 'internal error (see the server log)' };
}
