// Builds data/agents.json from Phoenix.agents.txt plus data/manual/agents.json.

import type { Agent } from '../../src/ontology/types.js';
import { compare, isCleanText, pluralPhrase, stripComment } from './util.js';

/** CAMEO agent code → PLOVER 2021 sector (null when PLOVER has no equivalent). */
const PLOVER_SECTOR: Record<string, string | null> = {
  GOV: 'GOV', MIL: 'MIL', REB: 'REB', OPP: 'OPP', PTY: 'PTY', COP: 'COP', JUD: 'JUD', SPY: 'SPY', LEG: 'LEG',
  BUS: 'BUS', CRM: 'CRM', CVL: 'CVL', EDU: 'EDU', ELI: 'ELI', REF: 'REF', AGR: 'AGR', LAB: 'LAB', UAF: 'UAF',
  MED: 'JRN', // CAMEO MED = media; PLOVER calls media JRN
  HLH: 'MED', // CAMEO HLH = health; PLOVER calls health MED
  REL: 'REL', CHR: 'REL', MUS: 'REL', JEW: 'REL', HIN: 'REL', BUD: 'REL', JAN: 'REL', SIK: 'REL', ATH: 'REL',
  NGO: 'SOC', HRI: 'SOC', ENV: 'SOC', DEV: 'SOC', NGM: 'SOC', SOC: 'SOC',
  PPL: 'CVL', INS: 'REB', SEP: 'REB', PRM: 'PRM', PRE: 'PRE', JRN: 'JRN', UNK: 'UNK',
  IGO: null, MNC: 'BUS', RAD: null, MOD: null,
};

export function ploverSector(sector: string): string | null {
  return sector in PLOVER_SECTOR ? (PLOVER_SECTOR[sector] ?? null) : null;
}

function normPhrase(raw: string): { phrase: string; loose: boolean } {
  const t = raw.trim().replace(/_+$/, '');
  const loose = /\S\s+\S/.test(t.replace(/_/g, '\u0001'));
  const phrase = t.replace(/[_\s]+/g, ' ').trim().toLowerCase();
  return { phrase, loose };
}

interface RawAgent { phrase: string; code: string; loose: boolean }

export function parseAgents(text: string, warn: (m: string) => void): RawAgent[] {
  const subst = new Map<string, string[]>();
  const out: RawAgent[] = [];
  for (const rawLine of text.split('\n')) {
    const line = stripComment(rawLine).trim();
    if (!line || line.startsWith('<!')) continue;
    const def = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(line);
    if (def) { subst.set(def[1] ?? '', (def[2] ?? '').split(',').map((x) => x.trim()).filter(Boolean)); continue; }
    const codeMatch = /\[([^\]]*)\]/.exec(line) ?? /\[([^\]}]*)\}/.exec(line); // one entry writes "[~LEG}"
    if (!codeMatch) { warn(`agents: no code in "${line}"`); continue; }
    const code = (codeMatch[1] ?? '').replace(/~/g, '').trim();
    let phrasePart = line.slice(0, codeMatch.index).trim();
    let plural: string | null | undefined; // undefined: regular; null: none; string: given
    const brace = /\{([^}]*)\}/.exec(phrasePart);
    if (brace) {
      const p = (brace[1] ?? '').trim();
      plural = p === '' ? null : p;
      phrasePart = phrasePart.slice(0, brace.index).trim();
    }
    const marker = /!([A-Z]+)!/.exec(phrasePart);
    if (marker) {
      const list = subst.get(marker[1] ?? '');
      if (!list) { warn(`agents: unknown substitution marker in "${line}"`); continue; }
      // PERSON also covers "people" ("spokespeople", "businesspeople").
      const items = marker[1] === 'PERSON' ? [...list, 'PEOPLE'] : list;
      for (const item of items) {
        // "AD!MINIST!RATIVE": a source slip where "administrative" was caught by the marker.
        const { phrase, loose } = normPhrase(phrasePart.replace(marker[0], item).replace(/!MINIST!/g, 'MINIST'));
        out.push({ phrase, code, loose });
      }
      continue;
    }
    const { phrase, loose } = normPhrase(phrasePart);
    out.push({ phrase, code, loose });
    if (plural === undefined) out.push({ phrase: pluralPhrase(phrase), code, loose });
    else if (plural !== null) out.push({ phrase: normPhrase(plural).phrase, code, loose });
  }
  return out;
}

export interface ManualAgent { phrase: string; sector: string; code?: string; plural?: string | null }

export function buildAgents(raw: RawAgent[], manual: ManualAgent[], warn: (m: string) => void): Agent[] {
  const map = new Map<string, Agent>();
  const skipped: string[] = [];
  for (const r of raw) {
    if (!r.phrase || !isCleanText(r.phrase)) { if (r.phrase) skipped.push(r.phrase); continue; }
    if (!/^[A-Z]{3,}$/.test(r.code)) { warn(`agents: bad code "${r.code}" for "${r.phrase}"`); continue; }
    if (map.has(r.phrase)) continue; // first entry wins, as in PETRARCH's trie
    const sector = r.code.slice(0, 3);
    const a: Agent = { phrase: r.phrase, sector, code: r.code, ploverSector: ploverSector(sector), source: 'phoenix' };
    if (r.loose) a.loose = true;
    map.set(r.phrase, a);
  }
  if (skipped.length > 0) warn(`agents: skipped ${skipped.length} phrases that are not plain words (commas etc.), e.g. "${skipped[0]}"`);
  for (const m of manual) {
    const phrase = m.phrase.toLowerCase().replace(/\s+/g, ' ').trim();
    const code = m.code ?? m.sector;
    const entry: Agent = { phrase, sector: m.sector, code, ploverSector: ploverSector(m.sector), source: 'manual' };
    map.set(phrase, entry);
    const plural = m.plural === undefined ? pluralPhrase(phrase) : m.plural;
    if (plural && plural !== phrase) map.set(plural, { ...entry, phrase: plural });
  }
  return [...map.values()].sort((a, b) => compare(a.phrase, b.phrase));
}
