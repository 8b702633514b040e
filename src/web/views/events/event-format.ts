// What the events table and the overview share: the closed vocabularies (from the scorer's
// lists, so the explorer cannot drift from the coder), quad-class colours and labels, and the
// way an actor, an outlet and a month range are written.
import type { ActorRecord, QuadClass, StoredEvent } from '../../api';
import { CHANNELS, PLOVER_CATEGORIES } from '../../../eval/categories';

export { CHANNELS, PLOVER_CATEGORIES };

export const QUADS: readonly { quad: QuadClass; label: string; colour: string }[] = [
  { quad: 'verbal-cooperation', label: 'Verbal cooperation', colour: 'var(--verbal-coop)' },
  { quad: 'material-cooperation', label: 'Material cooperation', colour: 'var(--material-coop)' },
  { quad: 'verbal-conflict', label: 'Verbal conflict', colour: 'var(--verbal-conflict)' },
  { quad: 'material-conflict', label: 'Material conflict', colour: 'var(--material-conflict)' },
];

export function quadColour(quad: QuadClass): string {
  return QUADS.find((q) => q.quad === quad)?.colour ?? 'var(--muted)';
}

export function quadLabel(quad: string): string {
  return QUADS.find((q) => q.quad === quad)?.label ?? quad;
}

/** "Alar Karis", or the words of the sentence when the actor has no name (a country, say). */
export function actorName(actor: ActorRecord): string {
  return actor.name ?? actor.country ?? actor.text;
}

/** "EST · GOV · President": what else is known of the actor, or '' when nothing is. */
export function actorDetails(actor: ActorRecord): string {
  const parts = [actor.country, actor.sector, actor.role].filter((part): part is string => !!part);
  // A country actor is named by its code already.
  if (actor.name === null && parts[0] === actor.country) parts.shift();
  return parts.join(' · ');
}

/** The outlet, else the host of the article's URL, else the document's name. */
export function outletOf(event: Pick<StoredEvent, 'outlet' | 'url' | 'doc'>): string {
  if (event.outlet) return event.outlet;
  if (event.url) {
    try {
      return new URL(event.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL after all: fall through to the document's name
    }
  }
  return event.doc;
}

/** "2026-02" → ["2026-02-01", "2026-02-28"]: a month as the day range the table filters by. */
export function monthRange(month: string): [string, string] {
  const [year, number] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one (UTC: no time zone can shift it).
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

/** "/events?country=FIN&category=AGREE": a link to the table with these filters. */
export function eventsLink(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `/events?${text}` : '/events';
}
