// How many articles a set of inputs holds, estimated before reading them, so that ingest can
// show a progress bar with an ETA: files in folders, lines of JSONL files, items of feeds.
// URLs count one each (a feed grows the total as it is read); stdin is unknown.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { listFolderFiles } from '../ingest/folder.js';

const LINE_COUNTED = new Set(['.jsonl', '.ndjson']);
const FEEDS = new Set(['.rss', '.atom', '.xml']);

/** Counts matches of a pattern in a file, streamed (JSONL files can be large). */
async function countInFile(path: string, pattern: RegExp): Promise<number> {
  let count = 0;
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const text = carry + String(chunk);
    const lastBreak = text.lastIndexOf('\n');
    const complete = lastBreak >= 0 ? text.slice(0, lastBreak + 1) : '';
    carry = lastBreak >= 0 ? text.slice(lastBreak + 1) : text;
    count += complete.match(pattern)?.length ?? 0;
  }
  return count + (carry.match(pattern)?.length ?? 0);
}

async function articlesInFile(path: string): Promise<number> {
  const extension = extname(path).toLowerCase();
  if (LINE_COUNTED.has(extension)) return countInFile(path, /^[ \t]*\S.*$/gm);
  if (FEEDS.has(extension)) return Math.max(1, await countInFile(path, /<(?:item|entry)[\s>]/g));
  return 1;
}

export async function estimateArticles(inputs: readonly string[], urlLists: readonly string[] = []): Promise<number | null> {
  let total = 0;
  for (const list of urlLists) total += await countInFile(list, /^[ \t]*[^#\s].*$/gm).catch(() => 1);
  for (const input of inputs) {
    if (input === '-') return null;
    if (/^https?:\/\//i.test(input)) { total += 1; continue; }
    const info = await stat(input).catch(() => null);
    if (!info) { total += 1; continue; }
    if (info.isDirectory()) {
      try {
        for await (const file of listFolderFiles(input)) total += await articlesInFile(file).catch(() => 1);
      } catch {
        total += 1;
      }
    } else {
      total += await articlesInFile(input).catch(() => 1);
    }
  }
  return total;
}
