// The digest's words: dates at their precision, verb phrases by category and code, channels
// said once, country names as they stand in a sentence.
import { describe, expect, it } from 'vitest';
import { actorName } from '../../src/digest/actor-label.js';
import { countryInProse, countryName } from '../../src/digest/countries.js';
import { dateRangePhrase, datePhrase, formatDate } from '../../src/digest/dates.js';
import { itemText, verbPhrase } from '../../src/digest/phrasing.js';
import { linkTarget } from '../../src/digest/render-markdown.js';

describe('dates', () => {
  it('writes days, months and years', () => {
    expect(formatDate('2026-01-24')).toBe('24 January 2026');
    expect(datePhrase('2026-01-24')).toBe('on 24 January 2026');
    expect(datePhrase('2026-01')).toBe('in January 2026');
    expect(datePhrase('2026')).toBe('in 2026');
    expect(datePhrase(null)).toBe('');
  });

  it('writes ranges without repeating what the ends share', () => {
    expect(dateRangePhrase(['2026-01-26', null, '2026-01-24'])).toBe('between 24 and 26 January 2026');
    expect(dateRangePhrase(['2026-01-24', '2026-02-01'])).toBe('between 24 January and 1 February 2026');
    expect(dateRangePhrase(['2025-12-30', '2026-01-02'])).toBe('between 30 December 2025 and 2 January 2026');
    expect(dateRangePhrase(['2026-01', '2026-01-05'])).toBe('between January 2026 and 5 January 2026');
    expect(dateRangePhrase(['2026-01-24', '2026-01-24'])).toBe('on 24 January 2026');
    expect(dateRangePhrase([null])).toBe('');
  });
});

describe('verb phrases', () => {
  it('chooses by CAMEO code, falls back to the category', () => {
    expect(itemText(verbPhrase('SUPPORT', '051'), 'To Lam', null, '2026-01-24')).toBe('praised To Lam on 24 January 2026');
    expect(itemText(verbPhrase('SUPPORT', '057'), 'To Lam', null, null)).toBe('signed an agreement with To Lam');
    expect(itemText(verbPhrase('SUPPORT', '059'), 'To Lam', null, null)).toBe('expressed support for To Lam');
    expect(itemText(verbPhrase('ASSAULT', '190'), null, null, null)).toBe('attacked');
  });

  it('says "congratulated" when the evidence is a congratulation, whatever code 051 calls it', () => {
    expect(verbPhrase('SUPPORT', '051', ['Mr A sent a congratulatory letter to Mr B.']).verb).toBe('congratulated');
    expect(verbPhrase('SUPPORT', '051', ['Mr A commended Mr B.']).verb).toBe('praised');
    expect(verbPhrase('SUPPORT', '057', ['After congratulating Mr B, Mr A signed the treaty.']).verb).toBe('signed an agreement');
  });

  it('gives the channel once', () => {
    expect(itemText(verbPhrase('SUPPORT', '051', ['congratulations']), 'To Lam', 'phone', '2026-01-24')).toBe('congratulated To Lam by phone on 24 January 2026');
    expect(itemText(verbPhrase('CONSULT', '041'), 'To Lam', 'phone', '2026-01-24')).toBe('held phone talks with To Lam on 24 January 2026');
    expect(itemText(verbPhrase('CONSULT', '042'), 'Hanoi', 'visit', null)).toBe('visited Hanoi');
    expect(itemText(verbPhrase('SUPPORT', '051'), 'To Lam', 'letter', '2026-01')).toBe('praised To Lam in a letter in January 2026');
  });
});

describe('names', () => {
  it('names countries from the project data, with "the" where prose needs it', () => {
    expect(countryName('RUS')).toBe('Russia');
    expect(countryInProse('USA', countryName('USA'))).toBe('the United States');
    expect(countryInProse('PHL', countryName('PHL'))).toBe('the Philippines');
    expect(countryInProse('CUB', countryName('CUB'))).toBe('Cuba');
  });

  it('names a person by role and name, an unnamed actor by its institution', () => {
    expect(actorName({ text: 'Russian President Vladimir Putin', name: 'Vladimir Putin', country: 'RUS', sector: 'GOV', role: 'President' }).label)
      .toBe('President Vladimir Putin');
    expect(actorName({ text: 'Moscow', name: null, country: 'RUS', sector: 'GOV', role: null }).label).toBe('the government of Russia');
    expect(actorName({ text: 'Washington', name: null, country: 'USA', sector: null, role: null }).label).toBe('the United States');
  });
});

describe('source links in Markdown', () => {
  it('percent-encodes what would end or break a link target, and nothing else', () => {
    expect(linkTarget('https://example.org/wiki/Talks_(2026) final?a=1&b=(2)'))
      .toBe('https://example.org/wiki/Talks_%282026%29%20final?a=1&b=%282%29');
    expect(linkTarget('https://example.org/a/b.html')).toBe('https://example.org/a/b.html');
  });
});
