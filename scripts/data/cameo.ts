// Builds data/cameo.json and data/plover.json from the CAMEO→PLOVER table, the PLOVER
// manual (categories, quads, modes, contexts, scores) and the project's Goldstein table.

import type { CameoEntry, PloverCategory, PloverEntry, QuadClass } from '../../src/ontology/types.js';
import { compare } from './util.js';

export const PLOVER_CATEGORIES: PloverCategory[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export interface TableRow { code: string; plover: PloverCategory; mode: string | null; context: string[]; name: string }

export function parseCameoPloverTable(text: string, warn: (m: string) => void): Map<string, TableRow> {
  const rows = new Map<string, TableRow>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#') || line.startsWith('~')) continue;
    const m = /^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$/.exec(line);
    if (!m) continue; // "03: AGREE" section headers and other lines
    const code = m[1]!;
    const fields = (m[2] ?? '').split(',').map((f) => f.trim());
    const plover = (fields[0] ?? '').toUpperCase() as PloverCategory;
    if (!PLOVER_CATEGORIES.includes(plover)) { warn(`cameo: table line with unknown category: ${line}`); continue; }
    const mode = (fields[1] ?? '').trim() || null;
    const context = (fields.slice(2).join(',') ?? '').split(/[;,]/).map((c) => c.trim()).filter(Boolean);
    if (rows.has(code)) continue; // the table lists 175 twice with the same mapping
    rows.set(code, { code, plover, mode, context, name: (m[3] ?? '').trim() });
  }
  return rows;
}

export function quadOfCameo(code: string): QuadClass {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 'verbal-cooperation';
  if (root <= 8) return 'material-cooperation';
  if (root <= 13) return 'verbal-conflict';
  return 'material-conflict';
}

// ------------------------------------------------------------------ PLOVER manual

export interface PloverManual {
  quads: Map<PloverCategory, QuadClass>;
  modes: Map<PloverCategory, string[]>;
  contexts: string[];
  scores: Map<string, number>; // "CONSULT" or "CONSULT: visit" → score
}

function quadFromText(t: string): QuadClass | null {
  const s = t.toUpperCase().replace(/\s+/g, ' ').trim();
  if (s === 'VERBAL COOPERATION') return 'verbal-cooperation';
  if (s === 'MATERIAL COOPERATION') return 'material-cooperation';
  if (s === 'VERBAL CONFLICT') return 'verbal-conflict';
  if (s === 'MATERIAL CONFLICT') return 'material-conflict';
  return null;
}

function uncomment(tex: string): string {
  return tex.split('\n').filter((l) => !l.trimStart().startsWith('%')).join('\n');
}

export function parsePloverManual(texRaw: string, warn: (m: string) => void): PloverManual {
  const tex = uncomment(texRaw);
  const quads = new Map<PloverCategory, QuadClass>();
  const modes = new Map<PloverCategory, string[]>();
  // Category sections: \section{AGREE} ... up to the next \section{ or \chapter{
  const secRe = /\\section\{([A-Z]+)\}([\s\S]*?)(?=\\section\{|\\chapter\{|$)/g;
  for (let m = secRe.exec(tex); m; m = secRe.exec(tex)) {
    const cat = m[1] as PloverCategory;
    if (!PLOVER_CATEGORIES.includes(cat)) continue;
    const body = m[2] ?? '';
    const q = /Quad category:\s*([A-Z ]+)\}/.exec(body);
    const quad = q ? quadFromText(q[1] ?? '') : null;
    if (quad) quads.set(cat, quad); else warn(`plover: no quad for ${cat}`);
    const list: string[] = [];
    const tabRe = /\\begin\{tabular\}[\s\S]*?\\end\{tabular\}/g;
    for (let t = tabRe.exec(body); t; t = tabRe.exec(body)) {
      for (const row of t[0].split('\\\\')) {
        const cells = row.replace(/\\hline/g, '').split('&');
        if (cells.length < 2) continue;
        const first = (cells[0] ?? '').replace(/\\begin\{tabular\}\{[^}]*\}/, '').replace(/[{}]/g, '').trim();
        if (!first || /^name$/i.test(first)) continue;
        if (/^[a-z][a-z_\-]*$/.test(first)) list.push(first);
      }
    }
    modes.set(cat, list);
  }
  // General contexts table.
  const contexts: string[] = [];
  const start = texRaw.indexOf('START CONTEXTS TABLE');
  const end = texRaw.indexOf('END CONTEXTS TABLE');
  if (start >= 0 && end > start) {
    const table = uncomment(texRaw.slice(start, end));
    for (const line of table.split('\n')) {
      const cell = (line.split('&')[0] ?? '').trim();
      if (!line.includes('&')) continue;
      const href = /\\hyperref\[[^\]]*\]\{([^}]*)\}/.exec(cell);
      const name = (href ? href[1] ?? '' : cell).replace(/\\_/g, '_').trim();
      if (/^[a-z][a-z_]*$/.test(name)) contexts.push(name);
    }
  } else warn('plover: contexts table not found');
  // Scores table (PLOVER conflict–cooperation scores).
  const scores = new Map<string, number>();
  const sc = /\\caption\{PLOVER conflict--cooperation scores\}([\s\S]*?)\\end\{tabular\}/.exec(tex);
  if (sc) {
    for (const row of (sc[1] ?? '').split('\\\\')) {
      const cells = row.replace(/\\cellcolor\{[^}]*\}/g, '').replace(/\\hline/g, '').split('&').map((c) => c.replace(/\\[a-z]+\*?\{[^}]*\}/g, '').trim());
      for (let i = 0; i + 1 < cells.length; i += 2) {
        const label = cells[i] ?? '';
        const value = Number((cells[i + 1] ?? '').trim());
        const lm = /^([A-Z]+)(?::\s*([A-Za-z\-]+))?$/.exec(label);
        if (!lm || !Number.isFinite(value) || (cells[i + 1] ?? '').trim() === '') continue;
        const cat = lm[1]!;
        if (!PLOVER_CATEGORIES.includes(cat as PloverCategory)) continue;
        scores.set(lm[2] ? `${cat}: ${lm[2].toLowerCase()}` : cat, value);
      }
    }
  } else warn('plover: scores table not found');
  return { quads, modes, contexts, scores };
}

