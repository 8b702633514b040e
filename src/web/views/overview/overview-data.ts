// The shapes the overview reads (from src/server/routes/stats.ts and actors.ts), as the
// explorer sees them: only the fields it shows.
import type { ActorProfile } from '../../../read-models';

export type { Dyad, DyadSide, LedgerStats, MonthCounts } from '../../../read-models';

/** What the overview shows of an actor of GET /api/actors. */
export type ActorSummary = Pick<ActorProfile, 'id' | 'name' | 'kind' | 'country' | 'sector' | 'events'>;

/** GET /api/actors: a page whose total is not counted. */
export interface OpenPage<T> {
  limit: number;
  offset: number;
  more: boolean;
  items: T[];
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `max`. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}
