// The actor records of GET /api/actors and /api/actors/:id, as the explorer reads them
// (mirroring src/ledger/actor-query.ts, which the browser bundle does not import).
import type { PloverCategory } from '../../../types';

export type ActorKind = 'named' | 'country';

export interface ActorRole {
  role: string;
  country: string | null;
  sector: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActorEventCounts {
  asSource: number;
  asTarget: number;
  total: number;
}

export interface ActorPartner {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  events: number;
}

export interface ActorProfile {
  id: number;
  name: string;
  kind: ActorKind;
  country: string | null;
  sector: string | null;
  aliases: string[];
  roles: ActorRole[];
  events: ActorEventCounts;
  partners: ActorPartner[];
}

export interface ActorDetail extends ActorProfile {
  categories: (ActorEventCounts & { plover: PloverCategory })[];
}

/** GET /api/actors: a page whose total is not counted. */
export interface ActorPage {
  limit: number;
  offset: number;
  more: boolean;
  items: ActorProfile[];
}
