// CAMEO codes to PLOVER categories, quad classes and Goldstein scores (data/cameo.json).
import { loadOntology } from '../ontology/load.js';
import type { PloverCategory, QuadClass } from '../types.js';

export interface CameoFacts {
  cameo: string;
  plover: PloverCategory;
  mode: string | null;
  context: string[];
  quad: QuadClass;
  goldstein: number;
}

/**
 * The project's guidelines code signing agreements and elevating ties as AGREE (CAMEO 057),
 * where the CAMEO→PLOVER table says SUPPORT: the guidelines win for this one code.
 */
const GUIDELINE_OVERRIDES: Record<string, PloverCategory> = { '057': 'AGREE' };

/** Facts for a CAMEO code, falling back to its parent code; null when it has no PLOVER category. */
export function cameoFacts(code: string): CameoFacts | null {
  const { cameo } = loadOntology();
  for (let length = code.length; length >= 2; length--) {
    const candidate = code.slice(0, length);
    const entry = cameo[candidate];
    if (!entry) continue;
    const plover = GUIDELINE_OVERRIDES[candidate] ?? entry.plover ?? entry.ploverSuggested ?? null;
    if (!plover) return null;
    return { cameo: code, plover, mode: entry.mode, context: entry.context, quad: entry.quad, goldstein: entry.goldstein };
  }
  return null;
}

/**
 * The PLOVER mode of an event carried over a channel: PLOVER's modes belong to a category
 * (CONSULT has "phone" and "visit"; AGREE has none of them), so a channel becomes the mode
 * only where the category lists it, and the code's own mode stays otherwise.
 */
export function modeWithChannel(facts: Pick<CameoFacts, 'plover' | 'mode'>, channel: string | null): string | null {
  if (channel === null) return facts.mode;
  const modes = loadOntology().plover[facts.plover]?.modes ?? [];
  return modes.includes(channel) ? channel : facts.mode;
}
