// Quad classes as numbers, the way GDELT (QuadClass) and PLOVER (quad_code) count them:
// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
import type { QuadClass } from '../types.js';

export const QUAD_NUMBER: Readonly<Record<QuadClass, 1 | 2 | 3 | 4>> = {
  'verbal-cooperation': 1,
  'material-cooperation': 2,
  'verbal-conflict': 3,
  'material-conflict': 4,
};

/** The number of a quad class; null for a value the ledger should not hold (a hand-set category without one). */
export function quadNumber(quad: string): 1 | 2 | 3 | 4 | null {
  return Object.hasOwn(QUAD_NUMBER, quad) ? QUAD_NUMBER[quad as QuadClass] : null;
}
