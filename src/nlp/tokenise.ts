// Sentences, tokens, part of speech and lemmas from wink-nlp, with offsets into the document.
import type { Sentence, Token } from '../types.js';
import { foldPreservingOffsets } from './fold.js';
import { getWink } from './wink.js';

/** Paragraphs are tagged one at a time: bounded memory on huge documents, same sentences. */
const PARAGRAPH = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;

export interface ParagraphSpan {
  start: number;
  end: number;
}

/** Paragraph spans; a paragraph without breaks is cut at sentence ends every ~20,000 characters. */
export function* paragraphsOf(text: string): Generator<ParagraphSpan> {
  for (const match of text.matchAll(PARAGRAPH)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    let from = start;
    // One enormous paragraph would be tagged in one go: cut it where a sentence ends.
    while (end - from > MAX_PARAGRAPH) {
      const window = text.slice(from + MAX_PARAGRAPH / 2, from + MAX_PARAGRAPH);
      const cut = window.search(/[.!?]\s+\S[^.!?]*$/);
      const at = cut >= 0 ? from + MAX_PARAGRAPH / 2 + cut + 1 : from + MAX_PARAGRAPH;
      yield { start: from, end: at };
      from = at;
      while (from < end && /\s/.test(text[from]!)) from += 1;
    }
    if (from < end) yield { start: from, end };
  }
}

const MAX_PARAGRAPH = 20_000;

/**
 * Spans of whole paragraphs, each up to ~20,000 characters, for the tagger: one wink-nlp call
 * per span costs less than one per paragraph, wink-nlp ends sentences at paragraph breaks
 * anyway, and memory stays bounded on huge documents.
 */
export function* chunksOf(text: string): Generator<ParagraphSpan> {
  let current: ParagraphSpan | null = null;
  for (const paragraph of paragraphsOf(text)) {
    if (current && paragraph.end - current.start <= MAX_PARAGRAPH) {
      current = { start: current.start, end: paragraph.end };
      continue;
    }
    if (current) yield current;
    current = paragraph;
  }
  if (current) yield current;
}

/** Negation is read by the coder from these words in the verb group. */
const NEGATION_WORDS = new Set(['not', "n't", 'never', 'no']);

/**
 * What a word form says before its context does, worked out once per form rather than once
 * per token. wink-nlp numbers each distinct form it has seen (its vocabulary only grows),
 * so the forms are kept in an array indexed by that number: no hashing per token.
 */
export interface WordForm {
  /** The form as wink-nlp read it; tokens written so share it as their text. */
  readonly value: string;
  norm: string;
  negated: boolean;
  blank: boolean;
  /**
   * The lemma for each part of speech the form has had (a form has one to three tags): the
   * first in the form itself, which is all most forms need and costs no further object to
   * read, the others as parallel lists. wink-nlp derives a lemma from the form and its tag
   * alone, except in contractions ("can't" → "ca" + "n't"), whose lemmas are read per token.
   */
  firstTag: string | null;
  firstLemma: string;
  lemmaTags: string[];
  lemmas: string[];
  /**
   * What a later stage works out from the spelling alone, kept with the form so that the
   * stage neither repeats the work nor looks the form up again (the actors' word facts).
   */
  spellingFacts: unknown;
}

/** A sentence as the tagger makes it: each token's form, or null where the text is not the form's. */
export interface TaggedSentence extends Sentence {
  readonly forms: readonly (WordForm | null)[];
}

/** The forms of a sentence's tokens, when the tagger made the sentence. */
export function wordFormsOf(sentence: Sentence): readonly (WordForm | null)[] | null {
  return 'forms' in sentence ? (sentence as TaggedSentence).forms : null;
}

const formsById: (WordForm | undefined)[] = [];

function wordForm(id: number, value: string): WordForm {
  let form = formsById[id];
  if (form === undefined) {
    const norm = value.toLowerCase();
    form = {
      value, norm, negated: NEGATION_WORDS.has(norm), blank: isBlank(value),
      firstTag: null, firstLemma: '', lemmaTags: [], lemmas: [], spellingFacts: undefined,
    };
    // Filled up to the id with holes' worth of undefined, so the array stays a plain list.
    while (formsById.length < id) formsById.push(undefined);
    formsById[id] = form;
  }
  return form;
}

