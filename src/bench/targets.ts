// The performance targets attaché commits to, and the checks that keep the figures honest.
// A target the run could not measure (its section was left out with --only) is "n/a",
// never a pass.
import type { SectionFigures } from './sections.js';

/** The coder must keep up with a busy newsroom feed on one core. */
export const MIN_CODER_SENTENCES_PER_SECOND = 5_000;
/** The coder may cost at most about three times bare tokenising and tagging. */
export const MIN_THROUGHPUT_RATIO = 0.35;
/** Sentence counts further apart than this mean a pass did not read the corpus it was given. */
const SENTENCE_COUNT_TOLERANCE = 0.02;

export type Verdict = 'PASS' | 'MISS' | 'n/a';

export interface TargetResult {
  name: string;
  description: string;
  /** The figure must be at least this. */
  minimum: number;
  value: number | null;
  unit: string;
  verdict: Verdict;
}

export interface Assessment {
  /** attaché sentences/s divided by baseline sentences/s, when both ran. */
  throughputRatio: number | null;
  targets: TargetResult[];
  warnings: string[];
}

function verdict(value: number | null, minimum: number): Verdict {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  return value >= minimum ? 'PASS' : 'MISS';
}

export function assess(results: readonly SectionFigures[]): Assessment {
  const byName = new Map(results.map((r) => [r.name, r]));
  const baseline = byName.get('baseline');
  const coding = byName.get('coding');

  const coderRate = coding ? coding.sentencesPerSecond : null;
  const throughputRatio = coding && baseline && baseline.sentencesPerSecond > 0
    ? coding.sentencesPerSecond / baseline.sentencesPerSecond
    : null;

  const warnings: string[] = [];
  for (const r of results) {
    const drift = r.corpusSentences > 0 ? Math.abs(r.sentences - r.corpusSentences) / r.corpusSentences : 0;
    if (drift > SENTENCE_COUNT_TOLERANCE) {
      warnings.push(
        `${r.name} counted ${r.sentences.toLocaleString('en-US')} sentences in a corpus of `
        + `${r.corpusSentences.toLocaleString('en-US')}; its sentences/s is not comparable `
        + '(is the pipeline still the placeholder?)',
      );
    }
  }

  return {
    throughputRatio,
    targets: [
      {
        name: 'coder throughput',
        description: `attaché codes at least ${MIN_CODER_SENTENCES_PER_SECOND.toLocaleString('en-US')} sentences/s`,
        minimum: MIN_CODER_SENTENCES_PER_SECOND,
        value: coderRate,
        unit: 'sentences/s',
        verdict: verdict(coderRate, MIN_CODER_SENTENCES_PER_SECOND),
      },
      {
        name: 'throughput ratio',
        description: `attaché/baseline sentences/s at least ${MIN_THROUGHPUT_RATIO}`,
        minimum: MIN_THROUGHPUT_RATIO,
        value: throughputRatio,
        unit: '×',
        verdict: verdict(throughputRatio, MIN_THROUGHPUT_RATIO),
      },
    ],
    warnings,
  };
}
