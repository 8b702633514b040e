// Shapes of the generated ontology files in data/ (written by scripts/build-data.ts).
// Strings that name things (countries, people, organisations, agent phrases) are plain
// text as it is written in news: no regular expressions, no markup, no underscores.

import type { PloverCategory, QuadClass } from '../types.js';

export type { PloverCategory, QuadClass };

/** data/countries.json: one entry per ISO 3166-1 alpha-3 code (Kosovo: XKX). */
export interface Country {
  /** ISO 3166-1 alpha-3 ("RUS", "VNM", "XKX", "PSE", "HKG"). */
  iso3: string;
  /** Common English short name ("Russia", "Vietnam"). */
  name: string;
  /**
   * Names, official and short forms, synonyms, spelling variants and foreign forms, as
   * written in text ("Russian Federation", "Viet Nam", "Việt Nam", "U.S.", "DPRK").
   * All-uppercase entries are acronyms: match them case-sensitively ("US" is not "us").
   */
  names: string[];
  /** Nationality adjectives and demonyms, singular and plural ("Russian", "Cubans", "Briton"). */
  adjectives: string[];
  capitals: string[];
  /** Major cities (not the capital). */
  cities: string[];
  /** Metonyms for the government: seats and residences ("the Kremlin", "White House"). */
  seats: string[];
  /**
   * For dependencies that have their own ISO code (Puerto Rico PRI, Greenland GRL), the
   * state that controls them (PLOVER folds them into it); absent for sovereign states.
   */
  parent?: string;
}

/** data/organisations.json */
export interface Organisation {
  name: string;
  /** Other names and abbreviations ("UN", "U.N.", "NATO", "CPV"). */
  aliases: string[];
  /** "IGO" for intergovernmental organisations, ISO3 when tied to a country, or null. */
  country: string | null;
  /** Primary sector: IGO, NGO, MNC, PTY, GOV, MIL, LEG, JUD, REB, SPY, COP, ... or null. */
  sector: string | null;
  /** The Phoenix/CAMEO actor code as given by the source ("IGOUNO", "RUSLEG"), or an authored one. */
  code: string;
  /** Where the entry comes from: "phoenix-international", "phoenix-countries" or "manual". */
  source: 'phoenix-international' | 'phoenix-countries' | 'manual';
}

/** One dated role of a person. Dates are ISO YYYY-MM-DD; null means open-ended / unknown. */
export interface PersonRole {
  /** The raw Phoenix/CAMEO code, e.g. "RUSGOV", "USAGOVLEG", "IGOUNO". */
  code: string;
  /** Sector derived from the code after the country (GOV, MIL, ELI, LEG, IGO, ...). */
  sector: string | null;
  from: string | null;
  to: string | null;
  /** Position title when CountryInfo gives one ("President", "Minister of Justice"). */
  title?: string;
}

/** data/people.json */
export interface Person {
  /** Readable name ("Vladimir Putin"). */
  name: string;
  /** Other full forms of the name (never a bare surname, never a title). */
  aliases: string[];
  /** ISO3 of the person's country, or "IGO" for officials known only in an IGO role. */
  country: string;
  roles: PersonRole[];
}

/** data/agents.json: role and group nouns. */
export interface Agent {
  /** Lowercase words separated by single spaces ("prime minister", "troops"). */
  phrase: string;
  /** Primary CAMEO sector code (first three letters of the code): GOV, MIL, REB, ... */
  sector: string;
  /** Full agent code without "~" ("GOVMIL" for "defense secretary"). */
  code: string;
  /**
   * PLOVER 2021 sector for the CAMEO one where they differ or map (CAMEO MED "media" →
   * PLOVER JRN, CAMEO HLH "health" → PLOVER MED, religions → REL, ...), null when PLOVER
   * has no equivalent.
   */
  ploverSector: string | null;
  /** true when the source allows other words between the phrase's words. */
  loose?: true;
  source: 'phoenix' | 'manual';
}

// ---------------------------------------------------------------------------- verbs

/** One element of a verb pattern (CAMEO.2.0 / PETRARCH2 pattern syntax, see dictionaries.rst). */
export type VerbElement =
  /**
   * A noun (usually the head of a noun phrase) or particle. `stem: true` when the source
   * word has no trailing "_" (TABARI convention: it may match inflected forms, e.g. by
   * lemma). A word with spaces ("air strike") is a sequence of consecutive words.
   */
  | { word: string; stem?: true }
  /** A synonym set, a key of VerbDictionary.synsets ("&MILITARY"). */
  | { synset: string }
  /** `{A B C}`: a noun phrase; the last element is the head, the others modify it. */
  | { phrase: VerbElement[] }
  /** `(PREP ...)`: a prepositional phrase; `words` is what it governs (may be empty). */
  | { prep: string; words: VerbElement[] }
  /** `$`: the source actor is found here. */
  | { source: true }
  /** `+`: the target actor is found here. */
  | { target: true }
  /** `%`: a compound actor (source and target together, as in joint actions). */
  | { compound: true }
  /** `^`: skip over the next noun phrase (typically a location or other actor). */
  | { skip: true };

