// Acceptance: the founding articles, coded and scored against their gold events.
import { describe, expect, it } from 'vitest';
import { loadGold, scoreEvents } from '../../src/eval/index.js';
import type { DocumentsEvalReport } from '../../src/eval/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { createCoder } from '../../src/pipeline.js';
import type { EventRecord } from '../../src/types.js';
import { hasShared, seedsDir, seedsGold } from '../shared-paths.js';

describe.skipIf(!hasShared)('seed articles against ../shared/gold/seeds.jsonl (skipped without ../shared)', () => {
  it('meets the country, person, channel and date thresholds', async () => {
    const coder = createCoder();
    const events: EventRecord[] = [];
    for await (const item of readInputs([seedsDir])) {
      if (item.kind === 'document') events.push(...coder.codeDocument(item.document).events);
    }
    const report = scoreEvents(loadGold(seedsGold), events) as DocumentsEvalReport;
    const figures = {
      country: report.country.overall.f1, person: report.person.overall.f1,
      channel: report.channel.accuracy.value, date: report.date.accuracy.value,
    };
    console.log('seeds eval', figures);
    expect(figures.country).toBeGreaterThanOrEqual(0.9);
    expect(figures.person).toBeGreaterThanOrEqual(0.85);
    expect(figures.channel).toBeGreaterThanOrEqual(0.85);
    expect(figures.date).toBeGreaterThanOrEqual(0.85);
  });
});
