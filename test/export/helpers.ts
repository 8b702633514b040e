// Shared by the export tests: a ledger holding the invented articles of
// test/fixtures/export/, output collected into a string, and a careful small CSV reader.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { exportCommand } from '../../src/cli/export-command.js';
import { withLedger } from '../../src/cli/ledger-options.js';
import type { LedgerOptions } from '../../src/cli/ledger-options.js';
import type { ExportResult } from '../../src/export/index.js';
import { makeDocument } from '../../src/ingest/index.js';
import type { OpenOptions } from '../../src/ledger/database.js';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { runCommand } from '../cli/run-cli.js';
import { createCoder } from '../../src/pipeline.js';

export const ARTICLES = fileURLToPath(new URL('../fixtures/export/articles.jsonl', import.meta.url));

interface Article {
  id: string;
  text: string;
  date: string;
  url?: string;
  title?: string;
}

export function readArticles(): Article[] {
  return readFileSync(ARTICLES, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Article);
}

/** A ledger (in memory unless a folder is given) with every fixture article coded and stored. */
export async function fixtureLedger(options: OpenOptions = { memory: true }): Promise<Ledger> {
  const ledger = await openTestLedger(options.memory ? undefined : options.dataDir);
  const coder = createCoder();
  for (const article of readArticles()) {
    const document = makeDocument({
      id: article.id, origin: `${ARTICLES}#${article.id}`, text: article.text, published: article.date,
      url: article.url ?? null, title: article.title ?? null,
    });
    await ledger.store(coder.codeDocument(document));
  }
  return ledger;
}

/** Collects everything written into one string. */
export class StringSink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += String(chunk);
    callback();
  }
}

export async function capture(write: (out: NodeJS.WritableStream) => Promise<ExportResult>): Promise<{ text: string; result: ExportResult }> {
  const out = new StringSink();
  const result = await write(out);
  return { text: out.text, result };
}

export async function* fromArray(events: readonly StoredEvent[]): AsyncGenerator<StoredEvent> {
  yield* events;
}

/** A stored event made up for one test; `overrides` set what the test is about. */
export function storedEvent(overrides: Partial<StoredEvent> = {}): StoredEvent {
  return {
    doc: 'made-up', sentence: 2, date: '2026-01-24',
    source: { text: 'Ruritanian President Anna Weiss', name: 'Anna Weiss', country: 'RUR', sector: 'GOV', role: 'President' },
    target: { text: 'Freedonia', name: null, country: 'FRD', sector: null, role: null },
    plover: 'SUPPORT', mode: null, context: ['diplomatic'], cameo: '051', quad: 'verbal-cooperation', goldstein: 3.4,
    channel: 'letter', evidence: { text: 'Anna Weiss praised Freedonia.', start: 10, end: 39 }, confidence: 0.85,
    id: 7, eventKey: 'k7', sourceActorId: 1, targetActorId: 2, clusterId: 3, rejected: false, corrected: false,
    url: null, title: null, outlet: null, documentId: 1,
    ...overrides,
  };
}

/**
 * RFC 4180 CSV: fields split by commas, records by line breaks, except inside double quotes,
 * where "" is one quote and commas and line breaks are text.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field); records.push(record); record = []; field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A ledger runner that lends an open ledger instead of opening the --data folder. */
export function lending(ledger: Ledger): typeof withLedger {
  return <T>(_options: LedgerOptions, work: (l: Ledger) => Promise<T>): Promise<T> => work(ledger);
}

/**
 * Runs `attache export ...` in-process and captures what it prints. The command is mounted on
 * a program of its own here, as src/cli/main.ts mounts it beside the others. `run` is how the
 * command gets its ledger: by default, opening the folder given by --data.
 */
export function runExport(args: string[], run: typeof withLedger = withLedger): Promise<CliRun> {
  return runCommand(exportCommand(run), args);
}
