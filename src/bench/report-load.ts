// The load test's lines of the ledger section's report: how it ran, what came back, how long
// the answers took, then each request of the mix with its answers (and the first failure, so
// that a MISS says which request failed and why).
import type { LoadOutcome } from './load-figures.js';
import { integer, line, milliseconds, seconds } from './report-units.js';

const statuses = (codes: Record<string, number>): string =>
  Object.entries(codes).sort(([a], [b]) => Number(a) - Number(b)).map(([code, n]) => `${code} ×${integer(n)}`).join(', ');

export function formatLoad(load: LoadOutcome): string[] {
  if (load.status === 'skipped') return [line('load', 'skipped (--load-seconds 0)')];
  if (load.status === 'failed') return [line('load', `FAILED — ${load.message}`)];
  const lines = [
    line('load', `autocannon, ${integer(load.connections)} connections for ${seconds(load.durationSeconds)} (${seconds(load.elapsedSeconds)} ran) `
      + `against the API on ${load.host}, each connection cycling through ${load.mix.length} reads; ${load.requestTimeoutSeconds} s timeout`),
    line('requests', `${integer(load.requests)} answered, ${integer(load.requestsPerSecond)} req/s (${integer(load.sent)} sent); `
      + `non-2xx ${integer(load.non2xx)}, errors ${integer(load.errors)}, timeouts ${integer(load.timeouts)}; ${statuses(load.statusCodes) || 'no answers'}`),
    line('latency', `p50 ${milliseconds(load.latency.p50Ms)}, p99 ${milliseconds(load.latency.p99Ms)}, max ${milliseconds(load.latency.maxMs)} `
      + `(mean ${milliseconds(load.latency.meanMs)})`),
    line('mix', 'answers of each request under load, and the time of one answer alone before the load'),
  ];
  for (const r of load.mix) {
    const failed = r.firstNon2xx === null ? '' : `; first non-2xx: ${r.firstNon2xx.status} ${r.firstNon2xx.body.replace(/\s+/g, ' ')}`;
    lines.push(`    ${r.name.padEnd(19)}${integer(r.responses).padStart(10)} answered, ${integer(r.non2xx)} non-2xx; `
      + `${milliseconds(r.warmUpMs)} alone  ${r.path}${failed}`);
  }
  return lines;
}
