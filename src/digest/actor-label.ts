// How the digest names an actor: a person with the role the articles gave them ("President
// Vladimir Putin"), or, for an actor known only by country and sector, the institution
// ("the government of Russia"). The country heading comes from the group, not from here.
import type { ActorRecord } from '../types.js';
import { countryInProse, countryName } from './countries.js';

/** Sectors (CAMEO/PLOVER agent codes) as nouns, for actors the articles did not name. */
const SECTOR_NOUNS: Record<string, string> = {
  GOV: 'the government',
  PTY: 'the party leadership',
  MIL: 'the armed forces',
  DIP: 'diplomats',
  LEG: 'the legislature',
  JUD: 'the judiciary',
  COP: 'the police',
  SPY: 'the intelligence services',
  BUS: 'businesses',
  MED: 'the media',
  CVL: 'civil society',
  OPP: 'the opposition',
  REB: 'rebels',
  IGO: 'an international organisation',
};

export interface ActorName {
  label: string;
  /** A named person (with or without a role), as opposed to a country or an institution. */
  named: boolean;
}

/** True when the record names someone rather than repeating a country's name. */
function isPersonName(record: ActorRecord): record is ActorRecord & { name: string } {
  if (record.name === null || record.name.trim() === '') return false;
  return record.country === null || record.name !== countryName(record.country);
}

export function actorName(record: ActorRecord): ActorName {
  if (isPersonName(record)) {
    const role = record.role?.trim();
    // "King Abdullah II" may already carry the role in the name: say it once.
    const label = role && !record.name.toLowerCase().startsWith(role.toLowerCase()) ? `${role} ${record.name}` : record.name;
    return { label, named: true };
  }
  const country = record.country ? countryName(record.country) : null;
  const sector = record.sector ? SECTOR_NOUNS[record.sector] : undefined;
  if (sector && country) return { label: `${sector} of ${countryInProse(record.country, country)}`, named: false };
  if (country) return { label: countryInProse(record.country, country), named: false };
  return { label: sector ?? record.text, named: false };
}

/** How a target is named inside a sentence: the person's name, else the country, else the words used. */
export function targetName(record: ActorRecord | null): string | null {
  if (record === null) return null;
  if (isPersonName(record)) return record.name;
  if (record.country) return countryName(record.country);
  return record.text.trim() === '' ? null : record.text;
}

/** "the government of Russia" → "The government of Russia", at the start of a line or sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
