// Dates in sentences, resolved with chrono-node against the article's date.
import * as chrono from 'chrono-node';
import type { DateMention, Sentence, Token } from '../types.js';

/**
 * chrono is the slow part of the stage: it reads only short windows around words that may
 * start or end a date, not whole sentences.
 */
const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow)\b|\b(?:last|next|this|past)\s+(?:week|month|year|days)|\bago\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b/gi;

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

/**
 * Exactly the characters of the regular expression class \s (a code test, not a regular
 * expression per character).
 */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028
    || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i -= 1;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Windows of the sentence around date words, merged where they overlap. The matches are read
 * with `exec` on the one global expression (no match is empty, so each search goes on where the
 * last match ended, as matchAll's would), rather than through matchAll, which copies the
 * expression for every sentence.
 */
function dateWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  MAY_HOLD_DATE.lastIndex = 0;
  for (let match = MAY_HOLD_DATE.exec(text); match !== null; match = MAY_HOLD_DATE.exec(text)) {
    // A word before ("late Monday", "on Tuesday") and one after ("24 evening", "May 2025").
    const matchStart = match.index;
    let start = matchStart;
    for (let words = 0; start > 0 && words < 1; words++) start = wordStartBefore(text, start);
    let end = matchStart + match[0].length;
    for (let words = 0; end < text.length && words < 1; words++) end = wordEndAfter(text, end);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

/**
 * chrono's English parsers without those for clock times, slashed numbers and durations
 * ahead ("within 3 days"): the coder keeps days, months and years, and the windows never hold
 * slashes. Each parser costs time on every window, so this copy parses about a third faster.
 */
const UNUSED_PARSERS = new Set([
  'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
  'ENTimeUnitLaterFormatParser', 'ENEndOfCurrentMonthParser', 'ENTimeUnitWithinFormatParser',
]);
/**
 * "in 1964", "during early 1990": a year alone, which chrono's English parsers leave unread (a
 * bare four-digit number may be anything). After "in" or "during" it dates the event
 * to that year.
 */
class YearAloneParser implements chrono.Parser {
  pattern(): RegExp {
    return /\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b(?!\s*(?:-|\/|to\b|and\b\s*(?:19|20)\d\d))/i;
  }

  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingResult {
    // The text keeps its preposition: chrono drops a result whose text is a bare number.
    return context.createParsingResult(match.index ?? 0, match[0], { year: Number(match[1]) });
  }
}

export const dateParser = ((): chrono.Chrono => {
  const parser = chrono.en.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  parser.parsers.push(new YearAloneParser());
  return parser;
})();

/**
 * Text every match of a parser's pattern contains (its patterns are case-insensitive, like
 * these): a window without it cannot give that parser a match, so the parser would add nothing
 * and is left out for that window. chrono concatenates parsers' results in order and sorts them
 * stably by index before its refiners run, so leaving out parsers without results changes no
 * answer. Inside the coder each parser run costs far more than its regex alone (its code and
 * data have left the caches since the last date), so every parser skipped counts. Each test
 * below is read off the parser's pattern (chrono-node 2.10) and is looser than it:
 * - ISO dates and year-month-day need four digits in a row;
 * - every one of chrono's month names begins with one of these twelve abbreviations ("sept.",
 *   "september" with "sep"); a month name is all the month-name parser needs, while
 *   - year-month ("2024 March") needs a year (ending in a digit or an era, "BC") just before
 *     the month, across nothing but "-", ".", "/", "," or "of" and spaces;
 *   - day-month ("4 March", "the 4th of March") needs a day (a number, or an ordinal word,
 *     all of which end in st/nd/rd/th) just before the month, across "-", "/" or "of";
 *   - month-day ("March 4", "Sept. fifth") needs the month followed, across "-", "/", a
 *     comma or spaces, by a number or an ordinal word;
 * - weekdays need a day's name ending where a word ends or runs on into "of" or this/last/
 *   past/next ("Friday of next week"), or "weekend"/"weekday": "this month" holds "mon" but
 *   no weekday;
 * - "3 days ago" needs ago/before/earlier right after a time unit, which ends in a letter
 *   ("earlier this week" starts a window with nothing before "earlier");
 * - "today" and the like one of those words ("tmrw" begins with "tmr", "last night" is "last"
 *   followed by "night");
 * - "this morning" a time of day ("midnight" holds "night");
 * - "next week" its this/last/past/next/after;
 * - "last 2 days", "+2 days" their this/last/past/next/after, + or - followed by a number
 *   (figures, a number word, "half", "a", "an", "few", "several", "the", "couple", or
 *   "about"/"around" first): "next week" and "this year" have none.
 * A parser not named here is always run.
 */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const PARSER_NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /[0-9]{4}/,
  YearAloneParser: /(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)[0-9]{2}/i,
  ISOFormatParser: /[0-9]{4}/,
  ENMonthNameLittleEndianParser: new RegExp(`(?:[0-9]|st|nd|rd|th)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})${MONTH_START}`, 'i'),
  ENMonthNameMiddleEndianParser: new RegExp(`${MONTH_START}[a-z]*\\.?(?:-|/|\\s*,?\\s*)(?:[0-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)`, 'i'),
  ENYearMonthNameParser: new RegExp(`[0-9](?:\\s{0,2}(?:be|ad|bc|bce|ce))?(?:\\s*[-./,]?\\s*|\\s+of\\s+)${MONTH_START}`, 'i'),
  ENMonthNameParser: MONTH,
  ENWeekdayParser: /(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat)(?:\W|$|of|this|last|past|next)|weekend|weekday/i,
  ENTimeUnitAgoFormatParser: /[a-z]\s{0,5}(?:ago|before|earlier)/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /(?:this|last|past|next|after|\+|-)\s*(?:about|around|[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple)/i,
};
const parserNeeds = dateParser.parsers.map((p) => PARSER_NEEDS[p.constructor.name] ?? null);
/** A copy of dateParser for each set of parsers a window can use (a bit per parser). */
const parsersFor = new Map<number, chrono.Chrono>();

/** The parsers a window can use (exported with `dateParser` for the tests that compare them). */
export function parserFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let k = 0; k < parserNeeds.length; k++) {
    const needs = parserNeeds[k];
    if (!needs || needs.test(text)) mask |= 1 << k;
  }
  let parser = parsersFor.get(mask);
  if (!parser) {
    parser = dateParser.clone();
    parser.parsers = dateParser.parsers.filter((_, k) => (mask & (1 << k)) !== 0);
    parsersFor.set(mask, parser);
  }
  return parser;
}