// --------------------------------------------------------------------- builders

export interface GoldsteinTable { byCode: Record<string, number>; byRoot: Record<string, number> }
export interface ManualCameo {
  /** Names for codes the table lacks, and corrections of typos in the table's labels. */
  names: Record<string, string>;
  /** PLOVER suggestions (by code or 2-digit root) where the table maps nothing. */
  ploverSuggested: Record<string, PloverCategory>;
  /** PLOVER modes for such codes, where the manual names one ("cyber" for cyber attacks). */
  modeSuggested?: Record<string, string>;
}

export function goldsteinOf(code: string, g: GoldsteinTable): number | null {
  if (code in g.byCode) return g.byCode[code]!;
  if (code.length === 4 && code.slice(0, 3) in g.byCode) return g.byCode[code.slice(0, 3)]!;
  const root = code.slice(0, 2);
  if (root in g.byRoot) return g.byRoot[root]!;
  return null;
}

export function buildCameo(
  table: Map<string, TableRow>,
  usedCodes: Set<string>,
  goldstein: GoldsteinTable,
  manual: ManualCameo,
  warn: (m: string) => void,
): Record<string, CameoEntry> {
  const codes = [...new Set([...table.keys(), ...usedCodes])].sort(compare);
  const out: Record<string, CameoEntry> = {};
  for (const code of codes) {
    const row = table.get(code);
    const parent = code.length === 4 ? table.get(code.slice(0, 3)) : undefined;
    let name = manual.names[code] ?? row?.name ?? '';
    if (!name && parent) name = parent.name;
    if (!name) { warn(`cameo: no name for ${code}`); name = code; }
    const g = goldsteinOf(code, goldstein);
    if (g === null) warn(`cameo: no Goldstein score for ${code}`);
    const entry: CameoEntry = {
      name,
      plover: row?.plover ?? null,
      mode: row?.mode ?? null,
      context: row?.context ?? [],
      quad: quadOfCameo(code),
      goldstein: g ?? 0,
    };
    if (!row) {
      // Not in the table: an authored suggestion, else the 3-digit parent's category.
      const sug = manual.ploverSuggested[code] ?? manual.ploverSuggested[code.slice(0, 3)] ?? manual.ploverSuggested[code.slice(0, 2)] ?? parent?.plover;
      if (sug) entry.ploverSuggested = sug;
      if (!manual.ploverSuggested[code] && parent) { entry.mode = parent.mode; entry.context = parent.context; }
      const mode = manual.modeSuggested?.[code];
      if (mode) entry.mode = mode;
    }
    out[code] = entry;
  }
  return out;
}

/** The most general code of a category: the root with most mapped codes, its "x0" code if mapped, else its shortest/smallest. */
function mostGeneral(codes: string[]): string {
  const byRoot = new Map<string, string[]>();
  for (const c of codes) { const r = c.slice(0, 2); byRoot.set(r, [...(byRoot.get(r) ?? []), c]); }
  const roots = [...byRoot.entries()].sort((a, b) => b[1].length - a[1].length || compare(a[0], b[0]));
  const [root, list] = roots[0]!;
  if (list.includes(`${root}0`)) return `${root}0`;
  return [...list].sort((a, b) => a.length - b.length || compare(a, b))[0]!;
}

export function buildPlover(table: Map<string, TableRow>, manual: PloverManual, warn: (m: string) => void): Record<PloverCategory, PloverEntry> {
  const out = {} as Record<PloverCategory, PloverEntry>;
  for (const cat of PLOVER_CATEGORIES) {
    const codes = [...table.values()].filter((r) => r.plover === cat).map((r) => r.code).sort(compare);
    if (codes.length === 0) warn(`plover: no CAMEO code maps to ${cat}`);
    const modeScores: Record<string, number> = {};
    for (const [k, v] of manual.scores) if (k.startsWith(cat + ': ')) modeScores[k.slice(cat.length + 2)] = v;
    out[cat] = {
      cameo: codes.length > 0 ? mostGeneral(codes) : '',
      cameoCodes: codes,
      quad: manual.quads.get(cat) ?? quadOfCameo(codes[0] ?? '01'),
      modes: manual.modes.get(cat) ?? [],
      contexts: manual.contexts,
      score: manual.scores.get(cat) ?? null,
      modeScores,
    };
  }
  return out;
}
