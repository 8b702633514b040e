// Article dates arrive in many shapes (ISO 8601, RFC 822 from RSS, "January 24, 2026" in HTML
// meta tags). Everything downstream wants `YYYY-MM-DD`, the date as the publisher wrote it:
// we read the calendar date literally instead of converting to UTC, so an article published
// at 00:30 in Hanoi keeps its Hanoi date.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** True when `value` is exactly an existing calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Reads a date written in one of the common formats; null when it is not recognisably one. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/.exec(text);
  if (match) return formatDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(text);
  if (match) return formatDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // RFC 822 (RSS pubDate): "Sat, 24 Jan 2026 10:00:00 +0700"; also "24 January 2026".
  match = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i').exec(text);
  if (match) return formatDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  // "January 24, 2026"
  match = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (match) return formatDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function formatDate(year: number, month: number, day: number): string | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
