// The digest's headline parts: a title that says what was asked, and one sentence that says
// what happened, naming the countries ("Leaders of Cuba, Russia and Japan congratulated To
// Lam between 24 and 26 January 2026, according to 3 articles").
import type { EventFilter } from '../ledger/event-query.js';
import { capitalise } from './actor-label.js';
import { countryInProse, countryName } from './countries.js';
import { dateRangePhrase, formatDate } from './dates.js';
import type { DigestCountry, DigestItem } from './types.js';
import { joinAnd, joinOr } from './words.js';

/** "SUPPORT events towards To Lam since 20 January 2026": the filter in words. */
export function describeFilter(filter: EventFilter): string {
  const words = [filter.category?.length ? `${joinOr(filter.category)} events` : 'events'];
  if (filter.quad?.length) words.push(`of class ${joinOr(filter.quad)}`);
  if (filter.channel?.length) words.push(`by ${joinOr(filter.channel)}`);
  if (filter.source !== undefined) words.push(`by ${filter.source}`);
  if (filter.target !== undefined) words.push(`towards ${filter.target}`);
  if (filter.actor !== undefined) words.push(`involving ${filter.actor}`);
  if (filter.country !== undefined) words.push(`involving ${countryInProse(filter.country.toUpperCase(), countryName(filter.country))}`);
  if (filter.dyad) words.push(`between ${filter.dyad[0]} and ${filter.dyad[1]}`);
  if (filter.text !== undefined && filter.text.trim() !== '') words.push(`mentioning "${filter.text.trim()}"`);
  if (filter.documentId !== undefined) words.push(`in document ${filter.documentId}`);
  if (filter.clusterId !== undefined) words.push(`in cluster ${filter.clusterId}`);
  if (filter.since !== undefined && filter.until !== undefined) words.push(`from ${formatDate(filter.since)} to ${formatDate(filter.until)}`);
  else if (filter.since !== undefined) words.push(`since ${formatDate(filter.since)}`);
  else if (filter.until !== undefined) words.push(`until ${formatDate(filter.until)}`);
  return words.join(' ');
}

export function digestTitle(filter: EventFilter): string {
  return `Digest: ${describeFilter(filter)}`;
}

/** What a digest says when the ledger holds nothing that matches. */
export function emptySummary(filter: EventFilter): string {
  return `No ${describeFilter(filter)} are in the ledger.`;
}

/** Distinct values, most frequent first (ties: first seen first). */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Beyond this many different verbs a list stops being a summary. */
const MAX_VERBS = 3;
const MAX_TARGETS = 3;

function subjectOf(countries: readonly DigestCountry[]): string {
  const actors = countries.flatMap((c) => c.actors);
  const only = actors.length === 1 ? actors[0] : undefined;
  const onlyCountry = countries.length === 1 ? countries[0] : undefined;
  if (only && onlyCountry) {
    return only.person && onlyCountry.code !== null ? `${only.label} of ${countryInProse(onlyCountry.code, onlyCountry.name)}` : only.label;
  }
  const noun = actors.every((a) => a.person) ? 'Leaders' : 'Representatives';
  const named = countries.filter((c) => c.code !== null).map((c) => countryInProse(c.code, c.name));
  if (named.length === 0) return `${noun} of countries not known`;
  const others = named.length < countries.length ? ' and others' : '';
  return `${noun} of ${joinAnd(named)}${others}`;
}

function predicateOf(items: readonly DigestItem[]): string {
  const targeted = items.filter((i) => i.target !== null);
  const chosen = targeted.length > 0 ? targeted : items;
  const verbs = byFrequency(chosen.map((i) => i.verb));
  const verb = verbs.length > MAX_VERBS ? (targeted.length > 0 ? 'engaged with' : 'acted') : joinOr(verbs);
  if (targeted.length === 0) return verb;
  const targets = byFrequency(targeted.map((i) => i.target!));
  const named = targets.length > MAX_TARGETS
    ? `${targets.slice(0, MAX_TARGETS - 1).join(', ')} and ${targets.length - MAX_TARGETS + 1} others`
    : joinAnd(targets);
  return `${verb} ${named}`;
}

export function summarySentence(countries: readonly DigestCountry[], articleCount: number): string {
  const items = countries.flatMap((c) => c.actors.flatMap((a) => a.items));
  const when = dateRangePhrase(items.map((i) => i.date));
  const according = articleCount === 1 ? 'according to one article' : `according to ${articleCount} articles`;
  const words = [capitalise(subjectOf(countries)), predicateOf(items)];
  if (when !== '') words.push(when);
  return `${words.join(' ')}, ${according}.`;
}
