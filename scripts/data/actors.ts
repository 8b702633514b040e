// Parser for the Phoenix (PETRARCH2) actor dictionaries and the builders of
// data/people.json and data/organisations.json.

import type { Country, Organisation, Person, PersonRole } from '../../src/ontology/types.js';
import type { CountryInfoEntry } from './countryinfo.js';
import { placeCountry } from './countries.js';
import { compare, foldKey, isCleanText, parseRestriction, phraseWords, titleCase, uniq } from './util.js';

export interface CodeRestriction { code: string; restriction: string }

export interface ActorGroup {
  file: 'countries' | 'international';
  /** 1-based line of the primary phrase, and of the group's last line. */
  line: number;
  lastLine: number;
  /** Upper-case words of the primary phrase. */
  primary: string;
  synonyms: string[];
  codes: CodeRestriction[];
  /** Comment text on the primary line ("CountryInfo.txt", "IGOrulers.txt", ...). */
  comment: string;
  /** Section heading ("#####  NGOs  ######") the group appears under. */
  section: string;
}

function splitCodes(text: string): { rest: string; codes: CodeRestriction[] } {
  const codes: CodeRestriction[] = [];
  const rest = text.replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
    const parts = inner.trim().split(/\s+/);
    const code = parts.shift() ?? '';
    if (code) codes.push({ code, restriction: parts.join(' ') });
    return ' ';
  });
  return { rest: rest.trim(), codes };
}

/**
 * Reads a Phoenix .actors file into groups (primary phrase, "+" synonyms, indented date
 * restrictions), following PETRARCH2's reader. A primary with no code at all (a few data
 * slips) joins the group that immediately follows it (no blank line between), else the
 * one immediately before it, else it is dropped.
 */
export function parseActorFile(text: string, file: ActorGroup['file']): ActorGroup[] {
  const raw: ActorGroup[] = [];
  let cur: ActorGroup | null = null;
  let section = '';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const full = lines[i] ?? '';
    const trimmed = full.trim();
    if (/^#{3,}\s*\S/.test(trimmed)) section = trimmed.replace(/#/g, '').trim();
    const hash = full.indexOf('#');
    const comment = hash >= 0 ? full.slice(hash + 1).trim() : '';
    const body = (hash >= 0 ? full.slice(0, hash) : full).trim();
    if (!body || body.startsWith('<!')) continue;
    if (body.startsWith('[')) {
      if (cur) { cur.codes.push(...splitCodes(body).codes); cur.lastLine = i + 1; }
      continue;
    }
    if (body.startsWith('+')) {
      if (cur) {
        const { rest, codes } = splitCodes(body.slice(1));
        if (rest) cur.synonyms.push(phraseWords(rest));
        cur.codes.push(...codes);
        cur.lastLine = i + 1;
      }
      continue;
    }
    const { rest, codes } = splitCodes(body);
    cur = { file, line: i + 1, lastLine: i + 1, primary: phraseWords(rest), synonyms: [], codes, comment, section };
    raw.push(cur);
  }
  // Attach code-less primaries to an adjacent group.
  const out: ActorGroup[] = [];
  let pending: ActorGroup[] = [];
  for (let k = 0; k < raw.length; k++) {
    const g = raw[k]!;
    if (g.codes.length === 0) {
      const next = raw[k + 1];
      if (next && next.line === g.lastLine + 1) { pending.push(g); continue; }
      const prev = out[out.length - 1];
      const prevEnd = pending.length === 0 ? prev?.lastLine : undefined;
      if (prev && prevEnd !== undefined && g.line === prevEnd + 1) {
        prev.synonyms.push(g.primary, ...g.synonyms);
        prev.lastLine = g.lastLine;
      }
      pending = [];
      continue;
    }
    if (pending.length > 0) {
      const first = pending[0]!;
      const merged: ActorGroup = {
        ...g,
        line: first.line,
        primary: first.primary,
        synonyms: [...first.synonyms, ...pending.slice(1).flatMap((p) => [p.primary, ...p.synonyms]), g.primary, ...g.synonyms],
        comment: first.comment || g.comment,
      };
      out.push(merged);
      pending = [];
      continue;
    }
    out.push(g);
  }
  return out;
}

