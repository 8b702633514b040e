// Protests by states, as the PLOVER manual files them: PROTEST "presumes significant
// physical/material activity", so a government protesting to another, or summoning its
// ambassador to complain, expresses disapproval (ACCUSE), and the summons is no CONSULT.
import type { Entity } from '../actors/entities.js';
import type { Token } from '../types.js';
import type { SentenceStructure } from './arguments.js';
import type { Trigger } from './triggers.js';

/** CAMEO 110, disapprove: ACCUSE "disapprove" in the CAMEO→PLOVER table. */
export const DIPLOMATIC_PROTEST = '110';

/** Sectors that speak for a state or an international body, not a crowd (soldiers may demonstrate). */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'IGO']);

function isStateActor(entity: Entity): boolean {
  return entity.kind === 'country' || (entity.sector !== null && STATE_SECTORS.has(entity.sector));
}

/**
 * "The Foreign Ministry protested the arrests", "summoned the ambassador to protest": the verb
 * "protest" said of states alone, as the main verb or as what a summons is for. As the purpose
 * of something else ("went on hunger strike to protest", "stayed away from work to protest") it is the
 * topic of a protest action, which stays PROTEST.
 */
export function isDiplomaticProtest(trigger: Trigger, triggers: readonly Trigger[], tokens: readonly Token[], sources: readonly Entity[], structure: SentenceStructure): boolean {
  if (tokens[trigger.at]?.lemma !== 'protest' || sources.length === 0 || !sources.every(isStateActor)) return false;
  if (!structure.isPurposeInfinitive(trigger.at)) return true;
  const served = triggers.filter((t) => t.end < trigger.at).pop();
  return served !== undefined && tokens[served.at]?.lemma === 'summon';
}

/** Grievances a summons can be for: disapproval (CAMEO 11x), or a protest, which by a state is one. */
function isGrievance(trigger: Trigger, tokens: readonly Token[]): boolean {
  return trigger.cameo.startsWith('11') || tokens[trigger.at]?.lemma === 'protest';
}

/**
 * "summoned the Chadian envoy to complain about the raids": a summons whose purpose, right after
 * it, is a grievance. The manual codes such a summons as the grievance alone.
 */
export function isSummonsForGrievance(trigger: Trigger, triggers: readonly Trigger[], tokens: readonly Token[], structure: SentenceStructure): boolean {
  if (tokens[trigger.at]?.lemma !== 'summon') return false;
  return triggers.some((later) => later.at > trigger.end && later.at - trigger.end <= 12
    && isGrievance(later, tokens) && structure.purposeObject(later.at) !== null);
}