function knownLemma(form: WordForm, tag: string): string | undefined {
  if (form.firstTag === tag) return form.firstLemma;
  for (let k = 0; k < form.lemmaTags.length; k++) if (form.lemmaTags[k] === tag) return form.lemmas[k];
  return undefined;
}

function rememberLemma(form: WordForm, tag: string, lemma: string): void {
  if (form.firstTag === null) {
    form.firstTag = tag;
    form.firstLemma = lemma;
  } else {
    form.lemmaTags.push(tag);
    form.lemmas.push(lemma);
  }
}

/**
 * Verb forms whose lemma wink-nlp gets wrong, taking off "-ed"/"-ing" as far as a word of its
 * own ("staged" → "stag", "waged" → "wag"): found by asking its lemmatiser for the "-e" verbs
 * of political news whose stem is also a word.
 */
const VERB_LEMMA_FIXES: Record<string, string> = {
  staged: 'stage', staging: 'stage', waged: 'wage', waging: 'wage', raged: 'rage', raging: 'rage',
  fined: 'fine', fining: 'fine', taped: 'tape', taping: 'tape', scraped: 'scrape', scraping: 'scrape',
  dined: 'dine', dining: 'dine',
};

/** The token's lemma as the rest of the coder reads it: lower case, the form's norm when unchanged. */
function lemmaOf(winkLemma: string | undefined, value: string, norm: string, tag: string): string {
  if (tag === 'VERB') {
    const fixed = VERB_LEMMA_FIXES[norm];
    if (fixed !== undefined) return fixed;
  }
  return winkLemma === undefined || winkLemma === value ? norm : winkLemma.toLowerCase();
}

/**
 * A token as the tagger makes it. Made by a constructor, not an object literal: V8 tracks an
 * object literal's survival and, finding a paragraph's tokens alive at scavenges (they are,
 * while the paragraph is coded), came to allocate every token of that literal straight in
 * the old generation, where nearly all of them die. Measured with --trace-gc on the
 * benchmark corpus: the old generation grew by 1.7 MB a scavenge, 0.6 MB with this class.
 */
class TaggedToken implements Token {
  constructor(
    public text: string,
    public norm: string,
    public lemma: string,
    public pos: string,
    public start: number,
    public end: number,
    public index: number,
    public negated: boolean,
  ) {}
}

/**
 * Tokenises and tags one paragraph. The tagger reads a diacritic-folded copy of the text
 * (same length), because wink-nlp splits words at letters such as "ğ"; tokens keep the
 * original characters.
 */
