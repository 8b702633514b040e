// Generates the ontology files in data/ from the field's public dictionaries.
//
//   npx tsx scripts/build-data.ts        (npm run build:data)
//
// Sources are read from ../shared/ontology relative to the project root, or from the
// directory given in ATTACHE_ONTOLOGY. Project-authored supplements are read from
// data/manual/*.json. Output is deterministic: re-running produces identical files.

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Agent, CameoEntry, Country, Organisation, PloverCategory, PloverEntry, VerbDictionary } from '../src/ontology/types.js';
import { buildPeopleAndOrgs, mergeOrganisations, mergePeople, parseActorFile, type ManualOrganisation, type ManualPerson } from './data/actors.js';
import { buildAgents, parseAgents, type ManualAgent } from './data/agents.js';
import { buildCameo, buildPlover, parseCameoPloverTable, parsePloverManual, type GoldsteinTable, type ManualCameo } from './data/cameo.js';
import { buildCountries, countryCodeMap, type ManualCountry } from './data/countries.js';
import { parseCountryInfo } from './data/countryinfo.js';
import { noticeText } from './data/notice.js';
import { readJson, readSource, writeJson } from './data/util.js';
import { buildVerbs } from './data/verbs.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ontologyDir = resolve(process.env.ATTACHE_ONTOLOGY ?? join(root, '..', 'shared', 'ontology'));
const dataDir = join(root, 'data');
const manualDir = join(dataDir, 'manual');

const SOURCES = {
  countryInfo: 'countryinfo/CountryInfo.120116.txt',
  verbs: 'petrarch/CAMEO.2.0.txt',
  countryActors: 'petrarch/Phoenix.Countries.actors.txt',
  intlActors: 'petrarch/Phoenix.International.actors.txt',
  agents: 'petrarch/Phoenix.agents.txt',
  cameoPlover: 'plover/CAMEO2PLOVER-2021.txt',
  ploverManual: 'plover/PLOVER_MANUAL.tex',
} as const;

const warnings: string[] = [];
const warn = (m: string) => { warnings.push(m); };

function src(key: keyof typeof SOURCES): string {
  const p = join(ontologyDir, SOURCES[key]);
  if (!existsSync(p)) {
    console.error(`build-data: missing source ${p}\n  (set ATTACHE_ONTOLOGY to the folder holding countryinfo/, petrarch/ and plover/)`);
    process.exit(1);
  }
  return readSource(p);
}

function main(): void {
  // ---- countries
  const ciEntries = parseCountryInfo(src('countryInfo'));
  const countries: Country[] = buildCountries(ciEntries, readJson<ManualCountry[]>(join(manualDir, 'countries.json')), warn);
  const codeMap = countryCodeMap(ciEntries, countries);

  // ---- people and organisations
  const countryGroups = parseActorFile(src('countryActors'), 'countries');
  const intlGroups = parseActorFile(src('intlActors'), 'international');
  const built = buildPeopleAndOrgs(countryGroups, intlGroups, ciEntries, countries, codeMap, warn);
  const people = mergePeople(built.people, readJson<ManualPerson[]>(join(manualDir, 'people.json')));
  const generatedOrgs = built.organisations;
  const organisations: Organisation[] = mergeOrganisations(generatedOrgs, readJson<ManualOrganisation[]>(join(manualDir, 'organisations.json')));

  // ---- agents
  const agents: Agent[] = buildAgents(parseAgents(src('agents'), warn), readJson<ManualAgent[]>(join(manualDir, 'agents.json')), warn);

  // ---- verbs
  const { dict: verbs, stats: verbStats } = buildVerbs(src('verbs'), warn);

  // ---- cameo and plover
  const table = parseCameoPloverTable(src('cameoPlover'), warn);
  const used = new Set<string>();
  for (const b of verbs.verbs) {
    if (b.code) used.add(b.code);
    for (const c of Object.values(b.lemmaCodes)) if (c) used.add(c);
    for (const p of b.patterns) { if (p.code) used.add(p.code); if (p.reverseCode) used.add(p.reverseCode); }
  }
  for (const t of verbs.transformations) if (/^\d+$/.test(t.result.code)) used.add(t.result.code);
  const goldstein = readJson<GoldsteinTable>(join(manualDir, 'goldstein.json'));
  const manualCameo = readJson<ManualCameo>(join(manualDir, 'cameo.json'));
  const cameo: Record<string, CameoEntry> = buildCameo(table, used, goldstein, manualCameo, warn);
  const plover: Record<PloverCategory, PloverEntry> = buildPlover(table, parsePloverManual(src('ploverManual'), warn), warn);

  // ---- write
  const files: [string, unknown, number][] = [
    ['countries.json', countries, countries.length],
    ['organisations.json', organisations, organisations.length],
    ['people.json', people, people.length],
    ['agents.json', agents, agents.length],
    ['verbs.json', verbs satisfies VerbDictionary, verbs.verbs.length],
    ['cameo.json', cameo, Object.keys(cameo).length],
    ['plover.json', plover, Object.keys(plover).length],
  ];
  for (const [name, data] of files) writeJson(join(dataDir, name), data);
  writeFileSync(join(dataDir, 'NOTICE.md'), noticeText());

  // ---- report
  const size = (n: string) => `${(statSync(join(dataDir, n)).size / 1024).toFixed(0)} KiB`;
  console.log(`build-data: sources from ${ontologyDir}`);
  for (const [name, , count] of files) console.log(`  data/${name.padEnd(20)} ${String(count).padStart(6)} entries  ${size(name)}`);
  console.log(`  verbs: ${verbStats.blocks} blocks, ${verbStats.patterns} patterns, ${Object.keys(verbs.synsets).length} synsets, ` +
    `${verbs.transformations.length} transformations; skipped ${verbStats.skippedUndefinedSynset} patterns with undefined synsets, ` +
    `${verbStats.skippedRedundantNull} redundant [---] patterns; ${verbStats.expandedAlternatives} extra patterns from A/B alternatives; ` +
    `${verbStats.unbalanced} unbalanced`);
  const unmapped = Object.entries(cameo).filter(([, e]) => e.plover === null).map(([c]) => c);
  console.log(`  cameo: ${unmapped.length} codes without a PLOVER category in the table (${unmapped.slice(0, 12).join(' ')}${unmapped.length > 12 ? ' ...' : ''})`);
  if (warnings.length > 0) {
    console.log(`  ${warnings.length} warnings:`);
    for (const w of warnings.slice(0, 60)) console.log(`    - ${w}`);
    if (warnings.length > 60) console.log(`    ... ${warnings.length - 60} more`);
  }
}

main();
