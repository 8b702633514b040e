import { describe, expect, it } from 'vitest';
import { scoreEvents, type EvalReport, type SentencesEvalReport } from '../../src/eval/index.js';
import { normaliseActorCode } from '../../src/eval/score-sentences.js';
import { coded, goldSentences } from './fixtures.js';

function sentencesReport(report: EvalReport): SentencesEvalReport {
  if (report.format !== 'sentences') throw new Error(`expected a sentences report, got ${report.format}`);
  return report;
}

// Invented sentences, one per situation the measures must handle.
const gold = goldSentences([
  { id: 'joint', text: 'Brazilian and Argentine ministers agreed to share river data.', plover: 'AGREE', source: ['BRA', 'ARG'], target: [] },
  { id: 'ngo', text: 'A rights group accused French police of abuses.', plover: 'ACCUSE', source: ['NGO'], target: ['FRA'] },
  { id: 'swapped', text: 'Kenya held talks with Tanzania on fishing rights.', plover: 'CONSULT', source: ['KEN'], target: ['TZA'] },
  { id: 'uncoded', text: 'Gunmen attacked a convoy near the border.', plover: 'ASSAULT', source: [], target: ['SOM'] },
  { id: 'wrong-target', text: 'Washington rejected the proposal from Tehran.', plover: 'REJECT', source: ['USA'], target: ['IRN'] },
  { id: 'wrong-category', text: 'Ruritania warned its neighbour of consequences.', plover: 'THREATEN', source: ['AUT'], target: ['CHE'] },
  { id: 'sector-code', text: 'Somali militias gathered fighters in the south.', plover: 'MOBILIZE', source: ['SOMREB'], target: [] },
]);

const events = [
  coded({ doc: 'joint', source: { country: 'BRA' }, target: { country: 'ARG' }, plover: 'AGREE' }),
  coded({ doc: 'ngo', source: { name: 'Rights Group', country: 'IGO' }, target: { country: 'FRA' }, plover: 'ACCUSE' }),
  coded({ doc: 'ngo', source: { country: 'IGO' }, target: { country: 'FRA' }, plover: 'REQUEST' }),
  coded({ doc: 'swapped', source: { country: 'TZA' }, target: { country: 'KEN' }, plover: 'CONSULT' }),
  coded({ doc: 'swapped', source: { country: 'TZA' }, target: { country: 'KEN' }, plover: 'CONSULT', sentence: 1 }),
  coded({ doc: 'wrong-target', source: { country: 'USA' }, target: { country: 'IRQ' }, plover: 'REJECT' }),
  coded({ doc: 'wrong-category', source: { country: 'AUT' }, target: { country: 'CHE' }, plover: 'SANCTION' }),
  coded({ doc: 'sector-code', source: { country: 'SOM' }, target: null, plover: 'MOBILIZE' }),
  coded({ doc: 'elsewhere', source: { country: 'SOM' }, target: null, plover: 'MOBILIZE' }),
];

describe('scoreEvents on a sentences gold', () => {
  const report = sentencesReport(scoreEvents(gold, events));

  it('measures category recall, category precision and full match', () => {
    // Gold category coded: joint, ngo, swapped, wrong-target, sector-code.
    expect(report.categoryRecall).toEqual({ count: 5, total: 7, value: 5 / 7 });
    // Distinct (sentence, category) pairs: 5 right, plus REQUEST on ngo and SANCTION on wrong-category.
    expect(report.categoryPrecision).toEqual({ count: 5, total: 7, value: 5 / 7 });
    // Actors right as well: all but wrong-target.
    expect(report.fullMatch).toEqual({ count: 4, total: 7, value: 4 / 7 });
    expect(report.sentences).toEqual({ gold: 7, coded: 6, ignored: ['elsewhere'] });
  });

  it('scores the category alone per category', () => {
    const row = (name: string) => report.byCategory.find((r) => r.category === name);
    expect(row('ACCUSE')).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(row('REQUEST')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(row('ASSAULT')).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 });
    expect(row('THREATEN')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(row('SANCTION')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.overall).toMatchObject({ tp: 5, fp: 2, fn: 2 });
    expect(report.byCategory.map((r) => r.category)).toEqual([
      'AGREE', 'CONSULT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'MOBILIZE', 'ASSAULT',
    ]);
  });

  it('lists the sentences without a full match, and why', () => {
    expect(report.misses.map((m) => [m.id, m.reason, m.gold, m.coded])).toEqual([
      ['uncoded', 'no-events', 'ASSAULT', []],
      ['wrong-target', 'actors', 'REJECT', ['REJECT']],
      ['wrong-category', 'category', 'THREATEN', ['SANCTION']],
    ]);
    expect(report.misses[1]).toMatchObject({ goldSource: ['USA'], goldTarget: ['IRN'], codedEvents: ['USA → IRQ REJECT'] });
    expect(report.overcoded).toEqual([
      { id: 'ngo', gold: 'ACCUSE', extra: ['REQUEST'] },
      { id: 'wrong-category', gold: 'THREATEN', extra: ['SANCTION'] },
    ]);
  });

  it('swaps source and target only for CONSULT and AGREE', () => {
    const oneWay = goldSentences([{ id: 'x', text: 'Chile criticised Peru.', plover: 'ACCUSE', source: ['CHL'], target: ['PER'] }]);
    const swapped = sentencesReport(scoreEvents(oneWay, [coded({ doc: 'x', source: { country: 'PER' }, target: { country: 'CHL' }, plover: 'ACCUSE' })]));
    expect(swapped.fullMatch.value).toBe(0);
    expect(swapped.categoryRecall.value).toBe(1);
  });

  it('accepts a missing target, or another listed party, when the gold has no target', () => {
    const joint = goldSentences([{ id: 'x', text: 'Chile and Peru agreed.', plover: 'AGREE', source: ['CHL', 'PER'], target: [] }]);
    const score = (target: { country: string } | null) =>
      sentencesReport(scoreEvents(joint, [coded({ doc: 'x', source: { country: 'CHL' }, target, plover: 'AGREE' })])).fullMatch.value;
    expect(score(null)).toBe(1);
    expect(score({ country: 'PER' })).toBe(1);
    expect(score({ country: 'BOL' })).toBe(0);
  });

  it('gives null precision, not zero, when nothing was coded', () => {
    const empty = sentencesReport(scoreEvents(gold, []));
    expect(empty.categoryPrecision).toEqual({ count: 0, total: 0, value: null });
    expect(empty.categoryRecall.value).toBe(0);
    expect(empty.misses).toHaveLength(7);
  });
});

describe('normaliseActorCode', () => {
  it('keeps three letters and merges equivalent codes', () => {
    expect(normaliseActorCode('NGO')).toBe('IGO');
    expect(normaliseActorCode('IGO')).toBe('IGO');
    expect(normaliseActorCode('SRBMIL')).toBe('SRB');
    expect(normaliseActorCode('jap')).toBe('JPN');
    expect(normaliseActorCode(null)).toBeNull();
  });
});
