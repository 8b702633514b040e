// Parser for CountryInfo.120116.txt (almost-XML, one <Country> block per country).

import { phraseWords, stripComment } from './util.js';

export interface CountryInfoLeaderTerm {
  /** Upper-case name words ("NGUYEN TAN DUNG"). */
  name: string;
  /** Other forms given as "{A}{B}" (upper-case words). */
  aliases: string[];
  /** Title from the sub-tag (leaders) or the comment (government), as written. */
  title: string | null;
  /** Explicit CAMEO code (government lines); leaders carry none (the country's GOV). */
  code: string | null;
  /** Restriction body as written ("19970925 - 20060627", ">20060627", "<20070831"). */
  restriction: string;
}

export interface CountryInfoEntry {
  /** Raw <CountryCode> content (may contain bracketed historical codes). */
  rawCode: string;
  /** The code that applies now: the last "[XXX >date]" code if bracketed, else the field. */
  code: string;
  /** Every code appearing in the field (historical ones too: YUGBIH, FRYKSV, ...). */
  allCodes: string[];
  countryName: string;
  nationality: string[];
  capitals: string[];
  cities: string[];
  terms: CountryInfoLeaderTerm[];
}

function tag(block: string, name: string): string {
  const open = `<${name}>`;
  const i = block.indexOf(open);
  if (i < 0) return '';
  const j = block.indexOf(`</${name}>`, i);
  return j < 0 ? '' : block.slice(i + open.length, j);
}

function listLines(body: string): string[] {
  return body
    .split('\n')
    .map((l) => stripComment(l).trim())
    .filter((l) => l.length > 0 && !l.startsWith('<'));
}

/** "NAME_" or "{NAME_}{OTHER_NAME_}" → upper-case word strings. */
function readNames(field: string): string[] {
  const t = field.trim();
  if (t.startsWith('{')) return [...t.matchAll(/\{([^}]*)\}/g)].map((m) => phraseWords(m[1] ?? '')).filter(Boolean);
  return [phraseWords(t)].filter(Boolean);
}


/**
 * "NAME_ +ALIAS_ [..][..]": the names and the bracketed terms of a leader line, without the
 * birth and death brackets ([B:..], [D:..]). `bracketsRequired`: a line without brackets is no entry.
 */
function namesAndBrackets(line: string, bracketsRequired: boolean): { name: string; aliases: string[]; brackets: string[] } | null {
  const match = (bracketsRequired ? /^([^\[]+?)\s*(\[.*)$/ : /^([^\[]+?)\s*(\[.*)?$/).exec(line);
  if (!match) return null;
  const [name, ...aliases] = readNames(match[1] ?? '');
  if (!name) return null;
  const brackets = [...(match[2] ?? '').matchAll(/\[([^\]]*)\]/g)]
    .map((r) => (r[1] ?? '').trim())
    .filter((inner) => !/^[BD]:/.test(inner));
  return { name, aliases, brackets };
}

export function parseCountryInfo(text: string): CountryInfoEntry[] {
  // Skip the documentation header (it contains example tags).
  const start = text.indexOf('-->');
  const body = start >= 0 ? text.slice(start + 3) : text;
  // Blocks inside <Comment>...</Comment> were set aside by the authors (former Yugoslavia,
  // Tibet, a Kosovo entry holding Kiribati's leaders, ...): their names, nationality forms
  // and cities are used, their leaders and government members are not.
  const commented: [number, number][] = [];
  for (const c of body.matchAll(/<Comment>[\s\S]*?<\/Comment>/g)) commented.push([c.index ?? 0, (c.index ?? 0) + c[0].length]);
  const inComment = (i: number) => commented.some(([a, b]) => i >= a && i < b);
  const out: CountryInfoEntry[] = [];
  const re = /<Country>([\s\S]*?)<\/Country>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const block = (m[1] ?? '').split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
    const isCommented = inComment(m.index ?? 0);
    const rawCode = stripComment(tag(block, 'CountryCode')).trim();
    const bracketCodes = [...rawCode.matchAll(/\[([A-Z]{3,6})\s*([^\]]*)\]/g)].map((x) => ({ code: x[1] ?? '', rest: x[2] ?? '' }));
    let code = rawCode;
    let allCodes = [rawCode];
    if (bracketCodes.length > 0) {
      allCodes = bracketCodes.map((b) => b.code);
      const current = bracketCodes.filter((b) => b.rest.trim().startsWith('>'));
      code = (current[current.length - 1] ?? bracketCodes[bracketCodes.length - 1])?.code ?? '';
    }
    const countryName = phraseWords(stripComment(tag(block, 'CountryName')).trim());
    const terms: CountryInfoLeaderTerm[] = [];
    // <Leaders>: sub-tags name the position; lines are NAME_ [date - date] ... [B:..] [D:..]
    const leaders = tag(block, 'Leaders');
    let title: string | null = null;
    for (const rawLine of leaders.split('\n')) {
      const line = stripComment(rawLine).trim();
      if (!line) continue;
      const open = /^<([^/][^>]*)>$/.exec(line);
      if (open) { title = open[1] ?? null; continue; }
      if (/^<\//.test(line)) { title = null; continue; }
      const entry = namesAndBrackets(line, false);
      if (!entry) continue;
      for (const inner of entry.brackets) {
        terms.push({ name: entry.name, aliases: entry.aliases, title, code: null, restriction: inner });
      }
    }
    // <Government>: NAME_ [CODE date][CODE date] # Title
    const gov = tag(block, 'Government');
    for (const rawLine of gov.split('\n')) {
      const hash = rawLine.indexOf('#');
      const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
      const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
      if (!line || line.startsWith('<')) continue;
      const entry = namesAndBrackets(line, true);
      if (!entry) continue;
      for (const inner of entry.brackets) {
        const cm = /^([A-Z]{3,12})\s*(.*)$/.exec(inner);
        if (!cm) continue;
        terms.push({ name: entry.name, aliases: entry.aliases, title: comment || null, code: cm[1] ?? null, restriction: (cm[2] ?? '').trim() });
      }
    }
    if (isCommented) terms.length = 0;
    out.push({
      rawCode,
      code,
      allCodes,
      countryName,
      nationality: listLines(tag(block, 'Nationality')),
      capitals: listLines(tag(block, 'Capital')),
      cities: listLines(tag(block, 'MajorCities')),
      terms,
    });
  }
  return out;
}