/**
 * chrono's answer depends only on the text and the reference date, and an article repeats its
 * date phrases. Articles of other days hit rarely (about one window in nine on the benchmark
 * corpus), so the table is kept small: chrono's results are heavy, and 20,000 of them were
 * ten megabytes of heap for a few hits more.
 */
const parseCache = new Map<string, chrono.ParsedResult[]>();

function parseWindow(text: string, reference: Date | null): chrono.ParsedResult[] {
  const key = `${reference?.getTime() ?? 0}|${text}`;
  let results = parseCache.get(key);
  if (!results) {
    results = parserFor(text).parse(text, reference ?? new Date(0), { forwardDate: false });
    if (parseCache.size > 500) parseCache.clear();
    parseCache.set(key, results);
  }
  return results;
}

/** The last article date read, and its time: a document's dated sentences share one. */
let lastPublished: string | null = null;
let lastPublishedTime = 0;

function publishedTime(published: string): number {
  if (published !== lastPublished) {
    lastPublishedTime = new Date(`${published}T12:00:00Z`).getTime();
    lastPublished = published;
  }
  return lastPublishedTime;
}

export function findDates(sentence: Sentence, context: DateContext): DateMention[] {
  const windows = dateWindows(sentence.text);
  if (windows.length === 0) return [];
  // A fresh Date for chrono each time, as before; only reading the date text is done once.
  const reference = context.published
    ? new Date(publishedTime(context.published))
    : context.fallbackYear !== null ? new Date(Date.UTC(context.fallbackYear, 6, 1, 12)) : null;
  const results = windows.flatMap(([start, end]) => parseWindow(sentence.text.slice(start, end), reference)
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
    const mention: DateMention = {
      text: result.text,
      start: sentence.start + offset + result.index,
      end: sentence.start + offset + result.index + result.text.length,
      value,
    };
    if (result.start.isCertain('weekday') && !result.start.isCertain('day')) mention.weekday = true;
    mentions.push(mention);
  }
  return mentions;
}


/** Words in a verb group that put it in the future: "will be held", "to meet". */
const FUTURE_GROUP_WORDS = new Set(['will', 'would', 'shall', "'ll", 'to', 'going']);

/**
 * Is the verb closest before character `at` a past form ("went", "was killed", "said"), with
 * nothing in its verb group that puts it in the future ("will be held", "agreed to meet")?
 */
function pastVerbBefore(tokens: readonly Token[], at: number): boolean {
  let verb = -1;
  for (let i = 0; i < tokens.length && tokens[i]!.end <= at; i++) if (tokens[i]!.pos === 'VERB') verb = i;
  if (verb < 0) return false;
  const { norm, lemma } = tokens[verb]!;
  if (norm === lemma || norm.endsWith('ing') || norm === `${lemma}s` || norm === `${lemma}es`) return false;
  for (let k = verb - 1; k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART' || tokens[k]!.pos === 'ADV'); k--) {
    if (FUTURE_GROUP_WORDS.has(tokens[k]!.norm)) return false;
  }
  return true;
}

/**
 * "went on strike on Tuesday": a weekday alone, said with a verb in the past, is the last such
 * day up to the article's date. chrono takes the nearest one, which in an article of a Monday
 * is the next day; for what will happen ("will meet on Tuesday") that is right, and kept.
 */
export function asPastDay(mention: DateMention, published: string | null, tokens: readonly Token[]): DateMention {
  if (!mention.weekday || !published || mention.value <= published || !pastVerbBefore(tokens, mention.start)) return mention;
  const day = new Date(`${mention.value}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 7);
  return { ...mention, value: day.toISOString().slice(0, 10) };
}