// --------------------------------------------------------------- classification

const ORG_WORDS = new Set(`PARTY PARTIES MINISTRY MINISTRIES DEPARTMENT COUNCIL ASSEMBLY PARLIAMENT CONGRESS SENATE
HOUSE COURT COURTS COMMISSION COMMITTEE AGENCY OFFICE BUREAU SERVICE SERVICES FORCE FORCES ARMY NAVY GUARD GUARDS
POLICE FRONT MOVEMENT BRIGADE BRIGADES BATTALION BATTALIONS ALLIANCE COALITION UNION ORGANIZATION ORGANISATION
ASSOCIATION FEDERATION LEAGUE GROUP NETWORK INSTITUTE CENTER CENTRE FOUNDATION BANK FUND COMPANY CORPORATION
AUTHORITY ADMINISTRATION GOVERNMENT CABINET MILITIA MILITARY COMMAND CORPS DIRECTORATE SECRETARIAT TRIBUNAL
JUDICIARY DUMA KNESSET LEGISLATURE POLITBURO PRESIDIUM JUNTA REGIME KINGDOM EMIRATE CALIPHATE COMMUNITY SOCIETY
UNIVERSITY SCHOOL CHURCH PALACE TEAM UNIT UNITS DIVISION REGIMENT FLEET COMMANDOS MUJAHIDEEN COMMITTEES CONFERENCE
PROGRAM PROGRAMME MISSION BOARD CHAMBER AGENCIES INC CORP LTD CO. INC. LTD. GMBH COUNCILS COMPANIES INDUSTRIES
AIRLINES AIRWAYS TELECOM OIL GAS ENERGY BANKS GROUP. HOLDINGS INTERNATIONAL NATIONS STATES REPUBLIC'S SECURITY
INTELLIGENCE ACADEMY COLLEGE HOSPITAL TRUST PARTNERSHIP INITIATIVE COOPERATION MONITOR COORDINATION DECLARATION
COUNCIL'S SOLDIERS TROOPS MARTYRS`.split(/\s+/));

/** Titles and honorifics stripped from the left of a name ("PRESIDENT VLADIMIR PUTIN"). */
const LEADING_TITLES = new Set(`PRESIDENT PRESIDENT-ELECT VICE PRIME MINISTER SECRETARY SECRETARY-GENERAL PREMIER
CHANCELLOR KING QUEEN PRINCE PRINCESS CROWN FORMER EX EX- LATE ACTING INTERIM DEPUTY CHIEF LEADER PM GEN GEN. GENERAL
LT LT. LIEUTENANT COL COL. COLONEL MAJ MAJ. MAJOR CAPT CAPT. CAPTAIN ADMIRAL ADM. MARSHAL FIELD MR MR. MRS MRS. MS MS.
DR DR. SIR LORD LADY BARON BARONESS DAME SENATOR SEN. REP. REPRESENTATIVE CONGRESSMAN CONGRESSWOMAN GOVERNOR GOV.
MAYOR JUDGE JUSTICE AMBASSADOR ENVOY SPEAKER CHAIRMAN CHAIRWOMAN COMMANDER PRESIDENTIAL CANDIDATE DICTATOR STRONGMAN
SPOKESMAN SPOKESWOMAN OFFICIAL DIRECTOR FOREIGN DEFENSE DEFENCE FINANCE INTERIOR OPPOSITION REBEL COMMUNIST SOVIET
PARTY THE OF AND HIS HER MAJESTY HIGHNESS ROYAL U.S. US UN U.N. STATE HOJATOLISLAM HOJATOLESLAM HOJJATOLESLAM AYATOLLAH
GRAND BISHOP ARCHBISHOP CARDINAL REVEREND REV.`.split(/\s+/));

