// Events into items: the ledger merges reports of one event from several articles into a
// cluster, and the digest writes each cluster once, citing every article that reported it.
// Within an item the articles may disagree on small things (one says "by phone", another
// gives no channel): the item takes what most reports say, and the earliest date.
import type { StoredEvent } from '../ledger/event-query.js';
import type { ActorRecord } from '../types.js';
import { targetName } from './actor-label.js';
import { itemText, verbBeforeTarget, verbPhrase } from './phrasing.js';
import type { DigestItem } from './types.js';

/** An item before citation numbers exist (they depend on where the item ends up in the digest). */
export interface DescribedItem {
  item: Omit<DigestItem, 'sources'>;
  /** The documents that reported it, oldest report first. */
  documentIds: number[];
  actorId: number;
  /** The source as most reports give it: the most frequent role and country. */
  actor: ActorRecord;
}

/** Events (oldest first) grouped by cluster; an event without a cluster is an item of its own. */
export function groupByCluster(events: readonly StoredEvent[]): StoredEvent[][] {
  const groups = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const key = event.clusterId === null ? `event:${event.id}` : `cluster:${event.clusterId}`;
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  return [...groups.values()];
}

/** The most frequent non-null value; ties go to the one seen first (the earliest report). */
export function mostCommon<T>(values: readonly (T | null | undefined)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) { best = value; bestCount = count; }
  }
  return best;
}

/** Dates as text sort in time order, whatever their precision; unknown dates go last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function describeItem(events: readonly StoredEvent[]): DescribedItem {
  const first = events[0];
  if (!first) throw new RangeError('an item needs at least one event');
  const cameo = mostCommon(events.map((e) => e.cameo)) ?? first.cameo;
  const target = mostCommon(events.map((e) => targetName(e.target)));
  const channel = mostCommon(events.map((e) => e.channel));
  const date = events.map((e) => e.date).sort(compareDates)[0] ?? null;
  // The evidence is read only for cue words (see phrasing.ts); none of it is written out.
  const phrase = verbPhrase(first.plover, cameo, events.map((e) => e.evidence.text));
  const actor: ActorRecord = {
    text: first.source.text,
    name: mostCommon(events.map((e) => e.source.name)),
    country: mostCommon(events.map((e) => e.source.country)),
    sector: mostCommon(events.map((e) => e.source.sector)),
    role: mostCommon(events.map((e) => e.source.role)),
  };
  const byDate = [...events].sort((a, b) => compareDates(a.date, b.date) || a.id - b.id);
  return {
    item: {
      clusterId: first.clusterId,
      eventIds: events.map((e) => e.id).sort((a, b) => a - b),
      plover: first.plover,
      cameo,
      target,
      channel,
      date,
      text: itemText(phrase, target, channel, date),
      verb: target === null ? phrase.verb : verbBeforeTarget(phrase),
    },
    documentIds: [...new Set(byDate.map((e) => e.documentId))],
    actorId: first.sourceActorId,
    actor,
  };
}
