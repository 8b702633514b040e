// The per-document time limit of coding. The coder is synchronous, so a document that makes
// it slow (pathological text, or a bug that makes some input super-linear) would otherwise hold
// a thread, and with it `attache code` or `attache ingest`, for as long as it takes. The
// pipeline reads the clock between sentences and stops the document with this error, which the
// commands report as the usual one-line error for that input before going on with the others.

/** The limit's base, in seconds; the environment can change it (0: no limit). */
export const DEFAULT_TIME_LIMIT_SECONDS = 60;

/** Setting ATTACHE_TIME_LIMIT reaches every coder, in worker threads too (they share the
 * process's environment), without a setting to carry through each command and pool. */
export const TIME_LIMIT_VARIABLE = 'ATTACHE_TIME_LIMIT';

/**
 * Time allowed per million characters on top of the base: coding is linear in the text, so a
 * legitimately huge article (a 50 MB file codes in minutes) must not hit a limit meant for
 * runaway documents. A minute per million characters is some 30 times the benchmarked speed.
 */
export const MS_PER_MILLION_CHARACTERS = 60_000;

/** Sentences between two readings of the clock: cheap enough to vanish in the coding time,
 * often enough that a document stops within a few sentences of its limit. */
export const SENTENCES_PER_CLOCK_READING = 8;

/** A document stopped at the time limit; `message` names it, as error lines need. */
export class CodingTimeLimitError extends Error {
  constructor(readonly documentId: string, readonly limitMs: number) {
    super(`${documentId}: coding stopped after ${formatSeconds(limitMs)} s (the per-document time limit; raise ${TIME_LIMIT_VARIABLE}, in seconds, or set it to 0 for none)`);
    this.name = 'CodingTimeLimitError';
  }
}

/** The base limit from the environment, or the default; throws on a value that is not a number. */
export function baseLimitFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[TIME_LIMIT_VARIABLE]?.trim();
  if (raw === undefined || raw === '') return DEFAULT_TIME_LIMIT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`${TIME_LIMIT_VARIABLE}="${raw}" is not a number of seconds (0 or more)`);
  }
  return seconds * 1000;
}

/** The whole limit for a text of `length` characters, in ms; null when there is none (base 0). */
export function documentLimitMs(baseMs: number, length: number): number | null {
  if (!(baseMs > 0)) return null;
  return baseMs + (length / 1_000_000) * MS_PER_MILLION_CHARACTERS;
}

/**
 * A deadline for one document: `check()` is called once per sentence and reads the clock only
 * every few calls, throwing CodingTimeLimitError once the limit is past.
 */
export class Deadline {
  private calls = 0;
  private readonly endsAt: number;

  constructor(private readonly documentId: string, private readonly limitMs: number | null, private readonly now: () => number = Date.now) {
    this.endsAt = limitMs === null ? Infinity : now() + limitMs;
  }

  check(): void {
    if (this.limitMs === null || ++this.calls % SENTENCES_PER_CLOCK_READING !== 0) return;
    if (this.now() > this.endsAt) throw new CodingTimeLimitError(this.documentId, this.limitMs);
  }
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds >= 10 ? String(Math.round(seconds)) : String(Number(seconds.toPrecision(2)));
}
