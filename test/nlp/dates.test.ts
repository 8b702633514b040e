// chrono runs only the parsers a window can give a match: the answers must be those of all of them.
import { describe, expect, it } from 'vitest';
import { dateParser, parserFor } from '../../src/nlp/dates.js';

const WINDOWS = [
  'on 2025-03-04 and', '2025-3-4', '2025 March 4,', '2025/03/04', 'in March 2024,', 'March 2024', 'in 2019 and',
  'on 4 March.', 'on the 4th of March 2025,', 'on 4th-6th Sept. 2024', 'Sept. 5', 'on September 5, 2024,', 'Dec 12',
  'on Monday.', 'On Tuesday,', 'last Friday', 'on Thurs. morning', 'this weekend', 'on Sat., (Sunday)', 'Friday of next week',
  'three days ago,', '2 weeks earlier', 'a year before', 'a couple of months ago',
  'progress today."', 'Earlier tonight,', 'tmrw', 'by tomorrow', 'yesterday.', 'last night,', 'late last night', 'right now',
  'on Friday evening.', 'this morning', 'at midnight', 'Wednesday night.', 'by noon on Monday',
  'steps this year.', 'later this month,', 'issue next week,', 'in the past 3 days', 'over the next two weeks', '+2 days', 'after this week',
  'from Monday to Wednesday', '5 - 7 May', 'May 2025', 'may 2', 'mid-2024', 'in early 2025', 'in late 1999,',
  'MONDAY', 'the JANUARY 5TH meeting', 'marched 2 km', 'monthly',
  'earlier this week,', 'Earlier this month', 'this month,', 'two days ago', 'a few days earlier', 'four years before',
  'over the next couple of weeks', 'the past  couple of days', 'last 3 days', 'next half an hour', 'after about 2 weeks',
  'in 1999 March', '2024-Mar', '2024, of May', '44 BC March', 'the twenty-first of May', 'the 3rd-5th of June', '1st-Feb',
  'May twenty-first', 'May the 5th', 'June/5', 'Sept.,5', 'on Sunday, July 20.', 'on October 30,', 'relations in 1975 and',
  'Friday of this week', 'mondaythis week', 'Sunday, next week', 'thursdays', 'sat_down', 'Mon_', 'on Mon.', 'Thurs',
  'during 2003,', 'in 1994-1995', 'In 2008 the', 'since 2019',
];

const REFERENCES = [new Date('2025-03-05T12:00:00Z'), new Date('2024-12-31T12:00:00Z'), new Date(0)];

describe('date windows', () => {
  it('gives the same chrono results with the parsers a window can use as with all of them', () => {
    for (const text of WINDOWS) {
      for (const reference of REFERENCES) {
        const all = dateParser.parse(text, reference, { forwardDate: false });
        const chosen = parserFor(text).parse(text, reference, { forwardDate: false });
        expect(JSON.stringify(chosen), `${text} @ ${reference.toISOString()}`).toBe(JSON.stringify(all));
      }
    }
  });

  it('leaves out parsers only where a window lacks what their patterns need', () => {
    expect(parserFor('steps this year.').parsers.length).toBeLessThan(dateParser.parsers.length);
    // "month" holds "mon", "earlier" is no "3 days earlier", July 20 has its day after the month.
    const names = (text: string): string[] => parserFor(text).parsers.map((p) => p.constructor.name);
    expect(names('later this month,')).not.toContain('ENWeekdayParser');
    expect(names('earlier this week,')).not.toContain('ENTimeUnitAgoFormatParser');
    expect(names('earlier this week,')).not.toContain('ENTimeUnitCasualRelativeFormatParser');
    expect(names('on Saturday, July 20.')).toEqual(expect.arrayContaining(['ENMonthNameMiddleEndianParser', 'ENWeekdayParser']));
    expect(names('on Saturday, July 20.')).not.toContain('ENMonthNameLittleEndianParser');
    expect(names('on Saturday, July 20.')).not.toContain('ENYearMonthNameParser');
    expect(parserFor('on Monday this morning, 2025-03-04 this 4 March 5 days ago tonight + in 2025').parsers.length).toBe(dateParser.parsers.length);
  });
});

describe('a year alone', () => {
  it('is a date after "in" or "during", but not as part of a range or after "since"', () => {
    const years = (text: string): (number | null)[] => dateParser.parse(text, REFERENCES[0]!, { forwardDate: false })
      .map((r) => (r.start.isCertain('year') && !r.start.isCertain('month') ? r.start.get('year') : null));
    expect(years('relations in 1964 and')).toEqual([1964]);
    expect(years('talks in early 2024,')).toEqual([2024]);
    expect(years('during 2003,')).toEqual([2003]);
    expect(years('in 1994-1995')).toEqual([]);
    expect(years('since 2019')).toEqual([]);
    expect(years('in March 2024,')).toEqual([null]);
  });
});
