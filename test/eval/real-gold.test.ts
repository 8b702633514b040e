// The shared gold files must parse, and the gold scored against itself must be perfect: a
// check on the scorer (keys, dedupe, symmetry) against the real data it will meet.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadGold, goldInputs, scoreEvents, type GoldSet } from '../../src/eval/index.js';
import type { ActorRecord, EventRecord } from '../../src/types.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const goldDirectory = join(projectRoot, '..', 'shared', 'gold');
const seedsPath = join(goldDirectory, 'seeds.jsonl');
const sentencesPath = join(goldDirectory, 'plover-gsr-dev.jsonl');
const goldAbsent = !existsSync(seedsPath) || !existsSync(sentencesPath);
if (goldAbsent) console.warn(`Skipping the real-gold eval tests: ${goldDirectory} has no seeds.jsonl / plover-gsr-dev.jsonl`);

function actor(name: string | null, country: string | null): ActorRecord {
  return { text: name ?? country ?? '', name, country, sector: null, role: null };
}

function event(fields: Pick<EventRecord, 'doc' | 'source' | 'target' | 'plover' | 'channel' | 'date'>): EventRecord {
  return {
    sentence: 0,
    mode: null,
    context: [],
    cameo: '010',
    quad: 'verbal-cooperation',
    goldstein: 0,
    evidence: { text: '', start: 0, end: 0 },
    confidence: 1,
    ...fields,
  };
}

/** The coder output that says exactly what the gold says. */
function goldAsEvents(gold: GoldSet): EventRecord[] {
  if (gold.format === 'documents') {
    return gold.documents.flatMap((document) =>
      document.events.map((e) =>
        event({
          doc: document.doc,
          source: actor(e.source.name, e.source.country),
          target: e.target === null ? null : actor(e.target.name, e.target.country),
          plover: e.plover,
          channel: e.channel,
          date: e.date,
        }),
      ),
    );
  }
  return gold.sentences.map((s) => {
    const target = s.target[0];
    return event({
      doc: s.id,
      source: actor(null, s.source[0]?.code ?? null),
      target: target === undefined ? null : actor(null, target.code),
      plover: s.plover,
      channel: null,
      date: null,
    });
  });
}

describe.skipIf(goldAbsent)('the shared gold files (../shared/gold; skipped when absent)', () => {
  it('parses the seeds gold: five documents', () => {
    const gold = loadGold(seedsPath);
    expect(gold.format).toBe('documents');
    expect(gold.format === 'documents' && gold.documents).toHaveLength(5);
    expect(goldInputs(gold)).toEqual([]);
  });

  it('parses the PLOVER dev gold: 166 sentences', () => {
    const gold = loadGold(sentencesPath);
    expect(gold.format).toBe('sentences');
    expect(goldInputs(gold)).toHaveLength(166);
  });

  it('scores the seeds gold against itself perfectly', () => {
    const gold = loadGold(seedsPath);
    const report = scoreEvents(gold, goldAsEvents(gold));
    if (report.format !== 'documents') throw new Error('expected a documents report');
    expect(report.person.overall).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(report.country.overall).toMatchObject({ fp: 0, fn: 0, f1: 1 });
    expect(report.person.byCategory.every((row) => row.f1 === 1)).toBe(true);
    expect(report.channel.accuracy.value).toBe(1);
    expect(report.date.accuracy.value).toBe(1);
    expect(report.events.gold).toBe(goldAsEvents(gold).length);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(formatReport(report)).toContain('Person level');
  });

  it('scores the PLOVER dev gold against itself perfectly', () => {
    const gold = loadGold(sentencesPath);
    const report = scoreEvents(gold, goldAsEvents(gold));
    if (report.format !== 'sentences') throw new Error('expected a sentences report');
    expect(report.categoryRecall.value).toBe(1);
    expect(report.categoryPrecision.value).toBe(1);
    expect(report.fullMatch.value).toBe(1);
    expect(report.overall.f1).toBe(1);
    expect(report.misses).toEqual([]);
  });
});
