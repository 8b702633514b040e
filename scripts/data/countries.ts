// Builds data/countries.json from CountryInfo plus data/manual/countries.json.

import type { Country } from '../../src/ontology/types.js';
import type { CountryInfoEntry } from './countryinfo.js';
import { compare, foldKey, isCleanText, phraseWords, titleCase, uniq } from './util.js';

/** How a CountryInfo block maps to an ISO 3166-1 alpha-3 entry. */
interface Placement { iso3: string; parent?: string; mergeInto?: boolean }

/** CountryInfo blocks whose code is not (or not only) an ISO alpha-3 code, by CountryName. */
const BY_NAME: Record<string, Placement> = {
  'BOSNIAK/CROAT FEDERATION': { iso3: 'BIH', mergeInto: true },
  'BOSNIAN SERB REPUBLICA': { iso3: 'BIH', mergeInto: true },
  'TURKISH REPUBLIC OF NORTH CYPRUS': { iso3: 'CYP', mergeInto: true },
  TIBET: { iso3: 'CHN', mergeInto: true },
  'NETHERLANDS ANTILLES': { iso3: 'NLD', mergeInto: true },
  'SERBIA AND MONTENEGRO': { iso3: 'SRB' },
  KOSOVO: { iso3: 'XKX' },
  'TIMOR LESTE': { iso3: 'TLS' },
  MAYOTTE: { iso3: 'MYT', parent: 'FRA' },
  'SAINT BARTHELEMY': { iso3: 'BLM', parent: 'FRA' },
  JERSEY: { iso3: 'JEY', parent: 'GBR' },
  'ISLE OF MAN': { iso3: 'IMN', parent: 'GBR' }, // CAMEO code GBRIMY
  'BRITISH INDIAN OCEAN TERRITORY': { iso3: 'IOT', parent: 'GBR' },
  'CHRISTMAS ISLAND': { iso3: 'CXR', parent: 'AUS' },
  'COCOS ISLANDS': { iso3: 'CCK', parent: 'AUS' },
};

/** Non-ISO 3-letter codes used by CAMEO/Phoenix and CountryInfo → ISO alpha-3 (successor states for historical ones). */
export const NON_ISO_CODES: Record<string, string> = {
  KSV: 'XKX', KOS: 'XKX', TMP: 'TLS', FRN: 'FRA', ROM: 'ROU', ZAR: 'COD', BUR: 'MMR',
  USR: 'RUS', SUN: 'RUS', YUG: 'SRB', FRY: 'SRB', SCG: 'SRB', CSK: 'CZE', DDR: 'DEU', GDR: 'DEU',
  SRP: 'BIH', BHF: 'BIH', SPR: 'BIH',
};

const CAMEO_PARENT_FIX: Record<string, string> = { FRN: 'FRA' };

export function placeCountry(e: CountryInfoEntry): Placement | null {
  const byName = BY_NAME[e.countryName];
  if (byName) return byName;
  const code = e.code.trim();
  if (/^[A-Z]{6}$/.test(code)) {
    const parent = code.slice(0, 3);
    return { iso3: code.slice(3), parent: CAMEO_PARENT_FIX[parent] ?? parent };
  }
  if (/^[A-Z]{3}$/.test(code)) return { iso3: NON_ISO_CODES[code] ?? code };
  return null;
}

// ------------------------------------------------------------ adjective / name split

const DEMONYM_WORDS = new Set([
  'DANE', 'SWEDE', 'FINN', 'POLE', 'SERB', 'CROAT', 'TURK', 'THAI', 'SWISS', 'MANX', 'KIWI', 'AUSSIE',
  'BRITON', 'SCOT', 'KURD', 'LAO', 'KHMER', 'GREEK', 'UZBEK', 'TAJIK', 'SLOVAK', 'KYRGYZ', 'KIRGHIZ',
  'KAZAKH', 'TURKMEN', 'CZECH', 'DUTCH', 'FRENCH', 'WELSH', 'IRISH', 'MALAGASY', 'MOTSWANA', 'BATSWANA',
  'MOSOTHO', 'BASOTHO', 'FILIPINO', 'FILIPINA', 'SAUDI', 'SOMALI', 'SWAZI', 'MONGOL', 'MALTESE',
  'NI-VANUATU', 'I-KIRIBATI', 'BURKINABE', 'MONEGASQUE', 'ARGENTINE', 'PHILIPPINE', 'CYPRIOT', 'IVORIAN',
  'SAHRAWI', 'BAJAN', 'EMIRATI',
]);

const DEMONYM_SUFFIX = /(ESE|ISH|IAN|EAN|IANS|EANS|ESES|AN|ANS|I|IS|OT|OTS|MAN|MEN|WOMAN|WOMEN|ER|ERS|AIS|OIS|ENO|ENA|INE|INES|CH)$/;

function looksLikeDemonym(upper: string, names: Set<string>): boolean {
  if (names.has(upper)) return false;
  const words = upper.split(' ');
  const last = words[words.length - 1] ?? '';
  const singular = last.endsWith('S') ? last.slice(0, -1) : last;
  if (DEMONYM_WORDS.has(last) || DEMONYM_WORDS.has(singular)) return true;
  if (/STAN$/.test(last)) return false;
  if (!DEMONYM_SUFFIX.test(last)) return false;
  // Words that end like demonyms but are places ("OMAN", "SUDAN", "IRAN", "HAITI").
  if (names.has(last)) return false;
  if (/(LAND|IA)$/.test(last)) return false;
  return true;
}

