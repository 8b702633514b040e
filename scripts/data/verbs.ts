// Converts the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt) into data/verbs.json.
// Semantics follow dictionaries.rst and PETRARCH2's PETRreader.read_verb_dictionary:
//   synsets  "&NAME" + "+WORD" lines; plurals generated unless the label or word ends in "_"
//   blocks   "--- NAME [code] ---"; verb lines "VERB {irregular forms} [code]", "+ASK_FOR", "WIRE_+TAP"
//   patterns "- pre-verb nouns (pre-verb preps) * post-verb nouns (post-verb preps) [code] # comment"
//            {A B} noun phrase (last word is the head), (PREP ...) prepositional phrase,
//            $ source, + target, % compound actor, ^ skip a noun phrase, &SYNSET, A/B alternatives
//   transformations "~ a (a b VERB) VERB = a b code"

import type { VerbBlock, VerbDictionary, VerbElement, VerbPattern, VerbTransformation } from '../../src/ontology/types.js';
import { compare, stripComment, uniq } from './util.js';

export interface VerbStats {
  blocks: number;
  patterns: number;
  skippedUndefinedSynset: number;
  skippedRedundantNull: number;
  expandedAlternatives: number;
  unbalanced: number;
}

/** Regular plural of a synset phrase (last word), as PETRARCH generates for nouns. */
function plural(phrase: string): string {
  const parts = phrase.split(' ');
  const last = parts[parts.length - 1] ?? '';
  let p: string;
  // Many synset entries are already plural ("troops", "armed forces", "servicemen").
  if ((/s$/.test(last) && !/ss$/.test(last)) || /men$/.test(last)) return phrase;
  if (/man$/.test(last)) p = last.slice(0, -3) + 'men';
  else if (/[^aeiou]y$/.test(last)) p = last.slice(0, -1) + 'ies';
  else if (/(s|x|z|ch|sh)$/.test(last)) p = last + 'es';
  else p = last + 's';
  parts[parts.length - 1] = p;
  return parts.join(' ');
}

function usesUndefined(els: VerbElement[], defined: Set<string>): boolean {
  return els.some((e) =>
    ('synset' in e && !defined.has(e.synset)) ||
    ('phrase' in e && usesUndefined(e.phrase, defined)) ||
    ('prep' in e && usesUndefined(e.words, defined)));
}

/** Normalises a code string: "042:043" → {code:"042", reverse:"043"}, "---" → null codes. */
function readCode(raw: string): { code: string | null; reverse: string | null } {
  const clean = (s: string | undefined): string | null => {
    const d = (s ?? '').replace(/[^0-9]/g, '');
    return d.length >= 2 && d.length <= 4 ? d : null;
  };
  if (raw.includes(':')) {
    const [a, b] = raw.split(':');
    return { code: clean(a), reverse: clean(b) };
  }
  return { code: clean(raw), reverse: null };
}

// ------------------------------------------------------------- pattern parsing

type Tok = string;

