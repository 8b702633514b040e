import { describe, expect, it } from 'vitest';
import { scoreEvents, type DocumentsEvalReport, type EvalReport } from '../../src/eval/index.js';
import { datesAgree } from '../../src/eval/score-documents.js';
import { coded, codedFromGold, goldDocuments, type GoldEventSpec } from './fixtures.js';

// Invented actors.
const ribeiro = { name: 'Ana Ribeiro', country: 'BRA' };
const duc = { name: 'Nguyễn Văn Đức', country: 'VNM' };
const ducPlain = { name: 'Nguyen Van Duc', country: 'VNM' };
const hoa = { name: 'Le Thi Hoa', country: 'VNM' };
const vietnam = { name: null, country: 'VNM' };
const holm = { name: 'Lars Holm', country: 'DNK' };
const berg = { name: 'Ingrid Berg', country: 'DNK' };

function documentsReport(report: EvalReport): DocumentsEvalReport {
  if (report.format !== 'documents') throw new Error(`expected a documents report, got ${report.format}`);
  return report;
}

function category(report: DocumentsEvalReport, level: 'person' | 'country', name: string) {
  return report[level].byCategory.find((row) => row.category === name);
}

describe('scoreEvents on a documents gold', () => {
  const events: GoldEventSpec[] = [
    { source: ribeiro, target: duc, plover: 'SUPPORT', channel: 'letter', date: '2030-03-09' },
    { source: ribeiro, target: duc, plover: 'CONSULT', channel: 'phone', date: '2030-03-09' },
    { source: ribeiro, target: vietnam, plover: 'AGREE', channel: null, date: '2030-03' },
  ];

  it('gives a perfect score to output equal to the gold', () => {
    const gold = goldDocuments({ 'doc-1': events });
    const report = documentsReport(scoreEvents(gold, events.map((event) => codedFromGold('doc-1', event))));
    for (const level of ['person', 'country'] as const) {
      expect(report[level].overall).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
      expect(report[level].missed).toEqual([]);
      expect(report[level].spurious).toEqual([]);
    }
    expect(report.channel.accuracy).toEqual({ count: 3, total: 3, value: 1 });
    expect(report.date.accuracy).toEqual({ count: 3, total: 3, value: 1 });
    expect(report.channel.basis).toBe('person-level matched pairs');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('counts a wrong category as one miss and one spurious event, per category', () => {
    const gold = goldDocuments({ 'doc-1': [events[0]!] });
    const report = documentsReport(scoreEvents(gold, [coded({ source: ribeiro, target: duc, plover: 'ACCUSE' })]));
    expect(report.person.overall).toMatchObject({ tp: 0, fp: 1, fn: 1, precision: 0, recall: 0, f1: 0 });
    expect(category(report, 'person', 'SUPPORT')).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
    expect(category(report, 'person', 'ACCUSE')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
    expect(report.person.missed).toEqual([expect.objectContaining({ source: 'Ana Ribeiro [BRA]', target: 'Nguyễn Văn Đức [VNM]', plover: 'SUPPORT' })]);
    expect(report.person.spurious).toEqual([expect.objectContaining({ plover: 'ACCUSE', sentence: 0 })]);
    expect(report.channel.accuracy.total).toBe(0);
    expect(report.channel.accuracy.value).toBeNull();
  });

  it('accepts CONSULT and AGREE in either direction, but not SUPPORT', () => {
    const gold = goldDocuments({
      'doc-1': [
        { source: holm, target: ribeiro, plover: 'CONSULT' },
        { source: holm, target: ribeiro, plover: 'AGREE' },
        { source: holm, target: ribeiro, plover: 'SUPPORT' },
      ],
    });
    const report = documentsReport(
      scoreEvents(gold, [
        coded({ source: ribeiro, target: holm, plover: 'CONSULT', date: '2030-03-10' }),
        coded({ source: ribeiro, target: holm, plover: 'AGREE', date: '2030-03-10' }),
        coded({ source: ribeiro, target: holm, plover: 'SUPPORT', date: '2030-03-10' }),
      ]),
    );
    for (const level of ['person', 'country'] as const) {
      expect(category(report, level, 'CONSULT')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(category(report, level, 'AGREE')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
      expect(category(report, level, 'SUPPORT')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    }
  });

  it('keeps both directions of a symmetric category apart when the gold lists both', () => {
    const gold = goldDocuments({
      'doc-1': [
        { source: holm, target: ribeiro, plover: 'CONSULT' },
        { source: ribeiro, target: holm, plover: 'CONSULT' },
      ],
    });
    const both = documentsReport(
      scoreEvents(gold, [
        coded({ source: ribeiro, target: holm, plover: 'CONSULT' }),
        coded({ source: holm, target: ribeiro, plover: 'CONSULT' }),
      ]),
    );
    expect(both.person.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    const one = documentsReport(scoreEvents(gold, [coded({ source: ribeiro, target: holm, plover: 'CONSULT' })]));
    expect(one.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('compares names without diacritics, and tells different people apart only at person level', () => {
    const gold = goldDocuments({ 'doc-1': [{ source: ribeiro, target: duc, plover: 'SUPPORT' }] });
    const same = documentsReport(scoreEvents(gold, [coded({ source: { name: 'ana ribeiro', country: 'BRA' }, target: ducPlain, plover: 'SUPPORT' })]));
    expect(same.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });

    const toLam = goldDocuments({ 'doc-1': [{ source: ribeiro, target: { name: 'Tô Lâm', country: 'VNM' }, plover: 'SUPPORT' }] });
    const toLamReport = documentsReport(scoreEvents(toLam, [coded({ source: ribeiro, target: { name: 'To Lam', country: 'VNM' }, plover: 'SUPPORT' })]));
    expect(toLamReport.person.overall.f1).toBe(1);

    const other = documentsReport(scoreEvents(gold, [coded({ source: ribeiro, target: hoa, plover: 'SUPPORT' })]));
    expect(other.person.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(other.country.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('lets any actor of the right country match a gold actor without a name', () => {
    const gold = goldDocuments({ 'doc-1': [{ source: ribeiro, target: vietnam, plover: 'AGREE' }] });
    const report = documentsReport(scoreEvents(gold, [coded({ source: ribeiro, target: hoa, plover: 'AGREE' })]));
    expect(report.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const wrongCountry = documentsReport(scoreEvents(gold, [coded({ source: ribeiro, target: holm, plover: 'AGREE' })]));
    expect(wrongCountry.person.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('prefers a match on a name to a match on a country when assigning one to one', () => {
    // The nameless gold event comes first, so a plain first-come assignment would give it Duc.
    const gold = goldDocuments({
      'doc-1': [
        { source: ribeiro, target: vietnam, plover: 'SUPPORT' },
        { source: ribeiro, target: duc, plover: 'SUPPORT' },
      ],
    });
    const report = documentsReport(
      scoreEvents(gold, [
        coded({ source: ribeiro, target: ducPlain, plover: 'SUPPORT' }),
        coded({ source: ribeiro, target: hoa, plover: 'SUPPORT' }),
      ]),
    );
    expect(report.person.overall).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('removes repeated coded events, filling channel and date from later repetitions', () => {
    const gold = goldDocuments({ 'doc-1': [events[0]!] });
    const headline = coded({ source: ribeiro, target: duc, plover: 'SUPPORT', sentence: 0 });
    const body = coded({ source: ribeiro, target: ducPlain, plover: 'SUPPORT', channel: 'letter', date: '2030-03-09', sentence: 4 });
    const report = documentsReport(scoreEvents(gold, [headline, body, { ...body, sentence: 9 }]));
    expect(report.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.country.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.events).toEqual({ gold: 1, coded: 3, codedDistinct: { country: 1, person: 1 } });
    expect(report.channel.accuracy.value).toBe(1);
    expect(report.date.accuracy.value).toBe(1);
  });

  it('reduces the gold to distinct country tuples at country level', () => {
    const gold = goldDocuments({
      'doc-1': [
        { source: holm, target: duc, plover: 'SUPPORT' },
        { source: berg, target: duc, plover: 'SUPPORT' },
      ],
    });
    const report = documentsReport(scoreEvents(gold, [coded({ source: holm, target: duc, plover: 'SUPPORT' })]));
    expect(report.country.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.person.missed).toEqual([expect.objectContaining({ source: 'Ingrid Berg [DNK]' })]);
  });

  it('matches a gold event without a target only to a coded event without one', () => {
    const gold = goldDocuments({ 'doc-1': [{ source: holm, target: null, plover: 'MOBILIZE' }] });
    const none = documentsReport(scoreEvents(gold, [coded({ source: holm, target: null, plover: 'MOBILIZE', date: '2030-03-10' })]));
    expect(none.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(none.country.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(none.person.spurious).toEqual([]);
    const some = documentsReport(scoreEvents(gold, [coded({ source: holm, target: ribeiro, plover: 'MOBILIZE' })]));
    expect(some.person.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(some.person.spurious).toEqual([expect.objectContaining({ target: 'Ana Ribeiro [BRA]' })]);
  });

  it('accepts any day within a partial gold date', () => {
    const gold = goldDocuments({
      'doc-1': [
        { source: ribeiro, target: vietnam, plover: 'AGREE', date: '2029-05' },
        { source: holm, target: vietnam, plover: 'AGREE', date: '2029-05' },
        { source: berg, target: vietnam, plover: 'AGREE', date: null },
      ],
    });
    const report = documentsReport(
      scoreEvents(gold, [
        coded({ source: ribeiro, target: duc, plover: 'AGREE', date: '2029-05-17' }),
        coded({ source: holm, target: duc, plover: 'AGREE', date: '2029-06-01' }),
        coded({ source: berg, target: duc, plover: 'AGREE', date: '2030-03-10' }),
      ]),
    );
    expect(report.person.overall.tp).toBe(3);
    expect(report.date.accuracy).toEqual({ count: 1, total: 3, value: 1 / 3 });
    expect(report.date.mismatches).toEqual([
      expect.objectContaining({ event: 'Lars Holm [DNK] → VNM AGREE', gold: '2029-05', coded: '2029-06-01' }),
      expect.objectContaining({ event: 'Ingrid Berg [DNK] → VNM AGREE', gold: null, coded: '2030-03-10' }),
    ]);
  });

  it('reports channel mismatches, with null equal to null', () => {
    const gold = goldDocuments({
      'doc-1': [
        { source: ribeiro, target: duc, plover: 'SUPPORT', channel: 'letter' },
        { source: holm, target: duc, plover: 'SUPPORT', channel: null },
        { source: berg, target: duc, plover: 'SUPPORT', channel: 'phone' },
      ],
    });
    const report = documentsReport(
      scoreEvents(gold, [
        coded({ source: ribeiro, target: duc, plover: 'SUPPORT', channel: 'message' }),
        coded({ source: holm, target: duc, plover: 'SUPPORT', channel: null }),
        coded({ source: berg, target: duc, plover: 'SUPPORT', channel: null }),
      ]),
    );
    expect(report.channel.accuracy).toEqual({ count: 1, total: 3, value: 1 / 3 });
    expect(report.channel.mismatches.map((m) => [m.gold, m.coded])).toEqual([
      ['letter', 'message'],
      ['phone', null],
    ]);
  });

  it('scores only gold documents, and counts a gold document left uncoded as misses', () => {
    const gold = goldDocuments({ 'doc-1': [events[0]!], 'doc-2': [events[1]!] });
    const report = documentsReport(
      scoreEvents(gold, [codedFromGold('doc-1', events[0]!), coded({ doc: 'not-annotated', source: holm, target: null, plover: 'REJECT' })]),
    );
    expect(report.documents).toEqual({ gold: 2, coded: 1, ignored: ['not-annotated'] });
    expect(report.person.overall).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.person.missed).toEqual([expect.objectContaining({ doc: 'doc-2', plover: 'CONSULT' })]);
  });

  it('does not match events across documents', () => {
    const gold = goldDocuments({ 'doc-1': [events[0]!], 'doc-2': [] });
    const report = documentsReport(scoreEvents(gold, [codedFromGold('doc-2', events[0]!)]));
    expect(report.person.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('datesAgree', () => {
  it('needs equality for full dates and containment for partial ones', () => {
    expect(datesAgree('2030-03-09', '2030-03-09')).toBe(true);
    expect(datesAgree('2030-03-09', '2030-03-10')).toBe(false);
    expect(datesAgree('2030-03', '2030-03-31')).toBe(true);
    expect(datesAgree('2030-03', '2030-03')).toBe(true);
    expect(datesAgree('2030', '2030-12-01')).toBe(true);
    expect(datesAgree('2030-03', null)).toBe(false);
    expect(datesAgree(null, null)).toBe(true);
    expect(datesAgree(null, '2030-03-09')).toBe(false);
  });
});
