// Reading an input file as text with the checks every reader needs first: does it exist, is it
// within the size limit, is it text. Each failure becomes an IngestError naming the file.
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { decodeTextBytes } from './bytes.js';
import { IngestError } from './item.js';

/** `stat` with the common failures turned into one-line messages naming the input. */
export async function statInput(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    throw new IngestError(describeFsError(path, error));
  }
}

/** Throws when the file is above the limit, before any of it is read. */
export function checkSize(path: string, stats: Stats, maxBytes: number): void {
  if (stats.size > maxBytes) {
    throw new IngestError(tooLargeMessage(path, maxBytes));
  }
}

/** One wording for every input over the limit (files, stdin, web pages); names the CLI option
 * that raises it, `--max-mb`. */
export function tooLargeMessage(label: string, maxBytes: number): string {
  return `${label} is larger than the limit of ${formatMegabytes(maxBytes)} MB; raise --max-mb`;
}

/** Reads a whole file as UTF-8 text (without BOM) after the size, binary and encoding checks. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  const stats = await statInput(path);
  checkSize(path, stats, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new IngestError(describeFsError(path, error));
  }
  return decodeTextBytes(bytes, path);
}

export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path} is a directory`;
  return `${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/** 200 MB limit → "200"; small limits used in tests stay readable ("0.001"). */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? String(Math.round(megabytes * 10) / 10) : String(Number(megabytes.toPrecision(2)));
}
