// Dates in sentences, resolved with chrono-node against the article's date.
import * as chrono from 'chrono-node';
import type { DateMention, Sentence } from '../types.js';

/**
 * chrono is the slow part of the stage: it reads only short windows around words that may
 * start or end a date, not whole sentences.
 */
const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow)\b|\b(?:last|next|this|past)\s+(?:week|month|year|days)|\bago\b|\b\d{4}-\d{2}-\d{2}\b|\bin\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b/gi;

/** Characters of context on each side of a date word that chrono gets to see. */
const WINDOW = 28;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(component: chrono.ParsedComponents): string | null {
  const year = component.get('year');
  const month = component.get('month');
  const day = component.get('day');
  if (year === null || year === undefined) return null;
  if (component.isCertain('day') || component.isCertain('weekday')) return `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  if (component.isCertain('month')) return `${year}-${pad(month ?? 1)}`;
  if (component.isCertain('year')) return String(year);
  return null;
}

/** Where no article date is known, yearless dates take the latest year the document names. */
export function fallbackYear(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(/\b(19[5-9]\d|20[0-4]\d)\b/g)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

export interface DateContext {
  /** The article's date, ISO, or null. */
  published: string | null;
  /** The document's latest named year, used when `published` is null. */
  fallbackYear: number | null;
}

/** Windows of the sentence around date words, merged where they overlap. */
function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  for (const match of text.matchAll(MAY_HOLD_DATE)) {
    let start = Math.max(0, (match.index ?? 0) - WINDOW);
    let end = Math.min(text.length, (match.index ?? 0) + match[0].length + WINDOW);
    while (start > 0 && /\S/.test(text[start - 1]!)) start -= 1;
    while (end < text.length && /\S/.test(text[end]!)) end += 1;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

export function findDates(sentence: Sentence, context: DateContext): DateMention[] {
  const windows = dateWindows(sentence.text);
  if (windows.length === 0) return [];
  const reference = context.published
    ? new Date(`${context.published}T12:00:00Z`)
    : context.fallbackYear !== null ? new Date(Date.UTC(context.fallbackYear, 6, 1, 12)) : null;
  const results = windows.flatMap(([start, end]) => chrono.parse(sentence.text.slice(start, end), reference ?? new Date(0), { forwardDate: false })
    .map((result) => ({ result, offset: start })));
  const mentions: DateMention[] = [];
  for (const { result, offset } of results) {
    const relative = !result.start.isCertain('year') && !result.start.isCertain('month');
    // Without any reference, "Monday" or "yesterday" cannot be placed in time.
    if (reference === null && !result.start.isCertain('year')) continue;
    if (context.published === null && relative) continue;
    // A yearless date in an undated article belongs to the year the article talks about.
    let value = isoOf(result.start);
    if (value && context.published === null && !result.start.isCertain('year') && context.fallbackYear !== null) {
      value = `${context.fallbackYear}${value.slice(4)}`;
    }
    if (!value) continue;
    mentions.push({
      text: result.text,
      start: sentence.start + offset + result.index,
      end: sentence.start + offset + result.index + result.text.length,
      value,
    });
  }
  return mentions;
}
