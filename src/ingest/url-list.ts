// URL list files (for `--urls FILE`): one address a line; blank lines and lines starting with
// "#" are skipped. A line that is not an http(s) address is reported by file:line and the
// others are still read.
import { readTextFile } from './file-checks.js';
import { IngestError } from './item.js';
import { parseHttpUrl } from './url.js';

export type UrlListLine =
  | { kind: 'url'; url: string; line: number }
  | { kind: 'invalid'; line: number; message: string };

/** The addresses of a list file, in order, with the invalid lines in their place. */
export async function readUrlListLines(path: string, maxBytes: number): Promise<UrlListLine[]> {
  const lines = parseUrlList(await readTextFile(path, maxBytes), path);
  if (lines.length === 0) throw new IngestError(`${path} contains no URLs`);
  return lines;
}

export function parseUrlList(text: string, path: string): UrlListLine[] {
  const result: UrlListLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const value = raw.trim();
    if (value === '' || value.startsWith('#')) return;
    try {
      // Keep the address as written so that messages quote the file's own text.
      parseHttpUrl(value, `${path}:${line}: "${value}"`);
      result.push({ kind: 'url', url: value, line });
    } catch (error) {
      result.push({ kind: 'invalid', line, message: error instanceof Error ? error.message : String(error) });
    }
  });
  return result;
}
