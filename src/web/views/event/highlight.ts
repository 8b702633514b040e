// Where to mark an article's text: the evidence sentences of the events it reported and, inside
// each, the words that name the source and the target. Everything here works on offsets into
// the article's text; the view slices the string at these offsets and renders the pieces as
// React text nodes, never as HTML.
import type { StoredEvent } from '../../api';

export interface EvidenceSpan {
  start: number;
  end: number;
  /** The events whose evidence this is (several events can share a sentence). */
  eventIds: number[];
  /** Actor words inside the span, as absolute offsets, in text order, not overlapping. */
  actors: ActorSpan[];
}

export interface ActorSpan {
  start: number;
  end: number;
  role: 'source' | 'target';
  name: string;
}

/** A piece of the text: plain, or an evidence span with its actor marks. */
export type Piece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'evidence'; span: EvidenceSpan };

/**
 * The stored actor words are "the words of the sentence that name the actor": the ledger keeps
 * no offsets of its own for them, so they are found inside the evidence sentence (the first
 * occurrence, case as written; null when coreference took them from another sentence).
 */
function actorSpan(text: string, start: number, end: number, words: string | undefined, role: ActorSpan['role'], name: string): ActorSpan | null {
  if (!words) return null;
  const at = text.slice(start, end).indexOf(words);
  return at < 0 ? null : { start: start + at, end: start + at + words.length, role, name };
}

/** Keeps the earlier of overlapping actor marks (a mark cannot sit inside another). */
function disjoint(actors: ActorSpan[]): ActorSpan[] {
  const sorted = [...actors].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ActorSpan[] = [];
  for (const actor of sorted) {
    const last = kept[kept.length - 1];
    if (last && actor.start < last.end) continue;
    kept.push(actor);
  }
  return kept;
}

/**
 * The evidence spans of these events in a text of this length: offsets clamped to the text,
 * identical spans shared, overlapping ones merged, in text order.
 */
export function evidenceSpans(text: string, events: StoredEvent[]): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  const ordered = [...events].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  for (const event of ordered) {
    const start = Math.max(0, Math.min(text.length, event.evidence.start));
    const end = Math.max(start, Math.min(text.length, event.evidence.end));
    if (end === start) continue;
    const actors = [
      actorSpan(text, start, end, event.source.text, 'source', event.source.name ?? event.source.country ?? event.source.text),
      event.target ? actorSpan(text, start, end, event.target.text, 'target', event.target.name ?? event.target.country ?? event.target.text) : null,
    ].filter((a): a is ActorSpan => a !== null);
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.eventIds.push(event.id);
      last.actors = disjoint([...last.actors, ...actors]);
    } else {
      spans.push({ start, end, eventIds: [event.id], actors: disjoint(actors) });
    }
  }
  return spans;
}

/** The text from `from` to `to` cut into plain pieces and evidence spans (clipped to the window). */
export function pieces(spans: EvidenceSpan[], from: number, to: number): Piece[] {
  const result: Piece[] = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > at) result.push({ kind: 'text', start: at, end: start });
    const actors = span.actors.filter((a) => a.start >= start && a.end <= end);
    result.push({ kind: 'evidence', span: { ...span, start, end, actors } });
    at = end;
  }
  if (at < to) result.push({ kind: 'text', start: at, end: to });
  return result;
}

/** Articles longer than this show a window around their marks until asked for the whole. */
export const LONG_ARTICLE = 40_000;
/** Characters kept on each side of the marks in a long article's window. */
const MARGIN = 2_000;

/** The window of a long text worth showing: the marks with a margin, widened to paragraph ends. */
export function excerptWindow(text: string, spans: EvidenceSpan[]): { from: number; to: number } {
  if (text.length <= LONG_ARTICLE || spans.length === 0) return { from: 0, to: text.length };
  const first = spans[0]!.start;
  const last = spans[spans.length - 1]!.end;
  let from = Math.max(0, first - MARGIN);
  let to = Math.min(text.length, last + MARGIN);
  // Marks far apart: keep the first ones only, the rest is a click away.
  if (to - from > LONG_ARTICLE) to = Math.min(text.length, first + LONG_ARTICLE);
  const paragraphBefore = text.lastIndexOf('\n', from);
  if (from > 0 && paragraphBefore >= 0 && from - paragraphBefore < MARGIN) from = paragraphBefore + 1;
  const paragraphAfter = text.indexOf('\n', to);
  if (to < text.length && paragraphAfter >= 0 && paragraphAfter - to < MARGIN) to = paragraphAfter;
  return { from, to };
}

/** Only web addresses become links: an article's URL comes from its source, `javascript:` included. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
