// The events table's state lives in the URL, under the API's own parameter names, so that a
// link from the overview, the network or an actor page (`/events?dyad=FIN,EST`) is a query
// the table understands, and the table's URL is one the API answers.
import type { EventFilter } from '../../api';

export const FILTER_KEYS = [
  'actor', 'source', 'target', 'country', 'dyad', 'category', 'channel', 'quad', 'since', 'until', 'text', 'cluster', 'document',
] as const satisfies readonly (keyof EventFilter)[];

export type FilterKey = (typeof FILTER_KEYS)[number];

export const SORTS = ['date', '-date', 'confidence', '-confidence', 'category', 'id', '-id'] as const;
export type Sort = (typeof SORTS)[number];

export const DEFAULT_SORT: Sort = '-date';
export const DEFAULT_LIMIT = 50;
export const LIMITS = [25, 50, 100, 200] as const;

export interface TableQuery {
  /** Filter values as given in the URL (the server validates them). */
  filter: Partial<Record<FilterKey, string>>;
  sort: Sort;
  limit: number;
  offset: number;
}

function whole(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

export function readQuery(params: URLSearchParams): TableQuery {
  const filter: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const sort = params.get('sort');
  return {
    filter,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? sort as Sort : DEFAULT_SORT,
    limit: whole(params.get('limit'), DEFAULT_LIMIT, 1, 1000),
    offset: whole(params.get('offset'), 0, 0, 1_000_000_000),
  };
}

/** The URL's query string for a table state: defaults left out, filters in a fixed order. */
export function writeQuery(query: TableQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = query.filter[key];
    if (value) params.set(key, value);
  }
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  if (query.offset > 0) params.set('offset', String(query.offset));
  return params;
}

/** What clicking a column's header does: the column's natural order first, then the reverse. */
export function nextSort(current: Sort, column: 'date' | 'confidence' | 'category'): Sort {
  switch (column) {
    case 'date': return current === '-date' ? 'date' : '-date';
    case 'confidence': return current === '-confidence' ? 'confidence' : '-confidence';
    case 'category': return 'category';
  }
}

export interface PageInfo {
  page: number;
  pages: number;
  first: number;
  last: number;
}

/** "page X of Y" and the rows shown, 1-based; page is past `pages` when the offset overshoots. */
export function pageInfo(total: number, limit: number, offset: number, shown: number): PageInfo {
  return {
    page: Math.floor(offset / limit) + 1,
    pages: Math.max(1, Math.ceil(total / limit)),
    first: shown === 0 ? 0 : offset + 1,
    last: offset + shown,
  };
}