export function tagParagraph(text: string, span: ParagraphSpan, firstSentenceIndex: number): TaggedSentence[] {
  const original = text.slice(span.start, span.end);
  const folded = foldPreservingOffsets(original);
  const nlp = getWink();
  // wink-nlp's typings do not cover every `its` helper; the values are as documented.
  type Helper = Parameters<ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>['out']>[0];
  type HelperName = 'value' | 'pos' | 'lemma' | 'span' | 'contractionFlag' | 'uniqueId';
  const its = nlp.its as unknown as Record<HelperName, NonNullable<Helper>>;
  const doc = nlp.readDoc(folded);
  const allTokens = doc.tokens();
  const tokenOut = (helper: NonNullable<Helper>): unknown[] => allTokens.out(helper) as unknown[];
  const ids = tokenOut(its.uniqueId) as number[];
  const pos = tokenOut(its.pos) as string[];
  const contracted = tokenOut(its.contractionFlag) as boolean[];
  const sentenceSpans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  // Lemmatising is the costly part of wink-nlp's output: ask for a token's lemma only when
  // its form has not yet been seen with its tag.
  const winkLemma = (i: number): string | undefined => allTokens.itemAt(i).out(its.lemma) as unknown as string | undefined;

  // Each token's form (a form's text is wink-nlp's string for its id, so only forms not seen
  // before need wink to say it) and its character offset: walk the folded paragraph, finding
  // each token where wink says it is.
  // A token not found where wink says (rare) is placed at the cursor, its start kept as
  // -(start + 1): where nothing was folded, a token found is one whose text reads as wink's.
  const forms: WordForm[] = new Array(ids.length);
  const starts: number[] = new Array(ids.length);
  let cursor = 0;
  for (let i = 0; i < ids.length; i++) {
    const form = formsById[ids[i]!] ?? wordForm(ids[i]!, allTokens.itemAt(i).out(its.value) as unknown as string);
    forms[i] = form;
    const value = form.value;
    const found = folded.indexOf(value, cursor);
    const at = found >= 0 ? found : cursor;
    starts[i] = found >= 0 ? found : -(cursor + 1);
    cursor = at + value.length;
  }
  // `replace` gives back the text itself when no character folds.
  const unfolded = folded === original;

  const sentences: TaggedSentence[] = [];
  for (const [first, last] of sentenceSpans) {
    const tokens: Token[] = [];
    const sentenceForms: (WordForm | null)[] = [];
    for (let i = first; i <= last; i++) {
      const form = forms[i]!;
      const value = form.value;
      // Line breaks between paragraphs come out of wink-nlp as tokens of their own.
      if (form.blank) continue;
      const found = starts[i]!;
      const start = found >= 0 ? found : -found - 1;
      const tag = pos[i] ?? 'X';
      let lemma = contracted[i] ? undefined : knownLemma(form, tag);
      if (lemma === undefined) {
        lemma = lemmaOf(winkLemma(i), value, form.norm, tag);
        if (!contracted[i]) rememberLemma(form, tag, lemma);
      }
      // Where the text reads as wink read it (no letter folded, the token found where wink
      // says), the token's text is wink's own string for the form: no copy, and the form is
      // the token's for the later stages.
      // Unfolded, the text at a token found holds the token's value; one not found at the
      // cursor does not (else it would have been found there).
      const inPlace = unfolded ? found >= 0 : original.startsWith(value, start);
      const token: Token = new TaggedToken(
        inPlace ? value : original.slice(start, start + value.length),
        form.norm, lemma, tag, span.start + start, span.start + start + value.length, tokens.length, form.negated,
      );
      const previous = tokens[tokens.length - 1];
      if (previous && joinsHyphenated(previous, token, tokens[tokens.length - 2])) {
        // "Diaz - Canel" written "Diaz-Canel": one word for names and lemmas alike.
        const hyphen = tokens.pop()!;
        const left = tokens.pop()!;
        const merged = mergeTokens(text, left, hyphen, token);
        merged.index = tokens.length;
        tokens.push(merged);
        sentenceForms.splice(sentenceForms.length - 2, 2, null);
        continue;
      }
      tokens.push(token);
      sentenceForms.push(inPlace ? form : null);
    }
    if (tokens.length === 0) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    sentences.push({
      index: firstSentenceIndex + sentences.length,
      start,
      end,
      text: text.slice(start, end),
      tokens,
      dates: [],
      forms: sentenceForms,
    });
  }
  return sentences;
}

/** Whitespace-only tokens (wink-nlp emits line breaks as tokens); most tokens start with a
 * printable ASCII character and are told apart without a string operation. */
function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}

function isWordLike(token: Token): boolean {
  return /^[\p{L}\p{N}]/u.test(token.text);
}

/** True when `token` completes "word-word" written without spaces (the hyphen is `previous`). */
function joinsHyphenated(previous: Token, token: Token, beforeHyphen: Token | undefined): boolean {
  return previous.text === '-' && beforeHyphen !== undefined
    && beforeHyphen.end === previous.start && previous.end === token.start
    && isWordLike(beforeHyphen) && isWordLike(token);
}

function mergeTokens(text: string, left: Token, _hyphen: Token, right: Token): Token {
  const surface = text.slice(left.start, right.end);
  const bothProper = left.pos === 'PROPN' || right.pos === 'PROPN' || /^\p{Lu}/u.test(right.text);
  return {
    text: surface,
    norm: `${left.norm}-${right.norm}`,
    lemma: `${left.norm}-${right.lemma}`,
    pos: bothProper && /^\p{Lu}/u.test(left.text) ? 'PROPN' : right.pos,
    start: left.start,
    end: right.end,
    index: 0,
    negated: left.negated || right.negated,
  };
}
