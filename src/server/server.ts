// `buildServer`: the Fastify instance of `attache serve`, complete but not listening, so that
// tests drive it with `inject` and the command decides where it listens.
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { HostLookup } from '../ingest/address-guard.js';
import { addressGuard } from '../ingest/address-guard.js';
import { guardedAgent } from '../ingest/guarded-agent.js';
import type { Ledger } from '../ledger/ledger.js';
import type { Coder } from '../pipeline.js';
import type { UrlFetching } from './context.js';
import { serverContext } from './context.js';
import { registerReadGate } from './read-gate.js';
import { registerCors } from './cors.js';
import { errorBody, formatSchemaErrors, handleError } from './errors.js';
import { registerMetrics } from './metrics.js';
import { registerNulGuard } from './nul-guard.js';
import { registerOpenApi, registerOpenApiRoute } from './openapi.js';
import { DEFAULT_WRITES_PER_MINUTE, writeRateLimit } from './rate-limit.js';
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
  /** Writes one client address may make a minute (default 60); 0: no limit. */
  writesPerMinute?: number;
  /** Origins whose pages may call the API (CORS), or ["*"]; default none: no CORS headers. */
  corsOrigins?: readonly string[];
  /**
   * Let ingest fetch private, loopback, link-local and other non-public addresses (default
   * false: a client could otherwise make the server read its own network).
   */
  allowPrivateUrls?: boolean;
  /** Resolves host names for that check and for connecting (default node:dns); tests stub it. */
  lookupHost?: HostLookup;
  /** Add the process's CPU, memory and event-loop metrics to /metrics (default false). */
  processMetrics?: boolean;
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

  // Before the routes: CORS, the request metrics and the NUL check are hooks every route must get.
  await registerCors(app, options.corsOrigins ?? []);
  registerNulGuard(app);
  registerReadGate(app, options.ledger.db);
  const metrics = registerMetrics(app, options.ledger.db, { process: options.processMetrics ?? false });
  const fetching = urlFetching(options);
  if (fetching.dispatcher) {
    const { dispatcher } = fetching;
    app.addHook('onClose', async () => { await dispatcher.close(); });
  }
  const context = serverContext({
    ledger: options.ledger,
    token: options.token,
    coder: options.coder,
    writeLimit: await writeRateLimit(app, options.writesPerMinute ?? DEFAULT_WRITES_PER_MINUTE),
    fetching,
    metrics,
  });
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

/**
 * Every address is checked before it is requested and again on connecting (DNS rebinding);
 * with private addresses allowed, neither check is needed beyond the scheme.
 */
function urlFetching(options: ServerOptions): UrlFetching {
  const allowPrivate = options.allowPrivateUrls ?? false;
  const checkUrl = addressGuard({ allowPrivate, lookup: options.lookupHost });
  return allowPrivate ? { checkUrl } : { checkUrl, dispatcher: guardedAgent(options.lookupHost) };
}
