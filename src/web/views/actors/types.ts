// The actor records of GET /api/actors and /api/actors/:id (the ledger's own types) and the
// page the list is read in.

export type { ActorDetail, ActorEventCounts, ActorKind, ActorPartner, ActorProfile, ActorRole } from '../../../read-models';
import type { ActorProfile } from '../../../read-models';

/** GET /api/actors: a page whose total is not counted. */
export interface ActorPage {
  limit: number;
  offset: number;
  more: boolean;
  items: ActorProfile[];
}
