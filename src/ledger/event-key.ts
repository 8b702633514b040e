// The identity of a coded event that survives re-coding: the article's content, the
// sentence, who acted on whom and the category the coder gave. Corrections refer to it, so an
// analyst's fix is applied again whenever the same article is coded again.
import { createHash } from 'node:crypto';
import type { EventRecord } from '../types.js';
import { actorIdentity } from './actor-identity.js';

export function eventKey(contentHash: string, event: EventRecord): string {
  const parts = [
    contentHash, String(event.sentence), actorIdentity(event.source).key,
    event.target ? actorIdentity(event.target).key : '-', event.plover,
  ];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 24);
}
