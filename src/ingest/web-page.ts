// One fetched page → its text, by kind: HTML through the HTML reader (Readability), plain
// text as it is (with the optional ` date YYYY-MM-DD ` line of .txt files), feeds handed back
// to the caller, which reads their items.
import { decodePageText } from './fetch-body.js';
import { fetchPage, type FetchedPage, type ResolvedFetchOptions } from './fetch.js';
import { extractHtmlArticle } from './html.js';
import { IngestError, type ReaderContext } from './item.js';
import { normaliseText } from './normalise.js';
import { checkMediaType, pageKind, type PageKind } from './page-kind.js';
import { splitDateLine } from './txt.js';

/** ReaderContext plus the settings for requests (size limit included). */
export interface WebContext extends ReaderContext {
  fetch: ResolvedFetchOptions;
}

/** A fetched page read as text, with what it says about itself. */
export interface WebArticle {
  /** The address after redirects. */
  url: string;
  title: string | null;
  /** Normalised text; never empty. */
  text: string;
  /** `YYYY-MM-DD` from the page, or null (the caller decides on fallbacks). */
  published: string | null;
}

export interface FetchedText {
  page: FetchedPage;
  kind: PageKind;
  text: string;
}

/** Fetches `url`, refuses media types we cannot read, decodes the body and classifies it. */
export async function fetchText(url: string, context: WebContext): Promise<FetchedText> {
  const page = await fetchPage(url, context.fetch);
  checkMediaType(page.mediaType, url);
  const text = decodePageText(page.body, page.charset, url);
  return { page, kind: pageKind(page.mediaType, text), text };
}

/** The article of an HTML or text page (not a feed). Throws IngestError naming `label` when empty. */
export function articleFromText(fetched: FetchedText, label: string, warn: (msg: string) => void): WebArticle {
  const { page, kind, text } = fetched;
  if (kind === 'html') {
    const html = extractHtmlArticle(text, label);
    if (html.text === '') throw new IngestError(`${label} is empty (no text in the page)`);
    return { url: page.url, title: html.title, text: html.text, published: html.published };
  }
  const dated = splitDateLine(text, label, warn);
  const body = normaliseText(dated.text);
  if (body === '') throw new IngestError(`${label} is empty (only whitespace)`);
  return { url: page.url, title: null, text: body, published: dated.date };
}

/** Fetches the article a feed item links to; a link to another feed is not an article. */
export async function fetchArticle(url: string, context: WebContext): Promise<WebArticle> {
  const fetched = await fetchText(url, context);
  if (fetched.kind === 'feed') throw new IngestError(`${url}: a feed, not an article`);
  return articleFromText(fetched, url, context.warn);
}
