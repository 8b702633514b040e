// One-to-one assignment of coded events to gold events. Each gold event can be earned once
// and each coded event can earn once; greedy over candidate pairs sorted best first, so
// exact matches are taken before fallbacks (a swapped CONSULT, a country standing in for a
// name) can claim the same events.

export interface Candidate {
  gold: number;
  coded: number;
  /** Lexicographic; lower is better. Ties go to the earlier gold, then the earlier coded event. */
  rank: readonly number[];
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const length = Math.max(a.rank.length, b.rank.length);
  for (let i = 0; i < length; i++) {
    const difference = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.gold - b.gold || a.coded - b.coded;
}

export function assignGreedily(candidates: readonly Candidate[]): Candidate[] {
  const goldTaken = new Set<number>();
  const codedTaken = new Set<number>();
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort(compareCandidates)) {
    if (goldTaken.has(candidate.gold) || codedTaken.has(candidate.coded)) continue;
    goldTaken.add(candidate.gold);
    codedTaken.add(candidate.coded);
    chosen.push(candidate);
  }
  return chosen;
}
