// Query parameters → EventFilter, through the same validation the CLI's filter options use
// (src/cli/filter-options.ts), so `?country=FINX` and `--country FINX` fail alike, with the
// message speaking of parameters rather than options.
import { filterFromOptions } from '../cli/filter-options.js';
import type { EventFilter } from '../ledger/event-query.js';
import type { FilterQuery } from './schemas.js';

/** Throws UsageError (→ 400) on the first invalid value. */
export function filterFromQuery(query: FilterQuery): EventFilter {
  const filter = filterFromOptions({
    actor: query.actor,
    source: query.source,
    target: query.target,
    country: query.country,
    dyad: query.dyad,
    category: query.category,
    channel: query.channel,
    quad: query.quad,
    since: query.since,
    until: query.until,
    text: query.text,
    // Ajv has made it a number already; the shared parser takes the text it would get from a shell.
    cluster: query.cluster === undefined ? undefined : String(query.cluster),
    includeRejected: query.includeRejected === true,
  });
  // The CLI has no --document; Ajv has checked it is a positive integer.
  if (query.document !== undefined) filter.documentId = query.document;
  return filter;
}
