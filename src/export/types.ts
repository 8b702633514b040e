// What every export writer takes and gives back.
import type { StoredEvent } from '../ledger/event-query.js';

export interface WriteOptions {
  /** Called after each event is written, with the number written so far (for progress). */
  onEvent?: (written: number) => void;
}

export interface ExportResult {
  /** Events read and written (GraphML: read and counted into the network). */
  events: number;
  /** For GraphML: the size of the network written. */
  nodes?: number;
  edges?: number;
}

export type EventSource = AsyncIterable<StoredEvent>;
