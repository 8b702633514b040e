// Dates as a news brief writes them. The ledger keeps dates as precise as the article gave
// them ("2026-01-24", "2026-01" or "2026"), so each precision gets its own wording.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

interface DateParts {
  year: string;
  month: string | null;
  day: number | null;
}

function partsOf(date: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const monthIndex = match[2] === undefined ? null : Number(match[2]) - 1;
  const month = monthIndex === null ? null : MONTHS[monthIndex] ?? null;
  return { year: match[1]!, month, day: match[3] === undefined || month === null ? null : Number(match[3]) };
}

/** "2026-01-24" → "24 January 2026"; "2026-01" → "January 2026"; "2026" → "2026". */
export function formatDate(date: string): string {
  const parts = partsOf(date);
  if (!parts) return date;
  if (parts.month === null) return parts.year;
  return parts.day === null ? `${parts.month} ${parts.year}` : `${parts.day} ${parts.month} ${parts.year}`;
}

/** "on 24 January 2026", "in January 2026", "in 2026"; empty for an unknown date. */
export function datePhrase(date: string | null): string {
  if (date === null) return '';
  const parts = partsOf(date);
  return parts !== null && parts.day !== null ? `on ${formatDate(date)}` : `in ${formatDate(date)}`;
}

/**
 * The span of several dates, worded without repeating what the ends share:
 * "on 24 January 2026", "between 24 and 26 January 2026",
 * "between 24 January and 1 February 2026", "between 30 December 2025 and 2 January 2026".
 */
export function dateRangePhrase(dates: readonly (string | null)[]): string {
  const known = dates.filter((d): d is string => d !== null).sort();
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return '';
  if (first === last) return datePhrase(first);
  const a = partsOf(first);
  const b = partsOf(last);
  // Only whole days can share their month and year; other precisions are written in full.
  if (a?.day != null && b?.day != null && a.year === b.year) {
    return a.month === b.month
      ? `between ${a.day} and ${b.day} ${b.month} ${b.year}`
      : `between ${a.day} ${a.month} and ${b.day} ${b.month} ${b.year}`;
  }
  return `between ${formatDate(first)} and ${formatDate(last)}`;
}
