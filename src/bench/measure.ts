// Timing and memory measurement for benchmark passes.
//
// Peak memory is sampled rather than read once at the end: the heap rises and falls as the
// garbage collector runs, and what a user needs to know is the most the process ever took.
// The sampler's interval only fires when the event loop gets a turn, so passes must yield
// between article batches (see `yieldToEventLoop`) and also call `sample()` themselves.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemoryReading {
  /** Resident set size in bytes: what the operating system counts against the process. */
  rss: number;
  heapUsed: number;
}

export interface MemoryPeaks {
  peakRss: number;
  peakHeapUsed: number;
  /** Readings taken, by the interval and by explicit calls; shows the sampler really ran. */
  samples: number;
}

export function readMemory(): MemoryReading {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

/** Wall-clock milliseconds since construction, from the monotonic `performance.now()`. */
export class Stopwatch {
  private readonly startedAt = performance.now();

  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  elapsedSeconds(): number {
    return this.elapsedMs() / 1000;
  }
}

/**
 * Accumulates time over many separate stretches, so that a pass can time only the work it
 * measures (the NLP or the coder) and not the corpus generator that feeds it.
 */
export class AccumulatingTimer {
  private totalMs = 0;
  private runningSince: number | null = null;

  start(): void {
    if (this.runningSince !== null) throw new Error('timer already running');
    this.runningSince = performance.now();
  }

  stop(): void {
    if (this.runningSince === null) throw new Error('timer not running');
    this.totalMs += performance.now() - this.runningSince;
    this.runningSince = null;
  }

  /** Times `work` and returns its result. */
  time<T>(work: () => T): T {
    this.start();
    try {
      return work();
    } finally {
      this.stop();
    }
  }

  get seconds(): number {
    return this.totalMs / 1000;
  }
}

/** Samples RSS and heap every `intervalMs` while started, keeping the peaks. */
export class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private peakRss = 0;
  private peakHeapUsed = 0;
  private samples = 0;

  constructor(private readonly intervalMs = 50, private readonly read: () => MemoryReading = readMemory) {}

  start(): void {
    if (this.timer !== null) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    // A forgotten sampler must not keep the process alive after the report.
    this.timer.unref();
  }

  /** Takes a reading now (and returns it); counts towards the peaks even when not started. */
  sample(): MemoryReading {
    const reading = this.read();
    if (reading.rss > this.peakRss) this.peakRss = reading.rss;
    if (reading.heapUsed > this.peakHeapUsed) this.peakHeapUsed = reading.heapUsed;
    this.samples++;
    return reading;
  }

  /** Stops the interval, takes a last reading, and returns the peaks. */
  stop(): MemoryPeaks {
    if (this.timer !== null) {
      clearInterval(this.timer);
      this.timer = null;
    }
    this.sample();
    return this.peaks();
  }

  peaks(): MemoryPeaks {
    return { peakRss: this.peakRss, peakHeapUsed: this.peakHeapUsed, samples: this.samples };
  }
}

/** Lets pending timers (the memory sampler) and I/O (progress output) run. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs a full garbage collection, so that one pass does not leave its garbage in the next
 * pass's memory figures. `npm run bench` starts node without --expose-gc, so when the global
 * `gc` is missing, the flag is switched on at run time and `gc` fetched from a fresh context
 * (V8 installs it there once the flag is set). Returns false if neither works.
 */
export function collectGarbage(): boolean {
  let gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as (() => void) | undefined;
    } catch {
      return false;
    }
  }
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
