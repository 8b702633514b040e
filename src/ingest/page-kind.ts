// What a fetched page is: a feed, an HTML article or plain text. The Content-Type header
// decides first, but servers often label feeds text/xml, text/html or nothing at all, so the
// root element of the content is looked at as well.
import { IngestError } from './item.js';

export type PageKind = 'feed' | 'html' | 'text';

/** Media types by what they tell us; anything not listed (images, PDF, JSON…) is refused. */
function declaredKind(mediaType: string): 'html' | 'xml' | 'text' | 'unknown' | null {
  if (mediaType === '' || mediaType === 'application/octet-stream') return 'unknown';
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (mediaType === 'application/xml' || mediaType === 'text/xml' || mediaType.endsWith('+xml')) return 'xml';
  if (mediaType.startsWith('text/')) return 'text';
  return null;
}

/** Throws before the body is decoded when the media type is one we cannot read at all. */
export function checkMediaType(mediaType: string, label: string): void {
  if (declaredKind(mediaType) === null) throw new IngestError(`${label}: unsupported content type ${mediaType}`);
}

export function pageKind(mediaType: string, text: string): PageKind {
  const declared = declaredKind(mediaType);
  const root = rootElement(text);
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  // Other XML goes to the feed reader too, which says clearly what is wrong with it.
  if (declared === 'xml') return 'feed';
  if (declared === 'html') return 'html';
  if (declared === 'unknown' && root === 'html') return 'html';
  return 'text';
}

/** How much of the page start is searched for its root element. */
const ROOT_SNIFF_CHARS = 4096;

/**
 * The lower-cased name of the first element, skipping the XML declaration, processing
 * instructions, comments and a doctype (`<!doctype html>` counts as "html"); null when the
 * text does not start with markup.
 */
export function rootElement(text: string): string | null {
  let rest = text.slice(0, ROOT_SNIFF_CHARS).replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/.exec(rest);
    if (prolog) {
      rest = rest.slice(prolog[0].length);
      continue;
    }
    const doctype = /^<!doctype\s+([a-z][\w:.-]*)[^>]*>/i.exec(rest);
    if (doctype) {
      if (doctype[1]!.toLowerCase() === 'html') return 'html';
      rest = rest.slice(doctype[0].length);
      continue;
    }
    return /^<([a-z][\w:.-]*)/i.exec(rest)?.[1]!.toLowerCase() ?? null;
  }
}
