// Which stored actor an actor of a coded event is. Named actors are one actor per name
// compared without diacritics or case ("Tô Lâm" = "To Lam"); unnamed ones ("the Russian
// government") are their country and sector.
import { foldName } from '../nlp/fold.js';
import type { ActorRecord } from '../types.js';

export interface ActorIdentity {
  key: string;
  name: string;
  kind: 'named' | 'country';
  country: string | null;
  sector: string | null;
}

export function actorIdentity(actor: ActorRecord): ActorIdentity {
  if (actor.name) {
    return { key: `n:${foldName(actor.name)}`, name: actor.name, kind: 'named', country: actor.country, sector: actor.sector };
  }
  const country = actor.country ?? '?';
  return {
    key: actor.sector ? `c:${country}:${actor.sector}` : `c:${country}`,
    name: actor.sector ? `${country} ${actor.sector}` : country,
    kind: 'country',
    country: actor.country,
    sector: actor.sector,
  };
}
