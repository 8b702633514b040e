// The explorer's only door to the ledger: the attaché HTTP API on the same origin. Reads are
// open; writes carry the token the analyst entered once in Settings (kept in localStorage).
import type { ActorRecord, EventRecord, QuadClass } from '../types.js';
import type { FilterQuery, Page, StoredEvent } from '../read-models.js';

// The server's own types: the explorer reads exactly what the API sends.
export type { ActorRecord, EventRecord, Page, QuadClass, StoredEvent };

/** The filter every list of events takes, as query parameters of /api/events and friends. */
export type EventFilter = Omit<FilterQuery, 'includeRejected'>;

const TOKEN_KEY = 'attache.token';

export function savedToken(): string {
  return localStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** An answer of the API that was not 2xx, with the server's own message. */
export class ApiError extends Error {
  /** Seconds the server asked to wait before trying again (a 429's Retry-After), if it said. */
  readonly retryAfterSeconds: number | null;

  constructor(readonly status: number, message: string, retryAfter: string | null = null) {
    super(message);
    const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
    this.retryAfterSeconds = Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
  }
}

/** Query string of defined, non-empty values. */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = savedToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = (parsed as { message?: string } | null)?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, response.headers.get('retry-after'));
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, params: object = {}): Promise<T> => request<T>('GET', `${path}${queryString(params)}`),
  post: <T>(path: string, body: unknown): Promise<T> => request<T>('POST', path, body),
};
