// The HTTP API of `attache serve` (see server.ts).
export { BODY_LIMIT, buildServer, type ServerOptions } from './server.js';
export { bearerToken, requireToken, tokensMatch } from './auth.js';
export { HttpError, type ErrorBody } from './errors.js';
export { ledgerStats, type LedgerStats, type MonthCounts } from './routes/stats.js';
export { INGEST_BODY_LIMIT, type IngestResponse, type IngestResult } from './routes/ingest.js';
export { DEFAULT_WEB_ROOT, type WebMode } from './web.js';
export { API_VERSION } from './openapi.js';
export { DEFAULT_WRITES_PER_MINUTE } from './rate-limit.js';
export { parseCorsOrigins } from './cors.js';
