// `buildServer`: the Fastify instance of `attache serve`, complete but not listening, so that
// tests drive it with `inject` and the command decides where it listens.
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Ledger } from '../ledger/ledger.js';
import type { Coder } from '../pipeline.js';
import { serverContext } from './context.js';
import { errorBody, formatSchemaErrors, handleError } from './errors.js';
import { registerOpenApi, registerOpenApiRoute } from './openapi.js';
import { registerActorRoutes } from './routes/actors.js';
import { registerCorrectionRoutes } from './routes/corrections.js';
import { registerDigestRoutes } from './routes/digest.js';
import { registerEventRoutes } from './routes/events.js';
import { registerExportRoutes } from './routes/export.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerStatsRoutes } from './routes/stats.js';
import type { WebMode } from './web.js';
import { DEFAULT_WEB_ROOT, registerWeb } from './web.js';

/** Bodies of every route but ingest (which allows 5 MB): corrections and renames are small. */
export const BODY_LIMIT = 64 * 1024;

export interface ServerOptions {
  ledger: Ledger;
  /** The bearer token writes need; null, undefined or empty: writes are refused (403). */
  token?: string | null;
  /** Fastify's logger option (default: no logging). */
  logger?: FastifyServerOptions['logger'];
  /** The built web explorer; default dist/web of the package; null: API only. */
  webRoot?: string | null;
  /** The coder for ingest (default: createCoder(), made on the first ingest). */
  coder?: Coder;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** How "/" is served: the explorer, or a pointer to /openapi.json. */
    webMode: WebMode;
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    schemaErrorFormatter: formatSchemaErrors,
    ajv: {
      customOptions: {
        // Refuse unknown parameters and body fields instead of silently dropping them: a
        // misspelt filter that is ignored returns wrong data without a word.
        removeAdditional: false,
      },
    },
  });
  // Response schemas document; they do not serialise (fast-json-stringify would drop any field
  // a schema forgot, and turn a null into 0 for an integer).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);

  const context = serverContext(options.ledger, options.token, options.coder);
  await registerOpenApi(app);
  registerEventRoutes(app, context);
  registerActorRoutes(app, context);
  registerDigestRoutes(app, context);
  registerExportRoutes(app, context);
  registerStatsRoutes(app, context);
  registerCorrectionRoutes(app, context);
  registerIngestRoutes(app, context);
  registerOpenApiRoute(app);

  const web = await registerWeb(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  app.decorate('webMode', web.mode);
  app.setNotFoundHandler((request, reply) => {
    const answered = web.fallback?.(request, reply);
    if (answered) return answered;
    return reply.code(404).send(errorBody(404, `no route ${request.method} ${request.url.split('?')[0]}`));
  });
  return app;
}
