// What the benchmark ledger holds, tallied from the coded events as they are stored, so that
// the timed queries filter on values the ledger really has (its busiest country, category,
// dyad and target actor) instead of names the generator might stop writing one day. Tallying
// the coder's output keeps the benchmark on the ledger's public API: no SQL of its own
// against a schema that is being changed under it.
import type { EventRecord, PloverCategory } from '../types.js';

/** The filter values the queries use, chosen from the tallies. */
export interface QueryChoices {
  /** The state (ISO3, not "IGO") in the most events, as source or target. */
  country: string;
  /** The category most frequent among that country's events. */
  category: PloverCategory;
  /** A day that about half of the dated events fall on or after. */
  since: string;
  /** The pair of states most often source and target of one event, either way round. */
  dyad: [string, string];
  /** The named actor that is most often an event's target, and its most frequent category. */
  targetActor: string;
  targetCategory: PloverCategory;
}

type Tally<K> = Map<K, number>;

/**
 * A state's ISO3 code: the coder also writes "IGO" for international organisations, which are
 * often the busiest "country" of a ledger, but an analyst's country or dyad filter names states.
 */
const isState = (code: string | null): code is string => code !== null && code !== 'IGO' && /^[A-Z]{3}$/.test(code);

function bump<K>(tally: Tally<K>, key: K): void {
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function nested<K, L>(tallies: Map<K, Tally<L>>, key: K): Tally<L> {
  let tally = tallies.get(key);
  if (!tally) {
    tally = new Map();
    tallies.set(key, tally);
  }
  return tally;
}

/** The most frequent key; ties go to the smallest key, so the same ledger always gives the same query. */
export function mostFrequent<K extends string>(tally: Tally<K> | undefined): K | null {
  let best: K | null = null;
  let bestCount = 0;
  for (const [key, count] of tally ?? []) {
    if (count > bestCount || (count === bestCount && best !== null && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export class LedgerProfile {
  events = 0;
  private readonly countryCategories = new Map<string, Tally<PloverCategory>>();
  private readonly countries: Tally<string> = new Map();
  /** "YYYY-MM" → dated events in that month. */
  private readonly months: Tally<string> = new Map();
  private readonly dyads: Tally<string> = new Map();
  private readonly targets = new Map<string, Tally<PloverCategory>>();
  private readonly targetTotals: Tally<string> = new Map();

  add(events: readonly EventRecord[]): void {
    for (const event of events) {
      this.events++;
      const source = event.source.country;
      const target = event.target?.country ?? null;
      // Counted once per event, as the `country` filter matches source or target.
      for (const country of new Set([source, target])) {
        if (!isState(country)) continue;
        bump(this.countries, country);
        bump(nested(this.countryCategories, country), event.plover);
      }
      if (event.date !== null && event.date.length >= 7) bump(this.months, event.date.slice(0, 7));
      if (isState(source) && isState(target) && source !== target) bump(this.dyads, [source, target].sort().join('|'));
      const targetName = event.target?.name ?? null;
      if (targetName !== null) {
        bump(this.targetTotals, targetName);
        bump(nested(this.targets, targetName), event.plover);
      }
    }
  }

  /** The month on or after which about half of the dated events lie, as its first day. */
  private medianMonth(): string | null {
    const months = [...this.months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const total = months.reduce((sum, [, n]) => sum + n, 0);
    let after = total;
    for (const [month, n] of months) {
      if (after <= total / 2) return `${month}-01`;
      after -= n;
    }
    const last = months.at(-1);
    return last ? `${last[0]}-01` : null;
  }

  /** The values to filter on, or the reason there are none (a ledger without events to query). */
  choices(): QueryChoices {
    const country = mostFrequent(this.countries);
    const category = country === null ? null : mostFrequent(this.countryCategories.get(country));
    const since = this.medianMonth();
    const dyad = mostFrequent(this.dyads)?.split('|');
    const targetActor = mostFrequent(this.targetTotals);
    const targetCategory = targetActor === null ? null : mostFrequent(this.targets.get(targetActor));
    const [a, b] = dyad ?? [];
    if (country === null || category === null || since === null || a === undefined || b === undefined
      || targetActor === null || targetCategory === null) {
      throw new Error(`the ledger's ${this.events} events give no country, dated event, dyad or named target to query by`);
    }
    return { country, category, since, dyad: [a, b], targetActor, targetCategory };
  }
}
