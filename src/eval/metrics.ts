// Precision, recall and F1 from counts. A measure whose denominator is zero is null rather
// than 0 or 1: "no predictions" is not "all predictions wrong", and the JSON report should
// not pretend otherwise.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Ratio {
  count: number;
  total: number;
  value: number | null;
}

export function prf({ tp, fp, fn }: Counts): Prf {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    // 2PR/(P+R) rewritten on counts: defined (and 0) even when nothing was predicted.
    f1: 2 * tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

export function ratio(count: number, total: number): Ratio {
  return { count, total, value: total > 0 ? count / total : null };
}

/** Counts kept per key (a category), created on first use. */
export class CountTable<K extends string> {
  private readonly counts = new Map<K, Counts>();

  add(key: K, field: keyof Counts, amount = 1): void {
    let entry = this.counts.get(key);
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(key, entry);
    }
    entry[field] += amount;
  }

  total(): Counts {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.counts.values()) {
      sum.tp += c.tp;
      sum.fp += c.fp;
      sum.fn += c.fn;
    }
    return sum;
  }

  entries(order: (a: K, b: K) => number): Array<[K, Counts]> {
    return [...this.counts.entries()].sort(([a], [b]) => order(a, b));
  }
}
