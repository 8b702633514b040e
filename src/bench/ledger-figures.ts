// The ledger section's figures, as the report and the targets read them. Types only, so that
// the report can be built without loading the ledger (PGlite) or the coder.
import type { IngestFigures } from './ledger-ingest.js';
import type { QueryChoices } from './ledger-profile.js';
import type { QueryTiming } from './ledger-queries.js';
import type { LoadOutcome } from './load-figures.js';

export interface LedgerCorpusFigures {
  seed: string;
  articles: number;
  sentences: number;
  eventSentences: number;
  /** Size of the JSONL file ingested. */
  bytes: number;
}

export interface LedgerFigures {
  kind: 'ledger';
  name: string;
  title: string;
  /** The JSONL corpus whose ingest is timed (the target's figure). */
  corpus: LedgerCorpusFigures;
  /** Seconds opening the fresh ledger (migrations) and loading the coder; not in the ingest's time. */
  setupSeconds: number;
  /** Coding threads beside the main thread, which stores (0: the main thread coded too). */
  workers: number;
  ingest: IngestFigures;
  /** More articles ingested to reach `minEvents` before the queries, or null when the corpus sufficed. */
  growth: (IngestFigures & { files: number }) | null;
  /** The events the ledger was asked to hold before the queries. */
  minEvents: number;
  /** Events and articles in the ledger when the queries ran, as the ledger counts them. */
  ledgerEvents: number;
  ledgerArticles: number;
  /** The data folder's size on disk after closing the ledger. */
  dataBytes: number;
  choices: QueryChoices & { searchWord: string };
  queries: QueryTiming[];
  /** The HTTP API's reads under load, on the same ledger after the queries. */
  load: LoadOutcome;
  /** Peak resident memory over the whole section: corpus writing, ingest, queries. */
  peakRss: number;
  wallSeconds: number;
}
