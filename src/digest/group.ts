// Items into the digest's outline: countries (by the source actor's country), in each the
// actors of that country, in each actor what it did. A reader scans a round of reactions
// country by country, so countries come in the order they reacted (earliest item first,
// then by name) and actors of one country stay together.
import type { ActorRecord } from '../types.js';
import { actorName } from './actor-label.js';
import { countryName, UNKNOWN_COUNTRY } from './countries.js';
import type { DescribedItem } from './items.js';
import { compareDates, mostCommon } from './items.js';

export interface ActorGroup {
  actorId: number;
  record: ActorRecord;
  label: string;
  person: boolean;
  firstDate: string | null;
  items: DescribedItem[];
}

export interface CountryGroup {
  code: string | null;
  name: string;
  firstDate: string | null;
  actors: ActorGroup[];
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });

function actorGroup(actorId: number, items: DescribedItem[]): ActorGroup {
  const sorted = [...items].sort((a, b) => compareDates(a.item.date, b.item.date) || byName(a.item.text, b.item.text));
  // One actor, one name in the digest, even if its reports gave it different roles.
  const record: ActorRecord = {
    text: sorted[0]!.actor.text,
    name: mostCommon(sorted.map((i) => i.actor.name)),
    country: mostCommon(sorted.map((i) => i.actor.country)),
    sector: mostCommon(sorted.map((i) => i.actor.sector)),
    role: mostCommon(sorted.map((i) => i.actor.role)),
  };
  const name = actorName(record);
  return {
    actorId, record, label: name.label, person: name.named && record.role !== null,
    firstDate: sorted[0]?.item.date ?? null, items: sorted,
  };
}

export function groupByCountry(items: readonly DescribedItem[]): CountryGroup[] {
  const byActor = new Map<number, DescribedItem[]>();
  for (const item of items) {
    const list = byActor.get(item.actorId);
    if (list) list.push(item);
    else byActor.set(item.actorId, [item]);
  }
  const byCountry = new Map<string | null, ActorGroup[]>();
  for (const [actorId, list] of byActor) {
    const actor = actorGroup(actorId, list);
    const code = actor.record.country?.toUpperCase() ?? null;
    const group = byCountry.get(code);
    if (group) group.push(actor);
    else byCountry.set(code, [actor]);
  }
  const countries: CountryGroup[] = [...byCountry].map(([code, actors]) => {
    actors.sort((a, b) => compareDates(a.firstDate, b.firstDate) || byName(a.label, b.label));
    return { code, name: code === null ? UNKNOWN_COUNTRY : countryName(code), firstDate: actors[0]?.firstDate ?? null, actors };
  });
  // Actors of no known country are the remainder, listed after every country.
  return countries.sort((a, b) => Number(a.code === null) - Number(b.code === null)
    || compareDates(a.firstDate, b.firstDate) || byName(a.name, b.name));
}
