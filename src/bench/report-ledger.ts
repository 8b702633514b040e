// The ledger section's lines of the text report, in the layout of the throughput sections:
// a title, then one labelled line per figure.
import type { LedgerFigures } from './ledger-figures.js';
import type { IngestFigures } from './ledger-ingest.js';
import { formatLoad } from './report-load.js';
import { integer, line, megabytes, milliseconds, seconds } from './report-units.js';

/** Where an ingest's wall time went; "reading" is the rest: the JSONL reader, the loop, progress. */
function timeSplit(i: IngestFigures): string {
  const rest = Math.max(0, i.seconds - i.codingSeconds - i.ledgerSeconds);
  return `waiting for coding ${seconds(i.codingSeconds)}, ledger ${seconds(i.ledgerSeconds)}, reading and the rest ${seconds(rest)}`;
}

export function formatLedger(l: LedgerFigures): string[] {
  const { corpus, ingest, growth, choices } = l;
  const lines = [
    l.title,
    line('corpus', `${integer(corpus.articles)} articles, ${integer(corpus.sentences)} sentences (${integer(corpus.eventSentences)} reporting a factual event), `
      + `${megabytes(corpus.bytes)} of JSONL, seed "${corpus.seed}"`),
    line('ingest', `${integer(ingest.added)} added, ${integer(ingest.unchanged)} already stored, ${integer(ingest.failed)} failed; `
      + `${integer(ingest.events)} events from ${integer(ingest.sentences)} sentences`),
    line('time', `${seconds(ingest.seconds)} wall: ${timeSplit(ingest)}; setup ${seconds(l.setupSeconds)} (opening the ledger, loading the coder); `
      + `${l.workers === 0 ? 'coded in the main thread' : `coded in ${integer(l.workers)} worker thread${l.workers === 1 ? '' : 's'}`}`),
    line('throughput', `${integer(ingest.articlesPerSecond)} articles/s, ${integer(ingest.eventsPerSecond)} events/s`),
    line('memory', `peak RSS ${megabytes(ingest.peakRss)} (${megabytes(ingest.rssAtStart)} at start), peak heap ${megabytes(ingest.peakHeapUsed)}, `
      + `${integer(ingest.memorySamples)} samples`),
  ];
  if (growth === null) {
    lines.push(line('grow', `not needed: the corpus gave ${integer(ingest.events)} events, ${integer(l.minEvents)} asked for`));
  } else {
    lines.push(line('grow', `${integer(growth.added)} more articles in ${growth.files} file${growth.files === 1 ? '' : 's'}, ${integer(growth.events)} events, `
      + `${seconds(growth.seconds)} (${integer(growth.articlesPerSecond)} articles/s; ${timeSplit(growth)})`));
  }
  lines.push(
    line('ledger', `${integer(l.ledgerEvents)} events in ${integer(l.ledgerArticles)} articles, ${megabytes(l.dataBytes)} on disk; `
      + `section peak RSS ${megabytes(l.peakRss)}, ${seconds(l.wallSeconds)} wall`),
    line('filters', `country ${choices.country}, category ${choices.category}, since ${choices.since}; text "${choices.searchWord}"; `
      + `dyad ${choices.dyad.join('–')}; digest of target "${choices.targetActor}", ${choices.targetCategory}`),
  );
  const first = l.queries[0];
  if (first) {
    lines.push(line('queries', `median, p95 and range of ${first.latency.runs} runs each, after ${first.latency.warmUpRuns} untimed`));
  }
  for (const q of l.queries) {
    const { latency } = q;
    lines.push(`    ${q.name.padEnd(19)}${milliseconds(latency.medianMs).padStart(10)}${milliseconds(latency.p95Ms).padStart(10)}`
      + `  (${latency.minMs.toFixed(1)}–${latency.maxMs.toFixed(1)})  ${q.description} → ${q.result}`);
  }
  lines.push(...formatLoad(l.load));
  return lines;
}
