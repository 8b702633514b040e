// Progress of a benchmark pass on stderr, so that stdout stays clean for the report (and for
// --json). On a terminal it is one line rewritten in place; in a log or a pipe, where
// carriage returns make a mess, it is one line per tenth of the work.

export interface ProgressReporter {
  /** `done` and `total` in the reporter's unit (sentences of the corpus unless told otherwise). */
  update(done: number): void;
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  /** What `done` and `total` count: "sentences" (the default), "articles", "runs". */
  unit?: string;
  stream?: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): unknown };
  /** Minimum milliseconds between rewrites of the terminal line. */
  refreshMs?: number;
  now?: () => number;
}

function formatLine(label: string, unit: string, done: number, total: number, elapsedMs: number): string {
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 100;
  const rate = elapsedMs > 0 ? Math.round((done / elapsedMs) * 1000) : 0;
  return `${label}: ${percent.toFixed(0).padStart(3)}%  ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${unit}  ${rate.toLocaleString('en-US')} ${unit}/s`;
}

export function createProgress(options: ProgressOptions): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const { label, total } = options;
  const unit = options.unit ?? 'sentences';
  const startedAt = now();
  const interactive = stream.isTTY === true;
  const refreshMs = options.refreshMs ?? 100;
  let lastDrawAt = -Infinity;
  let lastDecile = 0;
  let lastDone = 0;

  return {
    update(done) {
      lastDone = done;
      const t = now();
      if (interactive) {
        if (t - lastDrawAt < refreshMs) return;
        lastDrawAt = t;
        // \r returns to the line start, \x1b[K clears what a longer previous line left.
        stream.write(`\r${formatLine(label, unit, done, total, t - startedAt)}\x1b[K`);
        return;
      }
      const decile = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${formatLine(label, unit, done, total, t - startedAt)}\n`);
      }
    },
    finish() {
      const line = formatLine(label, unit, lastDone, total, now() - startedAt);
      if (interactive) stream.write(`\r${line}\x1b[K\n`);
      else if (lastDecile < 10) stream.write(`${line}\n`);
    },
  };
}
