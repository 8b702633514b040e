// Web addresses as inputs: telling them from file paths, checking them before anything is
// requested, and deriving a stable document id from them.
import { slugId } from './feed.js';
import { IngestError } from './item.js';

/** "scheme://" at the start. Windows paths ("C:\x") and ordinary relative paths never match. */
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * True when an input is meant as a web address rather than a path. Any scheme counts, so that
 * "ftp://…" is refused as "not an http(s) URL" instead of "no such file or directory".
 */
export function looksLikeUrl(input: string): boolean {
  return SCHEME_PREFIX.test(input.trim());
}

/**
 * Parses an absolute http(s) URL, or throws an IngestError whose message starts with `label`.
 * The fragment is dropped: it never reaches the server and must not change the document id.
 */
export function parseHttpUrl(text: string, label: string = text): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new IngestError(`${label}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new IngestError(`${label}: not an http(s) URL`);
  // fetch refuses these with an obscure TypeError; say it plainly instead.
  if (url.username !== '' || url.password !== '') throw new IngestError(`${label}: URLs with a user name or password are not supported`);
  url.hash = '';
  return url;
}

/**
 * The document id of a web page: the slug of its address as the user gave it ("https://news.
 * example/2026/talks" → "news-example-2026-talks"). The address given, not the one redirected
 * to, so the id stays the same when a site changes where it sends readers.
 */
export function urlId(url: string): string {
  let source = url.trim();
  try {
    const parsed = new URL(source);
    parsed.hash = '';
    source = parsed.href;
  } catch {
    // Not parseable: slug the text as it is.
  }
  return slugId(source) ?? 'url';
}
