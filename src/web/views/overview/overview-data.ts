// The shapes the overview reads (from src/server/routes/stats.ts and actors.ts), as the
// explorer sees them: only the fields it shows.
import type { QuadClass } from '../../api';

export interface MonthCounts {
  /** YYYY-MM */
  month: string;
  total: number;
  quads: Record<QuadClass, number>;
}

export interface LedgerStats {
  documents: number;
  events: number;
  rejectedEvents: number;
  actors: number;
  clusters: number;
  /** Every month from the first to the last with events, empty months included, oldest first. */
  months: MonthCounts[];
  eventsWithoutMonth: number;
}

export interface DyadSide {
  id: number | null;
  name: string;
  country: string | null;
}

export interface Dyad {
  a: DyadSide;
  b: DyadSide;
  total: number;
  aToB: number;
  bToA: number;
  quads: Record<QuadClass, number>;
}

export interface ActorSummary {
  id: number;
  name: string;
  kind: 'named' | 'country';
  country: string | null;
  sector: string | null;
  events: { asSource: number; asTarget: number; total: number };
}

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