/** Dictionary token ("SOUTH_KOREAN_", "U.S.") → readable string, or null when unusable. */
function readable(token: string): string | null {
  const words = phraseWords(token.replace(/^'+/, ''));
  if (!words || /[(),/"]/.test(words)) return null;
  const text = titleCase(words);
  return isCleanText(text) ? text : null;
}

export interface ManualCountry {
  iso3: string;
  name?: string;
  names?: string[];
  adjectives?: string[];
  capitals?: string[];
  cities?: string[];
  seats?: string[];
  parent?: string;
  /** Strings to remove from the generated lists (bad synonyms). */
  remove?: string[];
}

export function buildCountries(entries: CountryInfoEntry[], manual: ManualCountry[], warn: (m: string) => void): Country[] {
  const byIso = new Map<string, Country & { _primary: boolean }>();
  const allNames = new Set<string>(entries.map((e) => e.countryName));
  for (const e of entries) {
    const place = placeCountry(e);
    if (!place) { warn(`countries: no ISO code for CountryInfo block "${e.countryName}" (${e.rawCode})`); continue; }
    const names: string[] = [];
    const adjectives: string[] = [];
    const nameText = readable(e.countryName);
    if (nameText) names.push(nameText);
    for (const tok of e.nationality) {
      const words = phraseWords(tok);
      const text = readable(tok);
      if (!text) continue;
      (looksLikeDemonym(words, allNames) ? adjectives : names).push(text);
    }
    const capitals = e.capitals.map(readable).filter((x): x is string => x !== null);
    const cities = e.cities.map(readable).filter((x): x is string => x !== null);
    const existing = byIso.get(place.iso3);
    if (existing) {
      existing.names.push(...names);
      existing.adjectives.push(...adjectives);
      // A merged region's capital (Lhasa, Nicosia North) is a city of the country, not its capital.
      if (place.mergeInto) existing.cities.push(...capitals, ...cities);
      else { existing.capitals.push(...capitals); existing.cities.push(...cities); }
      if (!place.mergeInto && !existing._primary) { existing.name = nameText ?? existing.name; existing._primary = true; }
      continue;
    }
    const entry: Country & { _primary: boolean } = {
      iso3: place.iso3,
      name: nameText ?? place.iso3,
      names,
      adjectives,
      capitals,
      cities: place.mergeInto ? [...capitals, ...cities] : cities,
      seats: [],
      _primary: !place.mergeInto,
    };
    if (place.mergeInto) entry.capitals = [];
    if (place.parent) entry.parent = place.parent;
    byIso.set(place.iso3, entry);
  }

  for (const m of manual) {
    let c = byIso.get(m.iso3);
    if (!c) {
      c = { iso3: m.iso3, name: m.name ?? m.iso3, names: [], adjectives: [], capitals: [], cities: [], seats: [], _primary: true };
      byIso.set(m.iso3, c);
    }
    if (m.name) c.name = m.name;
    if (m.parent) c.parent = m.parent;
    // Manual strings go first so that they lead each list.
    c.names = [...(m.names ?? []), ...c.names];
    c.adjectives = [...(m.adjectives ?? []), ...c.adjectives];
    c.capitals = [...(m.capitals ?? []), ...c.capitals];
    c.cities = [...(m.cities ?? []), ...c.cities];
    c.seats = [...(m.seats ?? []), ...c.seats];
    if (m.remove) {
      const drop = new Set(m.remove.map(foldKey));
      const keep = (s: string) => !drop.has(foldKey(s));
      c.names = c.names.filter(keep); c.adjectives = c.adjectives.filter(keep);
      c.capitals = c.capitals.filter(keep); c.cities = c.cities.filter(keep);
    }
    for (const s of [...(m.names ?? []), ...(m.adjectives ?? []), ...(m.capitals ?? []), ...(m.cities ?? []), ...(m.seats ?? [])]) {
      if (!isCleanText(s)) warn(`countries: manual string for ${m.iso3} is not plain text: "${s}"`);
    }
  }

  const manualByIso = new Map(manual.map((m) => [m.iso3, m] as const));
  const out: Country[] = [];
  for (const c of byIso.values()) {
    // A string the manual file lists only as an adjective leaves the names ("Kosovar").
    const m = manualByIso.get(c.iso3);
    const manualAdj = new Set(m?.adjectives ?? []);
    const manualNames = new Set(m?.names ?? []);
    const names = uniq([c.name, ...c.names]).filter((n) => !manualAdj.has(n) || manualNames.has(n) || n === c.name);
    const nameSet = new Set(names);
    const adjectives = uniq(c.adjectives).filter((a) => !nameSet.has(a) || manualAdj.has(a));
    const capitals = uniq(c.capitals);
    const capSet = new Set(capitals);
    const cities = uniq(c.cities).filter((x) => !capSet.has(x) && !nameSet.has(x));
    const entry: Country = { iso3: c.iso3, name: c.name, names, adjectives, capitals, cities, seats: uniq(c.seats) };
    if (c.parent) entry.parent = c.parent;
    out.push(entry);
  }
  out.sort((a, b) => compare(a.iso3, b.iso3));
  return out;
}

/**
 * Map from every country code that appears in CountryInfo/Phoenix codes (ISO, CAMEO
 * dependency codes "USAPRI", historical "YUGBIH", non-ISO "KSV") to ISO alpha-3.
 */
export function countryCodeMap(entries: CountryInfoEntry[], countries: Country[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of countries) map.set(c.iso3, c.iso3);
  for (const [k, v] of Object.entries(NON_ISO_CODES)) map.set(k, v);
  for (const e of entries) {
    const place = placeCountry(e);
    if (!place) continue;
    for (const code of [e.code, ...e.allCodes]) {
      const c = code.trim();
      if (/^[A-Z]{3}$/.test(c) || /^[A-Z]{6}$/.test(c)) {
        if (!map.has(c)) map.set(c, place.iso3);
      }
    }
  }
  return map;
}
