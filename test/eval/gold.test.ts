import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GoldFormatError, goldInputs, loadGold, parseGold } from '../../src/eval/index.js';

const directory = mkdtempSync(join(tmpdir(), 'attache-eval-gold-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function writeGold(name: string, lines: readonly string[]): string {
  const path = join(directory, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const documentLine = (doc: string, plover = 'SUPPORT') =>
  JSON.stringify({
    doc,
    date: '2030-03-10',
    events: [
      {
        source: { name: 'Ana Ribeiro', country: 'BRA', role: 'President' },
        target: { name: null, country: 'VNM', role: null },
        plover,
        cameo: '051',
        channel: 'letter',
        date: '2030-03',
        quote: 'an invented quote',
      },
    ],
  });

const sentenceLine = (id: string, text = 'Kenyan officials met Tanzanian envoys.') =>
  JSON.stringify({
    id,
    text,
    plover: 'CONSULT',
    plover_legacy: 'CONSULT',
    source: [{ text: 'Kenyan officials', code: 'KEN', sector: 'GOV' }],
    target: [{ text: 'Tanzanian envoys', code: 'TZA', sector: null }],
    event_text: 'met',
    mode: null,
    context: 'diplomatic',
  });

describe('loadGold', () => {
  it('reads a documents gold, skipping blank lines', () => {
    const path = writeGold('documents.jsonl', [documentLine('a'), '', documentLine('b')]);
    const gold = loadGold(path);
    expect(gold.format).toBe('documents');
    if (gold.format !== 'documents') return;
    expect(gold.path).toBe(path);
    expect(gold.documents.map((d) => d.doc)).toEqual(['a', 'b']);
    expect(gold.documents[0]!.events[0]).toMatchObject({ plover: 'SUPPORT', channel: 'letter', date: '2030-03', target: { name: null, country: 'VNM' } });
    expect(goldInputs(gold)).toEqual([]);
  });

  it('reads a sentences gold and gives its texts to code', () => {
    const gold = loadGold(writeGold('sentences.jsonl', [sentenceLine('s-1'), sentenceLine('s-2', 'Another invented sentence.')]));
    expect(gold.format).toBe('sentences');
    expect(goldInputs(gold)).toEqual([
      { id: 's-1', text: 'Kenyan officials met Tanzanian envoys.' },
      { id: 's-2', text: 'Another invented sentence.' },
    ]);
  });

  it('defaults a missing channel or date to null', () => {
    const line = JSON.stringify({ doc: 'a', events: [{ source: { name: null, country: 'FRA' }, target: null, plover: 'REJECT' }] });
    const gold = parseGold(line, 'inline.jsonl');
    expect(gold.format === 'documents' && gold.documents[0]!.events[0]).toMatchObject({ channel: null, date: null, target: null });
  });

  it('names the file and line of a line that is not JSON', () => {
    const path = writeGold('broken.jsonl', [documentLine('a'), documentLine('b'), '{"doc": "c", "events": [']);
    expect(() => loadGold(path)).toThrow(GoldFormatError);
    expect(() => loadGold(path)).toThrow(`${path}:3: not valid JSON`);
  });

  it('names the file, line and field of a record that breaks the schema', () => {
    const path = writeGold('bad-category.jsonl', ['', documentLine('a'), documentLine('b', 'CONGRATULATE')]);
    expect(() => loadGold(path)).toThrow(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid gold document: events\\.0\\.plover`));
  });

  it('rejects a sentence line that lacks its text', () => {
    const broken = JSON.stringify({ ...JSON.parse(sentenceLine('s-2')), text: undefined });
    expect(() => parseGold([sentenceLine('s-1'), broken].join('\n'), 'gsr.jsonl')).toThrow(/^gsr\.jsonl:2: invalid gold sentence: text: Required/);
  });

  it('rejects a line of the other format in the middle of a file', () => {
    expect(() => parseGold([sentenceLine('s-1'), documentLine('a')].join('\n'), 'mixed.jsonl')).toThrow(/^mixed\.jsonl:2: invalid gold sentence/);
  });

  it('rejects a first record of neither format', () => {
    expect(() => parseGold('{"title": "x"}', 'odd.jsonl')).toThrow(/^odd\.jsonl:1: cannot tell the gold format/);
  });

  it('rejects duplicate ids', () => {
    expect(() => parseGold([documentLine('a'), documentLine('a')].join('\n'), 'dup.jsonl')).toThrow('dup.jsonl:2: duplicate id "a" (first on line 1)');
  });

  it('rejects an empty or missing file', () => {
    expect(() => parseGold('\n\n', 'empty.jsonl')).toThrow('empty.jsonl: the gold file has no records');
    expect(() => loadGold(join(directory, 'absent.jsonl'))).toThrow(/absent\.jsonl: cannot read the gold file/);
  });
});
