// One input file → items, by its extension. Explicitly named files with an unknown extension
// are tried as plain text (the text checks reject binary and non-UTF-8 content).
import { extname } from 'node:path';
import { readFeedFile } from './feed.js';
import { readHtmlFile } from './html.js';
import { documentItem, type IngestItem, type ReaderContext } from './item.js';
import { readJsonlFile } from './jsonl.js';
import { readTextDocumentFile } from './txt.js';

export async function* readFileInput(path: string, context: ReaderContext): AsyncGenerator<IngestItem> {
  switch (extname(path).toLowerCase()) {
    case '.html':
    case '.htm':
      yield documentItem(await readHtmlFile(path, context));
      return;
    case '.jsonl':
    case '.ndjson':
      yield* readJsonlFile(path, context);
      return;
    case '.rss':
    case '.atom':
    case '.xml':
      for (const document of await readFeedFile(path, context)) yield documentItem(document);
      return;
    default:
      // .txt, .text, and anything else given by name.
      yield documentItem(await readTextDocumentFile(path, context));
  }
}