export interface VerbPattern {
  /**
   * CAMEO code of the event from source to target (the first code of "042:043"); null
   * when the pattern only gives a reverse code ("[:173]") or is a suppressor ("[---]").
   */
  code: string | null;
  /** The code as written in the dictionary ("042:043", ":173", "---"). */
  rawCode: string;
  /**
   * Second code of a paired code "X:Y": the complementary event with source and target
   * exchanged (e.g. 042 "make a visit" → 043 "host a visit"); null when absent.
   */
  reverseCode: string | null;
  /** Elements before the verb (pre-verb nouns, then pre-verb prepositional phrases). */
  before: VerbElement[];
  /** Elements after the verb. */
  after: VerbElement[];
  /** The pattern as written, without its code and comment ("- * (TO)"). */
  raw: string;
}

export interface VerbBlock {
  /** Block name from the "--- NAME [code] ---" line ("ACCELERATE", "PRAISE"). */
  block: string;
  /** Block default CAMEO code for the isolated verb; null for "---". */
  code: string | null;
  /** Base forms, lowercased; multi-word verbs space-separated ("ask for", "wire tap"). */
  lemmas: string[];
  /**
   * Forms listed in "{...}" in the dictionary, lowercased ("sped", "asked for"). Regular
   * -s/-ed/-ing forms are not listed (PETRARCH generates them; lemmatise to match them).
   */
  forms: string[];
  /** Which lemma each listed form belongs to. */
  formOf: Record<string, string>;
  /** For multi-word lemmas: index of the word that is the verb ("wire tap" → 1). */
  verbIndex: Record<string, number>;
  /** Per-lemma codes that override the block code (null: the lemma alone codes nothing). */
  lemmaCodes: Record<string, string | null>;
  patterns: VerbPattern[];
}

/** "~ a (a b ATTACK) SAY = a b 015": a verb acting on a coded lower verb phrase. */
export interface VerbTransformation {
  raw: string;
  /** Upper clause: source variable, verb block name. */
  upper: { source: string; verb: string };
  /** Lower clause: source, target and verb block name ("Q" = any verb). */
  lower: { source: string; target: string; verb: string };
  /** Result: source, target and CAMEO code ("Q" = the lower verb's code). */
  result: { source: string; target: string; code: string };
}

/** data/verbs.json */
export interface VerbDictionary {
  /**
   * Synonym sets ("&MILITARY" → ["army", "armies", "troops", ...]): lowercased words and
   * phrases (space-separated) including the regular plurals PETRARCH generates.
   */
  synsets: Record<string, string[]>;
  verbs: VerbBlock[];
  transformations: VerbTransformation[];
}

// ----------------------------------------------------------------------- cameo / plover

/** data/cameo.json: CAMEO code → entry. */
export interface CameoEntry {
  name: string;
  /** PLOVER 2021 category from the CAMEO→PLOVER table; null when the table has none. */
  plover: PloverCategory | null;
  /**
   * Project-authored suggestion where the table is silent (CAMEO 02x appeals → REQUEST,
   * following the PLOVER manual's definition of REQUEST); absent otherwise.
   */
  ploverSuggested?: PloverCategory;
  mode: string | null;
  context: string[];
  /** Quad class by CAMEO root: 01–05, 06–08, 09–13, 14–20. */
  quad: QuadClass;
  /** Goldstein conflict–cooperation score (−10 … +10). */
  goldstein: number;
}

/** data/plover.json: PLOVER category → entry. */
export interface PloverEntry {
  /** The most general CAMEO code mapped to this category in the table ("050" for SUPPORT). */
  cameo: string;
  /** Every CAMEO code the table maps to this category. */
  cameoCodes: string[];
  /** Quad class given by the PLOVER manual for the category. */
  quad: QuadClass;
  modes: string[];
  /** The general PLOVER context list (contexts may be used with any category). */
  contexts: string[];
  /** PLOVER conflict–cooperation score of the category (manual table). */
  score: number | null;
  /** Scores of the category's modes where the manual gives them. */
  modeScores: Record<string, number>;
}

export interface Ontology {
  countries: Country[];
  organisations: Organisation[];
  people: Person[];
  agents: Agent[];
  verbs: VerbDictionary;
  cameo: Record<string, CameoEntry>;
  plover: Record<PloverCategory, PloverEntry>;
}
