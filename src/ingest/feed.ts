// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry. Item bodies are HTML,
// so their text goes through the HTML reader's tag stripping.
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Document } from '../types.js';
import { toIsoDate } from './dates.js';
import { makeDocument } from './document.js';
import { readTextFile } from './file-checks.js';
import { htmlFragmentToText } from './html.js';
import { IngestError, type ReaderContext } from './item.js';
import { idFromFileName } from './txt.js';
import { messageOf } from '../error-message.js';

type XmlValue = string | XmlObject | XmlValue[] | undefined;
interface XmlObject {
  [key: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // content:encoded → encoded, dc:date → date: feeds differ in their prefixes, not in meaning.
  removeNSPrefix: true,
  // Keep every value a string: a guid "00123" must not become the number 123.
  parseTagValue: false,
  parseAttributeValue: false,
  // Decode numeric character references (&#8217;) as XML requires; without this option the
  // parser only decodes the five named XML entities.
  htmlEntities: true,
  // Atom content may be inline XHTML; keep it raw so its markup and word order survive.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

/** The parts of an item or entry that make a document. */
export interface FeedEntry {
  guid: string | null;
  link: string | null;
  title: string | null;
  date: string | null;
  text: string;
  /** True when `text` comes from the full-content field (content:encoded, Atom content)
   * rather than a description or summary; feeds read from the web use it to decide whether
   * the linked article is worth fetching. */
  fromContent: boolean;
}

const SLUG_MAX = 80;

/** Parses a feed; one document per item with text. Items without text are skipped with a warning. */
export function parseFeed(xml: string, path: string, context: ReaderContext): Document[] {
  const entries = parseFeedEntries(xml, path);
  const feedName = idFromFileName(path);
  const documents: Document[] = [];
  entries.forEach((entry, index) => {
    const number = index + 1;
    if (entry.text === '') {
      context.warn(`${path}: item ${number} has no text; skipped`);
      return;
    }
    documents.push(
      makeDocument({
        id: slugId(entry.guid ?? entry.link) ?? `${feedName}_${number}`,
        origin: `${path}#${number}`,
        text: entry.text,
        url: entry.link,
        title: entry.title,
        published: toIsoDate(entry.date) ?? context.fallbackDate,
      }),
    );
  });
  return documents;
}

/** The items or entries of a feed, in order; throws IngestError naming `path` for non-feeds. */
export function parseFeedEntries(xml: string, path: string): FeedEntry[] {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new IngestError(`${path} is not XML (line ${validation.err.line}: ${validation.err.msg})`);
  }
  let root: XmlObject;
  try {
    root = parser.parse(xml) as XmlObject;
  } catch (error) {
    // The validator passes what the parser's own limits then refuse (elements nested too
    // deeply, entities expanding past their limit: an "XML bomb"): say so, naming the feed.
    throw new IngestError(`${path} could not be read as a feed (${messageOf(error)})`);
  }
  const entries = feedEntries(root, path);
  if (entries.length === 0) throw new IngestError(`${path} is an empty feed (no items)`);
  return entries;
}

export async function readFeedFile(path: string, context: ReaderContext): Promise<Document[]> {
  return parseFeed(await readTextFile(path, context.maxBytes), path, context);
}

function feedEntries(root: XmlObject, path: string): FeedEntry[] {
  const rss = asObject(root['rss']);
  // Each item's label names it in the error of an item whose HTML cannot be read.
  if (rss) return asArray(asObject(rss['channel'])?.['item']).map((item, i) => rssEntry(asObject(item) ?? {}, `${path} item ${i + 1}`));
  const rdf = asObject(root['RDF']);
  if (rdf) return asArray(rdf['item']).map((item, i) => rssEntry(asObject(item) ?? {}, `${path} item ${i + 1}`));
  const feed = asObject(root['feed']);
  if (feed) return asArray(feed['entry']).map((entry, i) => atomEntry(asObject(entry) ?? {}, `${path} entry ${i + 1}`));
  const rootName = Object.keys(root).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  throw new IngestError(`${path} is XML but not an RSS or Atom feed (root element <${rootName ?? '?'}>)`);
}

function rssEntry(item: XmlObject, label: string): FeedEntry {
  const guid = textOf(item['guid']);
  // A guid marked isPermaLink (the default) is the article's address when <link> is missing.
  const guidIsLink = asObject(item['guid'])?.['@_isPermaLink'] !== 'false' && /^https?:\/\//i.test(guid);
  const link = asArray(item['link']).map(textOf).find((value) => value !== '') || (guidIsLink ? guid : '');
  const content = textOf(item['encoded']);
  const html = content || textOf(item['description']);
  return {
    guid: guid || null,
    link: link || null,
    title: plainTitle(textOf(item['title']), label),
    date: textOf(item['pubDate']) || textOf(item['date']) || null,
    text: htmlFragmentToText(html, label),
    fromContent: content !== '',
  };
}

function atomEntry(entry: XmlObject, label: string): FeedEntry {
  const links = asArray(entry['link']).map((link) => asObject(link) ?? {});
  const alternate = links.find((link) => (link['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const content = atomText(entry['content'], label);
  const text = content || atomText(entry['summary'], label);
  return {
    guid: textOf(entry['id']) || null,
    link: textOf(alternate?.['@_href']) || null,
    title: plainTitle(textOf(entry['title']), label),
    date: textOf(entry['published']) || textOf(entry['updated']) || null,
    text,
    fromContent: content !== '',
  };
}

/** Text of an Atom text construct kept raw by the parser: type text, html or xhtml. */
function atomText(value: XmlValue, label: string): string {
  const raw = textOf(value);
  if (raw === '') return '';
  const type = textOf(asObject(value)?.['@_type']).toLowerCase() || 'text';
  if (type.includes('xhtml')) return htmlFragmentToText(raw, label);
  const decoded = decodeXmlText(raw);
  // Escaped HTML: decoding the XML gave us markup, which still has to be stripped.
  if (type.includes('html')) return htmlFragmentToText(decoded, label);
  return htmlFragmentToText(escapeHtml(decoded), label);
}

/** Raw XML character data → text: CDATA sections taken as they are, entities decoded. */
function decodeXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

function decodeXmlEntities(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[name.toLowerCase()] ?? entity;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Titles often carry markup or HTML entities (Atom type="html", double-escaped RSS); strip them. */
function plainTitle(title: string, label: string): string | null {
  const text = /[<&]/.test(title) ? htmlFragmentToText(title, label) : title;
  return text === '' ? null : text;
}

/**
 * A stable document id from a guid or link: "https://news.example/2026/01/talks" →
 * "news-example-2026-01-talks". Long ones are cut and suffixed with a short hash so that two
 * links sharing a long prefix still get different ids.
 */
export function slugId(source: string | null): string | null {
  if (!source) return null;
  const slug = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return null;
  if (slug.length <= SLUG_MAX) return slug;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return `${slug.slice(0, SLUG_MAX - 9).replace(/-+$/, '')}-${hash}`;
}

function asArray(value: XmlValue): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function asObject(value: XmlValue): XmlObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** The text of an element however the parser shaped it (plain string, {#text, @_attr}, list). */
function textOf(value: XmlValue): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return textOf(value[0]);
  return textOf(value['#text']);
}
