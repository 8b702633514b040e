// A GDELT-2.0-style event table: tab-separated, GDELT's columns in GDELT's order, so that
// scripts written for GDELT's event files read attaché's events. Columns whose meaning
// attaché has are filled; the rest (known groups, ethnicity, religion, tone, geography)
// are left empty rather than guessed.
//
// GDELT's own files have no header line; we write one by default because a file people open
// should say what its columns are, and `--no-header` (header: false) gives GDELT's layout.
import type { StoredEvent } from '../ledger/event-query.js';
import { loadOntology } from '../ontology/load.js';
import type { ActorRecord } from '../types.js';
import type { EventFacts, FactsLookup } from './event-facts.js';
import { SINGLE_REPORT, withFacts } from './event-facts.js';
import { writeLines } from './lines.js';
import { quadNumber } from './quad.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';

/**
 * The 61 columns of a GDELT 2.0 event record, in the order of the GDELT 2.0 event codebook:
 * ids and dates; Actor1 and Actor2 (code, name, country, known group, ethnic, two religions,
 * three types); the action (root flag, CAMEO code at three levels, quad class, Goldstein,
 * mention/source/article counts, tone); three geography blocks of eight (Actor1, Actor2,
 * Action: type, full name, country, ADM1, ADM2, lat, long, feature id); DATEADDED; SOURCEURL.
 */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

type Cell = string | number | null;
export type GdeltRow = Partial<Record<GdeltColumn, Cell>>;

export interface GdeltOptions extends WriteOptions {
  /** A first line naming the columns (default true; GDELT's files have none). */
  header?: boolean;
  /** Cluster counts, date added and origin from the ledger; without it each event counts once. */
  facts?: FactsLookup;
}

let countryNames: Map<string, string> | null = null;

/** "RUS" → "RUSSIA": GDELT names an actor known only by its country after the country. */
function countryName(iso3: string): string | null {
  countryNames ??= new Map(loadOntology().countries.map((c) => [c.iso3, c.name.toUpperCase()]));
  return countryNames.get(iso3) ?? null;
}

function actorCells(actor: ActorRecord | null, n: 1 | 2): GdeltRow {
  if (!actor) return {};
  const name = actor.name ?? (actor.country ? countryName(actor.country) : null) ?? actor.text;
  // A CAMEO actor code: country then role ("RUSGOV"); either part may be unknown.
  const code = `${actor.country ?? ''}${actor.sector ?? ''}`;
  return {
    [`Actor${n}Code`]: code === '' ? null : code,
    [`Actor${n}Name`]: name.toUpperCase(),
    [`Actor${n}CountryCode`]: actor.country,
    [`Actor${n}Type1Code`]: actor.sector,
  };
}

/** SQLDATE, MonthYear, Year and FractionDate, as far as the event's date is precise. */
function dateCells(date: string | null): GdeltRow {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!match) return {};
  const [, year, month, day] = match;
  const cells: GdeltRow = { Year: year! };
  if (month) cells.MonthYear = `${year}${month}`;
  if (month && day) {
    cells.SQLDATE = `${year}${month}${day}`;
    // GDELT's FractionDate counts every month as 30 days: YYYY + ((month − 1) × 30 + day) / 365.
    cells.FractionDate = (Number(year) + ((Number(month) - 1) * 30 + Number(day)) / 365).toFixed(4);
  }
  return cells;
}

/** "2026-01-25T08:30:05.123Z" → "20260125083005": GDELT 2.0's DATEADDED, UTC. */
export function gdeltTimestamp(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  return match ? match.slice(1).join('') : null;
}

export function gdeltRow(event: StoredEvent, facts?: EventFacts): GdeltRow {
  const counts = facts ?? SINGLE_REPORT;
  return {
    GLOBALEVENTID: event.id,
    ...dateCells(event.date),
    ...actorCells(event.source, 1),
    ...actorCells(event.target, 2),
    // GDELT marks events of the lead paragraph as root events; the ledger keeps sentences,
    // not paragraphs, so the lead is the article's first sentence.
    IsRootEvent: event.sentence === 0 ? 1 : 0,
    EventCode: event.cameo || null,
    EventBaseCode: event.cameo ? event.cameo.slice(0, 3) : null,
    EventRootCode: event.cameo ? event.cameo.slice(0, 2) : null,
    QuadClass: quadNumber(event.quad),
    GoldsteinScale: event.goldstein,
    NumMentions: counts.mentions,
    NumSources: counts.sources,
    NumArticles: counts.articles,
    DATEADDED: facts?.addedAt ? gdeltTimestamp(facts.addedAt) : null,
    // Never empty: an article read from a file has no URL, but its origin or doc key says where it is.
    SOURCEURL: event.url ?? facts?.origin ?? event.doc,
  };
}

/** One TSV line; a tab or line break inside a value (a name, a path) would shift every column after it. */
export function gdeltLine(row: GdeltRow): string {
  return `${GDELT_COLUMNS.map((column) => String(row[column] ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`;
}

export function writeGdelt(events: EventSource, out: NodeJS.WritableStream, options: GdeltOptions = {}): Promise<ExportResult> {
  return writeLines(withFacts(events, options.facts), out, options, {
    ...(options.header === false ? {} : { header: `${GDELT_COLUMNS.join('\t')}\n` }),
    line: ([event, facts]) => gdeltLine(gdeltRow(event, facts)),
  });
}
