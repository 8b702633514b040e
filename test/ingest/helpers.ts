// Shared by the ingest tests: fixture paths and collecting what readInputs yields.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { readInputs, type IngestItem, type IngestOptions } from '../../src/ingest/index.js';
import type { Document } from '../../src/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

export function fixture(relativePath: string): string {
  return join(FIXTURES, relativePath);
}

export interface Collected {
  items: IngestItem[];
  documents: Document[];
  errors: { input: string; message: string }[];
  warnings: string[];
}

/** Runs readInputs to the end and sorts what came out. */
export async function collect(inputs: string[], options: IngestOptions = {}): Promise<Collected> {
  const warnings: string[] = [];
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, { onWarning: (msg) => warnings.push(msg), ...options })) items.push(item);
  return {
    items,
    documents: items.flatMap((item) => (item.kind === 'document' ? [item.document] : [])),
    errors: items.flatMap((item) => (item.kind === 'error' ? [{ input: item.input, message: item.message }] : [])),
    warnings,
  };
}

const tempDirs: string[] = [];
// Registered in each test file that imports this module: its temporary folders go when it ends.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the OS temp dir, removed after the test file. */
export function makeTempDir(prefix = 'attache-ingest-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