/** Words that make a phrase a role or a description rather than a person's name. */
const ROLE_WORDS = new Set(`PRESIDENT PRESIDENT-ELECT MINISTER MINISTERS SECRETARY SECRETARY-GENERAL PREMIER CHANCELLOR
CHIEF LEADER LEADERS PM SPOKESMAN SPOKESWOMAN SPOKESPERSON OFFICIAL OFFICIALS DIRECTOR AMBASSADOR ENVOY GOVERNOR MAYOR
SENATOR CONGRESSMAN CONGRESSWOMAN REPRESENTATIVE CHAIRMAN CHAIRWOMAN COMMANDER CANDIDATE PARTY COMMUNIST DELEGATE
COMMISSIONER PROSECUTOR ATTORNEY DEPUTY FORMER PRESS`.split(/\s+/));

/** Strips leading titles (and, for aliases, nationality adjectives); keeps at least one word. */
function stripTitles(words: string[], adjectives?: Set<string>): string[] {
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i]!;
    if (LEADING_TITLES.has(w) || (adjectives?.has(w) ?? false)) i++;
    else break;
  }
  return words.slice(i);
}

/** True when the phrase names a role ("US SECRETARY OF HOMELAND SECURITY"): its head noun is a role word. */
function isRolePhrase(words: string[]): boolean {
  const of = words.indexOf('OF');
  const head = of > 0 ? words[of - 1] : words[words.length - 1];
  return head !== undefined && ROLE_WORDS.has(head.replace(/[.,']+$/, ''));
}

function hasWord(words: string[], set: Set<string>): boolean {
  return words.some((w) => set.has(w) || set.has(w.replace(/[.,']+$/, '')));
}

function personNameOk(words: string[]): boolean {
  if (words.length === 0 || words.length > 6) return false;
  if (words.some((w) => /\d/.test(w))) return false;
  return !hasWord(words, ORG_WORDS) && !hasWord(words, ROLE_WORDS);
}

// ----------------------------------------------------------------- codes

const NON_COUNTRY_PREFIXES = new Set(['IGO', 'NGO', 'MNC', 'NGM', 'ISM', 'IMG', 'UIS', 'ELI', 'HIN', 'MED', 'MUS', 'CHR', 'JEW', 'BUD', 'REL']);
const SPECIFIC_SECTORS = new Set(['LEG', 'JUD', 'MIL', 'COP', 'SPY', 'PTY']);

export interface CodeInfo { country: string | null; sector: string | null; countryOnly: boolean; chunks?: string[] }

/**
 * Sector of a person's role: the first sector chunk of the code, except that legislators
 * ("USAGOVLEG") are LEG. Ministers coded GOVJUD/GOVMIL/... stay GOV (a justice minister is
 * government, while an institution coded GOVJUD, a court, is JUD).
 */
function personSector(info: CodeInfo): string | null {
  const chunks = info.chunks ?? [];
  if (chunks[0] === 'GOV' && chunks[1] === 'LEG') return 'LEG';
  if (chunks.length > 0) return chunks[0] ?? null;
  return info.sector;
}

export function makeCodeReader(codeMap: Map<string, string>, warn: (m: string) => void) {
  const unknown = new Set<string>();
  const read = (code: string): CodeInfo | null => {
    if (!/^[A-Z]{3,}$/.test(code)) return null;
    const p3 = code.slice(0, 3);
    if (NON_COUNTRY_PREFIXES.has(p3)) {
      if (p3 === 'IGO') return { country: 'IGO', sector: 'IGO', countryOnly: false };
      const sub = code.slice(3, 6);
      const country = sub.length === 3 && codeMap.has(sub) && !NON_COUNTRY_PREFIXES.has(sub) ? codeMap.get(sub)! : null;
      return { country, sector: p3, countryOnly: false };
    }
    let country: string | undefined;
    let rest = '';
    if (code.length >= 6 && codeMap.has(code.slice(0, 6))) { country = codeMap.get(code.slice(0, 6)); rest = code.slice(6); }
    else if (codeMap.has(p3)) { country = codeMap.get(p3); rest = code.slice(3); }
    if (!country) { if (!unknown.has(p3)) { unknown.add(p3); warn(`actors: unknown country prefix "${p3}" in code ${code}`); } return null; }
    const chunks = rest.match(/.{1,3}/g) ?? [];
    let sector: string | null = chunks[0] ?? null;
    if ((sector === 'GOV' || sector === 'OPP') && chunks[1] && SPECIFIC_SECTORS.has(chunks[1])) sector = chunks[1];
    return { country, sector, countryOnly: chunks.length === 0, chunks };
  };
  return read;
}

// ------------------------------------------------------------------ builders

export interface PeopleAndOrgs { people: Person[]; organisations: Organisation[] }

interface PersonDraft {
  name: string; aliases: string[]; country: string; roles: PersonRole[];
  /** Listed among a country's heads of state or government in CountryInfo <Leaders>. */
  leader?: boolean;
}

function readableName(words: string, country: string | null): string {
  let t = titleCase(words.replace(/(^|\s)['’]+|['’]+(\s|$)/g, '$1$2').trim());
  if (country === 'KOR' || country === 'PRK') {
    // Korean given names: "Ban Ki-moon", "Kim Jong-un".
    t = t.replace(/(\p{Lu}\p{Ll}+)-(\p{Lu})(\p{Ll}+)/gu, (_m, a: string, b: string, c: string) => `${a}-${b.toLowerCase()}${c}`);
  }
  return t;
}

function singularTitle(title: string): string {
  const words = title.trim().split(/\s+/);
  let idx = words.indexOf('of');
  idx = idx > 0 ? idx - 1 : words.length - 1;
  const w = words[idx] ?? '';
  let s = w;
  if (/ies$/i.test(w)) s = w.slice(0, -3) + 'y';
  else if (/men$/i.test(w)) s = w.slice(0, -3) + 'man';
  else if (/[^s]s$/i.test(w)) s = w.slice(0, -1);
  words[idx] = s;
  const t = words.join(' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function buildPeopleAndOrgs(
  countryGroups: ActorGroup[],
  intlGroups: ActorGroup[],
  ciEntries: CountryInfoEntry[],
  countries: Country[],
  codeMap: Map<string, string>,
  warn: (m: string) => void,
): PeopleAndOrgs {
  const readCode = makeCodeReader(codeMap, warn);
  const adjectives = new Set<string>();
  const countryNames = new Set<string>();
  for (const c of countries) {
    for (const a of c.adjectives) adjectives.add(a.toUpperCase());
    for (const n of c.names) countryNames.add(foldKey(n));
  }

  // First names of known leaders (for undated entries without other evidence).
  const firstNameCount = new Map<string, number>();
  for (const g of countryGroups) {
    if (!g.comment.includes('CountryInfo')) continue;
    const first = g.primary.split(' ')[0];
    if (first && g.primary.includes(' ')) firstNameCount.set(first, (firstNameCount.get(first) ?? 0) + 1);
  }
  const isFirstName = (w: string | undefined) => !!w && (firstNameCount.get(w) ?? 0) >= 2;

  const people = new Map<string, PersonDraft>();
  const orgs: Organisation[] = [];
  let droppedRoles = 0;

  const rolesOf = (g: ActorGroup): { role: PersonRole; info: CodeInfo }[] => {
    const out: { role: PersonRole; info: CodeInfo }[] = [];
    for (const c of g.codes) {
      if (c.code === '---') continue;
      const info = readCode(c.code);
      if (!info || info.countryOnly) continue;
      const r = parseRestriction(c.restriction);
      if (!r.valid) droppedRoles++;
      out.push({ role: { code: c.code, sector: personSector(info), from: r.from, to: r.to }, info });
    }
    return out;
  };

  const addPerson = (g: ActorGroup, nameWords: string[]) => {
    const roles = rolesOf(g);
    if (roles.length === 0) return;
    // Country: most frequent non-IGO country among roles; ties → most recent role.
    const counts = new Map<string, number>();
    for (const { info } of roles) if (info.country && info.country !== 'IGO') counts.set(info.country, (counts.get(info.country) ?? 0) + 1);
    let country: string | null = null;
    let best = -1;
    for (const [c, n] of [...counts.entries()].sort((a, b) => compare(a[0], b[0]))) if (n > best) { best = n; country = c; }
    if (!country) country = roles.some((r) => r.info.country === 'IGO') ? 'IGO' : null;
    if (!country) return;
    const name = readableName(nameWords.join(' '), country);
    if (!isCleanText(name)) return;
    const aliases: string[] = [];
    for (const syn of [g.primary, ...g.synonyms]) {
      const words = syn.split(' ').filter(Boolean);
      if (words.some((w) => /[(),/"]/.test(w))) continue;
      const stripped = stripTitles(words, adjectives);
      if (stripped.length < 2) continue; // bare surnames are ambiguous
      if (!personNameOk(stripped)) continue;
      const a = readableName(stripped.join(' '), country);
      if (isCleanText(a) && a !== name) aliases.push(a);
    }
    const key = foldKey(name) + '|' + country;
    const existing = people.get(key);
    if (existing) {
      existing.aliases.push(...aliases);
      existing.roles.push(...roles.map((r) => r.role));
    } else {
      people.set(key, { name, aliases, country, roles: roles.map((r) => r.role) });
    }
  };

  const addOrg = (g: ActorGroup, source: Organisation['source']) => {
    const valid = g.codes.filter((c) => c.code !== '---').map((c) => ({ c, info: readCode(c.code), r: parseRestriction(c.restriction) }))
      .filter((x): x is { c: CodeRestriction; info: CodeInfo; r: ReturnType<typeof parseRestriction> } => x.info !== null && !x.info.countryOnly);
    if (valid.length === 0) return;
    // Current code: open-ended first, then the latest start.
    valid.sort((a, b) => {
      const ao = a.r.to === null ? 1 : 0; const bo = b.r.to === null ? 1 : 0;
      if (ao !== bo) return bo - ao;
      return compare(b.r.from ?? '', a.r.from ?? '');
    });
    const chosen = valid[0]!;
    const primaryRole = hasWord(g.primary.split(' '), ROLE_WORDS);
    const names = [g.primary, ...g.synonyms.filter((s) => primaryRole || !hasWord(s.split(' '), ROLE_WORDS))]
      .map((s) => s.replace(/^THE /, ''))
      .filter((s) => s && !/[(),/"]/.test(s))
      .map((s) => orgCase(s, [g.primary, ...g.synonyms]))
      .filter(isCleanText);
    const [name, ...aliases] = uniq(names);
    if (!name) return;
    orgs.push({ name, aliases: uniq(aliases).filter((a) => a !== name), country: chosen.info.country, sector: chosen.info.sector, code: chosen.c.code, source });
  };

  // ---- Phoenix.Countries.actors.txt
  for (const g of countryGroups) {
    const words = g.primary.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const infos = g.codes.map((c) => readCode(c.code));
    const countryLevel = infos.length > 0 && infos.every((i) => i === null || i.countryOnly);
    if (countryLevel || countryNames.has(foldKey(g.primary))) continue; // the country itself
    const stripped = stripTitles(words);
    if (g.comment.includes('CountryInfo')) { addPerson(g, stripped); continue; }
    const dated = g.codes.some((c) => c.restriction.trim() !== '');
    if (isRolePhrase(words)) continue; // a role ("KOSOVAR PRIME MINISTER"), not an actor
    if (hasWord(words, ORG_WORDS)) { addOrg(g, 'phoenix-countries'); continue; }
    if (dated && personNameOk(stripped) && stripped.length >= 2) { addPerson(g, stripped); continue; }
    if (hasWord(words, ROLE_WORDS)) continue; // a role ("KOSOVAR PRIME MINISTER"), not an actor
    const synOrg = g.synonyms.some((s) => hasWord(s.split(' '), ORG_WORDS) && !hasWord(s.split(' '), ROLE_WORDS));
    if (!synOrg && stripped.length >= 2 && personNameOk(stripped)) { addPerson(g, stripped); continue; }
    addOrg(g, 'phoenix-countries');
  }

  // ---- Phoenix.International.actors.txt
  for (const g of intlGroups) {
    const words = g.primary.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const stripped = stripTitles(words);
    const dated = g.codes.some((c) => c.restriction.trim() !== '');
    const isMnc = /Multinational/i.test(g.section);
    if (!isMnc && isRolePhrase(words)) continue;
    if (hasWord(words, ORG_WORDS)) { addOrg(g, 'phoenix-international'); continue; }
    const nameOk = personNameOk(stripped) && stripped.length >= 2;
    if (nameOk && (dated || g.comment.includes('rulers') || (!isMnc && isFirstName(stripped[0])))) { addPerson(g, stripped); continue; }
    if (!isMnc && hasWord(words, ROLE_WORDS)) continue;
    addOrg(g, 'phoenix-international');
  }

  // ---- CountryInfo leaders and government members: titles, and people Phoenix lacks.
  const byAnyName = new Map<string, PersonDraft>();
  for (const p of people.values()) for (const n of [p.name, ...p.aliases]) { const k = foldKey(n) + '|' + p.country; if (!byAnyName.has(k)) byAnyName.set(k, p); }
  for (const e of ciEntries) {
    const place = placeCountry(e);
    if (!place) continue;
    for (const t of e.terms) {
      const r = parseRestriction(t.restriction);
      if (!r.valid) continue;
      const code = t.code ?? `${place.iso3}GOV`;
      const info = readCode(code);
      const country = info?.country && info.country !== 'IGO' ? info.country : place.iso3;
      const forms = [t.name, ...t.aliases]
        .map((a) => stripTitles(a.split(' ').filter(Boolean)))
        .filter((w) => w.length >= 1 && personNameOk(w))
        .map((w) => readableName(w.join(' '), country))
        .filter(isCleanText);
      if (forms.length === 0) continue;
      // Prefer a form of two or more words as the name ("{AYATOLLAH_KHAMENEI_}{ALI_HOSEINI_KHAMENEI_}").
      const name = forms.find((f) => f.includes(' ')) ?? forms[0]!;
      const title = t.title ? (t.code ? t.title.trim() : singularTitle(t.title)) : undefined;
      let p = forms.map((f) => byAnyName.get(foldKey(f) + '|' + country)).find((x) => x !== undefined);
      if (!p) {
        p = { name, aliases: [], country, roles: [] };
        people.set(foldKey(name) + '|' + country, p);
      }
      for (const f of forms) byAnyName.set(foldKey(f) + '|' + country, p);
      p.aliases.push(...forms.filter((f) => f.includes(' ')));
      if (!t.code) p.leader = true;
      const sector = (info ? personSector(info) : null) ?? 'GOV';
      const match = p.roles.find((x) => x.sector === sector && x.from === r.from && (x.to === r.to || r.to === null || x.to === null));
      if (match) { if (title && !match.title) match.title = title; continue; }
      const role: PersonRole = { code, sector, from: r.from, to: r.to };
      if (title) role.title = title;
      p.roles.push(role);
    }
  }

  // ---- an official listed only under an IGO joins the same person listed under a country
  const byName = new Map<string, PersonDraft[]>();
  for (const p of people.values()) byName.set(foldKey(p.name), [...(byName.get(foldKey(p.name)) ?? []), p]);
  for (const [key, p] of [...people.entries()]) {
    if (p.country !== 'IGO') continue;
    const national = (byName.get(foldKey(p.name)) ?? []).filter((x) => x.country !== 'IGO');
    if (national.length !== 1) continue;
    national[0]!.roles.push(...p.roles);
    national[0]!.aliases.push(...p.aliases);
    people.delete(key);
  }

  // ---- finalise people
  const outPeople: Person[] = [];
  for (const p of people.values()) {
    // One-word names are ambiguous ("Hussein", "Amos") or mangled ("Patnikiema"): keep them
    // only for heads of state and government listed by CountryInfo ("Suharto", "Akihito").
    if (!p.name.includes(' ') && !p.leader) continue;
    const seen = new Set<string>();
    const roles: PersonRole[] = [];
    for (const r of p.roles) {
      const k = `${r.code}|${r.from}|${r.to}`;
      if (seen.has(k)) { const prev = roles.find((x) => `${x.code}|${x.from}|${x.to}` === k); if (prev && r.title && !prev.title) prev.title = r.title; continue; }
      seen.add(k);
      roles.push({ ...r });
    }
    roles.sort((a, b) => compare(a.from ?? '', b.from ?? '') || compare(a.to ?? '~', b.to ?? '~') || compare(a.code, b.code));
    const aliasSet = new Set<string>();
    const aliases = uniq(p.aliases).filter((a) => { const k = foldKey(a); if (k === foldKey(p.name) || aliasSet.has(k)) return false; aliasSet.add(k); return true; });
    aliases.sort(compare);
    outPeople.push({ name: p.name, aliases, country: p.country, roles });
  }
  outPeople.sort((a, b) => compare(a.country, b.country) || compare(a.name, b.name));
  // Organisation synonyms in the source sometimes name their leaders: drop known people.
  const personKeys = new Set<string>();
  for (const p of outPeople) for (const n of [p.name, ...p.aliases]) personKeys.add(foldKey(n));
  for (const o of orgs) o.aliases = o.aliases.filter((a) => !personKeys.has(foldKey(a)));
  if (droppedRoles > 0) warn(`people/orgs: ${droppedRoles} roles with unreadable dates kept without those dates`);
  return { people: outPeople, organisations: orgs };
}

const ORG_ACRONYMS = new Set(`NATO ASEAN OPEC UNICEF UNESCO UNHCR UNDP UNEP UNFPA UNIDO UNCTAD UNRWA IAEA OSCE APEC SAARC ECOWAS SADC
IGAD CELAC MERCOSUR BRICS CSTO OECD WTO IMF FAO ILO IOM ICRC ICC ICJ WHO WFP UNSC UNGA AU EU UN GCC CIS SCO EAEU OAS
OIC ADB AFDB IDB EBRD AIIB NAM CARICOM COMESA ECCAS EAC IFAD ITU UPU WIPO WMO IMO ICAO UNWTO INTERPOL EUROPOL FSB
KGB CIA FBI NSA DOD DARPA CENTCOM PACOM EUCOM AFRICOM SCOTUS MI5 MI6 GCHQ NIS SVR GRU PLA CPPCC NPC CPC CCP CPV KMT
DPP LDP ANC BJP PAP PKK PLO PA PNA FARC ELN ISIS ISIL AQAP AQIM IRGC OPCW CTBTO NGO UNAMA UNMIK UNIFIL MONUSCO
MINUSMA UNMISS AMISOM KFOR ISAF SFOR IFOR EUFOR EULEX`.split(/\s+/));

/** Case for organisation names: acronyms stay upper-case, the rest is title-cased. */
function orgCase(upper: string, group: string[]): string {
  const words = upper.split(' ');
  if (words.length === 1) {
    const w = words[0]!;
    if (ORG_ACRONYMS.has(w.replace(/\./g, ''))) return w;
    // An acronym of another name in the group ("NATO" ← "NORTH ATLANTIC TREATY ORGANIZATION").
    const letters = w.replace(/[^A-Z]/g, '');
    for (const other of group) {
      const initials = other.split(' ').filter((x) => !['OF', 'THE', 'AND', 'FOR', 'ON', 'IN'].includes(x)).map((x) => x[0]).join('');
      if (letters.length >= 2 && initials === letters) return w;
    }
  }
  return words.map((w) => (ORG_ACRONYMS.has(w.replace(/\./g, '')) ? w : titleCase(w, { particles: false }))).join(' ')
    .replace(/(?<= )(Of|The|And|For|On|In|To|At|De|Du|La|Le|Des)(?= )/g, (m) => m.toLowerCase());
}

export interface ManualOrganisation {
  name: string;
  aliases: string[];
  country: string | null;
  sector: string | null;
  code: string;
}

/**
 * Merges authored organisations: a generated entry whose name or any alias equals (folded)
 * a manual name or alias is absorbed into the manual entry, which keeps its own fields.
 */
export function mergeOrganisations(generated: Organisation[], manual: ManualOrganisation[]): Organisation[] {
  const out: Organisation[] = [];
  const manualEntries: Organisation[] = manual.map((m) => ({ name: m.name, aliases: [...m.aliases], country: m.country, sector: m.sector, code: m.code, source: 'manual' }));
  const index = new Map<string, Organisation[]>();
  for (const m of manualEntries) {
    for (const s of [m.name, ...m.aliases]) {
      const k = foldKey(s);
      const list = index.get(k) ?? [];
      if (!list.includes(m)) list.push(m);
      index.set(k, list);
    }
  }
  for (const g of generated) {
    // Absorb only into a manual entry of the same country ("Labour Party" of Israel is not the UK's).
    const hit = [g.name, ...g.aliases]
      .flatMap((s) => index.get(foldKey(s)) ?? [])
      .find((m) => m.country === g.country);
    if (hit) {
      hit.aliases.push(...[g.name, ...g.aliases].filter((s) => (index.get(foldKey(s)) ?? [hit]).includes(hit)));
      continue;
    }
    out.push(g);
  }
  // Deduplicate generated entries with the same folded name and code.
  const byKey = new Map<string, Organisation>();
  const deduped: Organisation[] = [];
  for (const o of out) {
    const k = foldKey(o.name) + '|' + o.code;
    const prev = byKey.get(k);
    if (prev) { prev.aliases.push(...o.aliases); continue; }
    byKey.set(k, o); deduped.push(o);
  }
  const all = [...manualEntries, ...deduped];
  for (const o of all) {
    const nameKey = foldKey(o.name);
    const seen = new Set<string>([nameKey]);
    o.aliases = o.aliases.filter((a) => {
      // Keep case variants only when they differ as acronyms ("WHO" vs "Who" are different).
      const k = a === a.toUpperCase() ? 'U:' + a : foldKey(a);
      if (foldKey(a) === nameKey && a !== a.toUpperCase()) return false;
      if (seen.has(k)) return false;
      seen.add(k); return true;
    });
    o.aliases.sort(compare);
  }
  all.sort((a, b) => compare(a.source === 'manual' ? '0' : '1', b.source === 'manual' ? '0' : '1') || compare(a.name, b.name) || compare(a.code, b.code));
  return all;
}

export interface ManualPerson { name: string; aliases: string[]; country: string; roles: PersonRole[] }

/**
 * Merges authored people: a manual entry joins the generated person of the same country
 * that shares a (folded) name or alias, and its name becomes the display name; roles are
 * added (a role with the same code and start only receives the manual title).
 */
export function mergePeople(people: Person[], manual: ManualPerson[]): Person[] {
  const out = people.map((p) => ({ ...p, aliases: [...p.aliases], roles: p.roles.map((r) => ({ ...r })) }));
  const index = new Map<string, Person>();
  for (const p of out) for (const n of [p.name, ...p.aliases]) { const k = foldKey(n) + '|' + p.country; if (!index.has(k)) index.set(k, p); }
  for (const m of manual) {
    const hit = [m.name, ...m.aliases].map((n) => index.get(foldKey(n) + '|' + m.country)).find((x) => x !== undefined);
    const target: Person = hit ?? { name: m.name, aliases: [], country: m.country, roles: [] };
    if (!hit) out.push(target);
    if (target.name !== m.name) { target.aliases.push(target.name); target.name = m.name; }
    target.aliases.push(...m.aliases);
    for (const r of m.roles) {
      const same = target.roles.find((x) => x.code === r.code && x.from === r.from);
      if (same) { if (r.title) same.title = r.title; if (r.to !== undefined) same.to = r.to; continue; }
      target.roles.push({ ...r });
    }
    for (const n of [target.name, ...target.aliases]) index.set(foldKey(n) + '|' + target.country, target);
  }
  for (const p of out) {
    const nameKey = foldKey(p.name);
    const seen = new Set<string>();
    p.aliases = uniq(p.aliases).filter((a) => a !== p.name && (foldKey(a) !== nameKey || a !== a.normalize('NFD').replace(/\p{M}+/gu, '')) && !seen.has(a) && (seen.add(a), true)).sort(compare);
    p.roles.sort((a, b) => compare(a.from ?? '', b.from ?? '') || compare(a.to ?? '~', b.to ?? '~') || compare(a.code, b.code));
  }
  out.sort((a, b) => compare(a.country, b.country) || compare(a.name, b.name));
  return out;
}
