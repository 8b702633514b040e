// An actor record in the contract's field order. The ledger keeps actors as jsonb, which
// does not keep key order; rebuilding the object puts text, name, country, sector, role back.
import type { ActorRecord } from '../types.js';

export function orderedActor(actor: ActorRecord): ActorRecord {
  return { text: actor.text, name: actor.name, country: actor.country, sector: actor.sector, role: actor.role };
}
