// Folders of articles: walked recursively in a stable, sorted order so that runs over the same
// folder always produce documents (and events) in the same order.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { describeFsError } from './file-checks.js';
import { IngestError } from './item.js';

/** Extensions read from folders; anything else in a folder is left alone. */
export const KNOWN_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson', '.rss', '.atom', '.xml'] as const;

export function hasKnownExtension(path: string): boolean {
  return (KNOWN_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Paths of the readable files under `dir`, depth first, entries of each folder sorted by name
 * (code point order, independent of locale). Hidden files and folders (".name") are skipped;
 * symbolic links are followed, each real folder visited once so link loops end.
 */
export async function* listFolderFiles(dir: string, visited = new Set<string>()): AsyncGenerator<string> {
  let entries;
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new IngestError(describeFsError(dir, error));
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) yield* listFolderFiles(path, visited);
    else if (isFile && hasKnownExtension(path)) yield path;
  }
}
