// The closed vocabularies the scorer validates gold files against. They mirror the union types
// of src/types.ts; the compile-time checks below fail if the two ever drift apart.
import type { Channel, PloverCategory } from '../types.js';

export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION',
  'MOBILIZE', 'COERCE', 'ASSAULT',
] as const satisfies readonly PloverCategory[];

export const CHANNELS = [
  'letter', 'message', 'phone', 'meeting', 'visit', 'statement',
] as const satisfies readonly Channel[];

// Every member of the union must be listed, or these lines stop compiling.
const allCategoriesListed: Exclude<PloverCategory, (typeof PLOVER_CATEGORIES)[number]> extends never ? true : false = true;
const allChannelsListed: Exclude<Channel, (typeof CHANNELS)[number]> extends never ? true : false = true;
void allCategoriesListed;
void allChannelsListed;

/**
 * Categories whose two parties act together (GUIDELINES.md: "CONSULT and AGREE between two
 * parties are symmetric"), so a coded (A, B) may stand for a gold (B, A).
 */
const SYMMETRIC_CATEGORIES: ReadonlySet<PloverCategory> = new Set<PloverCategory>(['CONSULT', 'AGREE']);

export function isSymmetric(category: PloverCategory): boolean {
  return SYMMETRIC_CATEGORIES.has(category);
}

/** Orders categories as PLOVER lists them, so every table reads the same way. */
export function byPloverOrder(a: PloverCategory, b: PloverCategory): number {
  return PLOVER_CATEGORIES.indexOf(a) - PLOVER_CATEGORIES.indexOf(b);
}
