import { describe, expect, it } from 'vitest';
import { formatMegabytes } from '../../src/ingest/file-checks.js';
import { DEFAULT_MAX_BYTES, isIsoDate, toIsoDate } from '../../src/ingest/index.js';

describe('toIsoDate', () => {
  it.each([
    ['2026-01-24', '2026-01-24'],
    ['2026-01-24T23:30:00+07:00', '2026-01-24'],
    ['2026/1/5', '2026-01-05'],
    ['20260124', '2026-01-24'],
    ['Sat, 24 Jan 2026 23:30:00 +0700', '2026-01-24'],
    ['24 January 2026', '2026-01-24'],
    ['January 24, 2026', '2026-01-24'],
    ['Sept. 3 2026', '2026-09-03'],
  ])('reads %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', '2026-02-30', '2026-13-01', '31 Feb 2026'])('refuses %j', (input) => {
    expect(toIsoDate(input)).toBeNull();
  });

  it('checks strict ISO dates', () => {
    expect(isIsoDate('2026-01-24')).toBe(true);
    expect(isIsoDate('2026-1-24')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });
});

describe('size limit message', () => {
  it('shows the default limit as 200 MB', () => {
    expect(formatMegabytes(DEFAULT_MAX_BYTES)).toBe('200');
  });
});
