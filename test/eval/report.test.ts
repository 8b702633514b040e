import { describe, expect, it } from 'vitest';
import { formatReport, scoreEvents } from '../../src/eval/index.js';
import { coded, goldDocuments, goldSentences } from './fixtures.js';

const ribeiro = { name: 'Ana Ribeiro', country: 'BRA' };
const holm = { name: 'Lars Holm', country: 'DNK' };

describe('formatReport', () => {
  const documentsGold = goldDocuments({
    'doc-1': [
      { source: ribeiro, target: holm, plover: 'SUPPORT', channel: 'letter' },
      { source: ribeiro, target: holm, plover: 'CONSULT', channel: 'phone' },
    ],
  });
  const documentsReport = scoreEvents(documentsGold, [
    coded({ source: ribeiro, target: holm, plover: 'SUPPORT', channel: 'message', date: '2030-03-10' }),
    coded({ source: ribeiro, target: holm, plover: 'ACCUSE', sentence: 5 }),
  ]);

  it('prints both levels as per-category tables with an overall row', () => {
    const text = formatReport(documentsReport);
    expect(text).toContain('Person level');
    expect(text).toContain('Country level');
    expect(text).toMatch(/^ {2}category\s+gold\s+coded\s+TP\s+FP\s+FN\s+precision\s+recall\s+F1$/m);
    expect(text).toMatch(/^ {2}SUPPORT\s+1\s+1\s+1\s+0\s+0\s+100\.0%\s+100\.0%\s+100\.0%$/m);
    expect(text).toMatch(/^ {2}ACCUSE\s+0\s+1\s+0\s+1\s+0\s+0\.0%\s+—\s+0\.0%$/m);
    expect(text).toMatch(/^ {2}all\s+2\s+2\s+1\s+1\s+1\s+50\.0%\s+50\.0%\s+50\.0%$/m);
    expect(text).toContain('Channel accuracy: 0.0% (0/1) over person-level matched pairs');
    expect(text).toContain('--verbose lists them');
    expect(text).not.toContain('Missed gold events');
  });

  it('lists what went wrong when verbose', () => {
    const text = formatReport(documentsReport, { verbose: true });
    expect(text).toContain('Missed gold events (person level):\n  - doc-1: Ana Ribeiro [BRA] → Lars Holm [DNK] CONSULT [phone, 2030-03-10]');
    expect(text).toContain('Spurious coded events (person level):\n  - doc-1: Ana Ribeiro [BRA] → Lars Holm [DNK] ACCUSE (sentence 5)');
    expect(text).toContain('Channel mismatches:\n  - doc-1: Ana Ribeiro [BRA] → Lars Holm [DNK] SUPPORT: gold letter, coded message (sentence 0)');
  });

  it('prints the three sentence measures and the misses when verbose', () => {
    const gold = goldSentences([
      { id: 'a', text: 'Chile and Peru agreed on a border survey.', plover: 'AGREE', source: ['CHL', 'PER'], target: [] },
      { id: 'b', text: 'Bolivia condemned the survey.', plover: 'ACCUSE', source: ['BOL'], target: ['CHL'] },
    ]);
    const report = scoreEvents(gold, [coded({ doc: 'a', source: { country: 'CHL' }, target: null, plover: 'AGREE' })]);
    const text = formatReport(report);
    expect(text).toMatch(/category recall\s+50\.0%\s+1\/2/);
    expect(text).toMatch(/category precision\s+100\.0%\s+1\/1/);
    expect(text).toMatch(/full match\s+50\.0%\s+1\/2/);
    expect(text).toContain('By category (category alone)');
    const verbose = formatReport(report, { verbose: true });
    expect(verbose).toContain('Sentences without a full match:\n  - b: gold ACCUSE BOL → CHL; coded nothing (no-events)\n      "Bolivia condemned the survey."');
  });
});
