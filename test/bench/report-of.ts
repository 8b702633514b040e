// A whole benchmark report around the given sections, as run.ts builds it, for tests that
// check what the report prints; the environment and corpus lines are fixed placeholders.
import type { BenchReport } from '../../src/bench/report.js';
import type { SectionFigures } from '../../src/bench/sections.js';
import { assess, type Assessment } from '../../src/bench/targets.js';

export function reportOf(sections: SectionFigures[], assessment: Assessment = assess(sections)): BenchReport {
  return {
    startedAt: '2026-01-01T00:00:00.000Z',
    environment: { node: 'v20', platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'test', totalMemory: 1e9 },
    corpus: { sentences: 1_000, seed: 's', warmUpSentences: 0 },
    sections,
    failures: [],
    assessment,
  };
}