function tokenize(s: string): Tok[] {
  return s.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

/** Expands "A/B" alternatives into separate token lists. */
function expandAlternatives(tokens: Tok[]): Tok[][] {
  let out: Tok[][] = [[]];
  for (const t of tokens) {
    const alts = t.includes('/') ? t.split('/').filter(Boolean) : [t];
    out = out.flatMap((prefix) => alts.map((a) => [...prefix, a]));
  }
  return out;
}

class PatternParser {
  private i = 0;
  unbalanced = false;
  constructor(private readonly toks: Tok[], private readonly synsets: Set<string>, private readonly missing: Set<string>) {}

  parseSequence(until: string | null): VerbElement[] {
    const out: VerbElement[] = [];
    while (this.i < this.toks.length) {
      const t = this.toks[this.i]!;
      if (until !== null && t === until) { this.i++; return out; }
      if (t === ')' || t === '}') { this.unbalanced = true; this.i++; continue; }
      this.i++;
      if (t === '(') {
        const inner = this.parseSequence(')');
        const first = inner[0];
        if (first && 'word' in first) out.push({ prep: first.word, words: inner.slice(1) });
        else out.push({ prep: '', words: inner });
        continue;
      }
      if (t === '{') { out.push({ phrase: this.parseSequence('}') }); continue; }
      out.push(this.element(t));
    }
    if (until !== null) this.unbalanced = true;
    return out;
  }

  private element(t: string): VerbElement {
    if (t === '$') return { source: true };
    if (t === '+') return { target: true };
    if (t === '%') return { compound: true };
    if (t === '^') return { skip: true };
    if (t.startsWith('&')) {
      const name = t.replace(/_+$/, '');
      if (!this.synsets.has(name)) this.missing.add(name);
      return { synset: name };
    }
    const exact = t.endsWith('_');
    const word = t.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();
    return exact ? { word } : { word, stem: true };
  }
}

function parsePatternSide(tokens: Tok[], synsets: Set<string>, missing: Set<string>): { elements: VerbElement[]; unbalanced: boolean } {
  const p = new PatternParser(tokens, synsets, missing);
  const elements = p.parseSequence(null);
  return { elements, unbalanced: p.unbalanced };
}

// ------------------------------------------------------------------ the reader

/** A block while it is read: its `[---]` patterns are kept apart until the block is complete. */
type BlockDraft = VerbBlock & { nullPatterns: VerbPattern[] };

/** "+ASK_FOR" / "WIRE_+TAP" / "HURRY" → words and the index of the verb word. */
function readVerbPhrase(raw: string): { text: string; verbIndex: number } {
  const words = raw.split('_').filter(Boolean);
  let verbIndex = words.findIndex((w) => w.startsWith('+'));
  if (verbIndex < 0) verbIndex = 0;
  const text = words.map((w) => w.replace(/^\+/, '').toLowerCase()).join(' ');
  return { text, verbIndex };
}

export function buildVerbs(text: string, warn: (m: string) => void): { dict: VerbDictionary; stats: VerbStats } {
  const lines = text.split('\n');
  const synsets = new Map<string, string[]>();
  const blocks: BlockDraft[] = [];
  const transformations: VerbTransformation[] = [];
  const missing = new Set<string>();
  const stats: VerbStats = { blocks: 0, patterns: 0, skippedUndefinedSynset: 0, skippedRedundantNull: 0, expandedAlternatives: 0, unbalanced: 0 };

  let inSynsets = true;
  let curSynset: { name: string; noPlural: boolean } | null = null;
  let cur: BlockDraft | null = null;
  let synsetNames = new Set<string>();

  for (const rawLine of lines) {
    if (rawLine.startsWith('####### VERB PATTERNS')) { inSynsets = false; curSynset = null; synsetNames = new Set(synsets.keys()); continue; }
    const line = stripComment(rawLine).replace(/\s+$/, '');
    if (!line.trim() || line.startsWith('<!')) continue;

    if (inSynsets) {
      const t = line.trim();
      if (t.startsWith('&')) {
        const noPlural = t.endsWith('_');
        const name = t.replace(/_+$/, '');
        curSynset = { name, noPlural };
        synsets.set(name, []);
      } else if (t.startsWith('+') && curSynset) {
        const raw = t.slice(1).trim();
        const word = raw.replace(/_+$/, '').replace(/_/g, ' ').toLowerCase();
        const list = synsets.get(curSynset.name)!;
        list.push(word);
        if (!curSynset.noPlural && !raw.endsWith('_')) { const pl = plural(word); if (pl !== word) list.push(pl); }
      }
      continue;
    }

    if (line.startsWith('---')) {
      const m = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
      if (!m) { warn(`verbs: unreadable block line "${line}"`); continue; }
      cur = {
        block: (m[1] ?? '').replace(/_+$/, ''),
        code: readCode(m[2] ?? '').code,
        lemmas: [], forms: [], formOf: {}, verbIndex: {}, lemmaCodes: {}, patterns: [], nullPatterns: [],
      };
      blocks.push(cur);
      continue;
    }

    if (line.startsWith('~')) {
      const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)/.exec(line);
      if (!m) { warn(`verbs: unreadable transformation "${line}"`); continue; }
      transformations.push({
        raw: line.trim(),
        upper: { source: m[1]!, verb: m[5]! },
        lower: { source: m[2]!, target: m[3]!, verb: m[4]! },
        result: { source: m[6]!, target: m[7]!, code: m[8]! },
      });
      continue;
    }

    if (!cur) continue;

    if (/^-\s/.test(line) || line === '-') {
      // Pattern line: "- pre * post [code]"
      const codeAt = line.lastIndexOf('[');
      if (codeAt < 0) { warn(`verbs: pattern without code "${line.trim()}"`); continue; }
      const rawCode = line.slice(codeAt + 1, line.indexOf(']', codeAt)).trim();
      // Two source lines have a stray fragment glued to the code ("VISIT)[042:043]"): drop it.
      const glued = /\S$/.test(line.slice(0, codeAt)) ? /\S+$/.exec(line.slice(0, codeAt))?.[0].length ?? 0 : 0;
      const body = line.slice(1, codeAt - glued).trim();
      const raw = ('- ' + body).replace(/\s+/g, ' ').trim();
      const { code, reverse } = readCode(rawCode);
      const star = body.indexOf('*');
      if (star < 0) { warn(`verbs: pattern without "*" "${raw}"`); continue; }
      const beforeToks = tokenize(body.slice(0, star));
      const afterToks = tokenize(body.slice(star + 1).replace(/^_/, ''));
      const variants = expandAlternatives([...beforeToks, '\u0000*', ...afterToks]);
      if (variants.length > 1) stats.expandedAlternatives += variants.length - 1;
      for (const v of variants) {
        const split = v.indexOf('\u0000*');
        const pre = parsePatternSide(v.slice(0, split), synsetNames, missing);
        const post = parsePatternSide(v.slice(split + 1), synsetNames, missing);
        if (usesUndefined(pre.elements, synsetNames) || usesUndefined(post.elements, synsetNames)) { stats.skippedUndefinedSynset++; continue; }
        if (pre.unbalanced || post.unbalanced) stats.unbalanced++;
        const pattern: VerbPattern = { code, rawCode, reverseCode: reverse, before: pre.elements, after: post.elements, raw };
        if (code === null && reverse === null) cur.nullPatterns.push(pattern);
        else cur.patterns.push(pattern);
      }
      continue;
    }

    // Verb line: "HURRY {HURRIES HURRYING HURRIED } [code]" or "+ASK_FOR {...} [020]"
    const t = line.trim();
    const codeM = /\[([^\]]*)\]\s*$/.exec(t);
    const lemmaCode = codeM ? readCode(codeM[1] ?? '') : null;
    const noCode = codeM ? t.slice(0, codeM.index).trim() : t;
    const braceM = /\{([^}]*)\}/.exec(noCode);
    const head = (braceM ? noCode.slice(0, braceM.index) : noCode).trim().split(/\s+/)[0] ?? '';
    if (!head) continue;
    const { text: lemma, verbIndex } = readVerbPhrase(head);
    if (!cur.lemmas.includes(lemma)) cur.lemmas.push(lemma);
    if (lemma.includes(' ')) cur.verbIndex[lemma] = verbIndex;
    if (codeM) cur.lemmaCodes[lemma] = lemmaCode?.code ?? null;
    if (braceM) {
      for (const f of (braceM[1] ?? '').split(/\s+/).filter(Boolean)) {
        const form = readVerbPhrase(f).text;
        if (form === lemma) continue;
        if (!cur.forms.includes(form)) cur.forms.push(form);
        cur.formOf[form] = lemma;
      }
    }
  }

  // Drop lemma codes that only repeat the block code.
  const out: VerbBlock[] = [];
  for (const b of blocks) {
    stats.blocks++;
    for (const [l, c] of Object.entries(b.lemmaCodes)) if (c === b.code) delete b.lemmaCodes[l];
    const hasDefault = b.code !== null || Object.values(b.lemmaCodes).some((c) => c !== null);
    // A "[---]" pattern only matters when it suppresses a default code.
    const patterns = hasDefault ? [...b.patterns, ...b.nullPatterns] : b.patterns;
    if (!hasDefault) stats.skippedRedundantNull += b.nullPatterns.length;
    stats.patterns += patterns.length;
    out.push({
      block: b.block,
      code: b.code,
      lemmas: b.lemmas,
      forms: b.forms,
      formOf: b.formOf,
      verbIndex: b.verbIndex,
      lemmaCodes: b.lemmaCodes,
      patterns,
    });
  }
  out.sort((a, b) => compare(a.block, b.block));
  const synsetObj: Record<string, string[]> = {};
  for (const k of [...synsets.keys()].sort(compare)) synsetObj[k] = uniq(synsets.get(k) ?? []);
  if (missing.size > 0) warn(`verbs: patterns using undefined synsets were skipped (as PETRARCH does): ${[...missing].sort(compare).join(', ')}`);
  return { dict: { synsets: synsetObj, verbs: out, transformations }, stats };
}
