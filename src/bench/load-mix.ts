// The read requests the load test sends: what the explorer and API clients ask for most, with
// filters taken from what the benchmark ledger holds (the same choices the timed queries use),
// so that every request does real work and none is a cheap 400 or an empty page.
import type { QueryChoices } from './ledger-profile.js';

export interface LoadRequest {
  name: string;
  /** Path and query string. */
  path: string;
}

/** The page size the explorer's events table asks for. */
const PAGE = 50;

function withQuery(path: string, query: Record<string, string | number>): string {
  return `${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The mix, in the order each connection cycles through it. */
export function loadRequests(choices: QueryChoices & { searchWord: string }): LoadRequest[] {
  const filter = { country: choices.country, category: choices.category, since: choices.since };
  return [
    { name: 'events page', path: withQuery('/api/events', { ...filter, limit: PAGE }) },
    { name: 'events + text', path: withQuery('/api/events', { ...filter, text: choices.searchWord, limit: PAGE }) },
    { name: 'dyad events', path: withQuery('/api/events', { dyad: choices.dyad.join(','), limit: PAGE }) },
    { name: 'dyads', path: withQuery('/api/dyads', { country: choices.country, limit: 20 }) },
    { name: 'actors', path: withQuery('/api/actors', { q: choices.targetActor, limit: 20 }) },
    { name: 'stats', path: '/api/stats' },
    { name: 'digest', path: withQuery('/api/digest', { target: choices.targetActor, category: choices.targetCategory }) },
    { name: 'healthz', path: '/healthz' },
  ];
}
