// HTML articles: the main text comes from Mozilla Readability (the Firefox reader view) run
// over a linkedom DOM, which drops navigation, ads and footers; when Readability finds no
// article we fall back to the whole body. Text is produced by our own block-aware walk so
// paragraphs stay separated (Readability's textContent runs them together).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Document } from '../types.js';
import { toIsoDate } from './dates.js';
import { makeDocument } from './document.js';
import { readTextFile } from './file-checks.js';
import { checkHtmlDepth, MAX_READABILITY_DEPTH, treeDepth } from './html-depth.js';
import { IngestError, type ReaderContext } from './item.js';
import { normaliseLine, normaliseText } from './normalise.js';
import { idFromFileName } from './txt.js';

/** The little of the DOM we use. linkedom's own types lean on lib.dom, which this project
 * does not load, so we describe the shape we rely on instead. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute?(name: string): string | null;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA']);

/** Elements that start a new paragraph in the text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Meta tags that carry the publication date, best first (name, property or itemprop). */
const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date',
];

export interface HtmlArticle {
  title: string | null;
  /** Normalised main text; empty when the page has no text at all. */
  text: string;
  /** `YYYY-MM-DD` from the page's metadata, or null. */
  published: string | null;
}

/**
 * Extracts title, main text and publication date from a whole HTML page. Throws IngestError
 * naming `label` for a page nested too deeply to be parsed in good time (html-depth.ts).
 */
export function extractHtmlArticle(html: string, label = 'the page'): HtmlArticle {
  checkHtmlDepth(html, label);
  const canonical = canonicalHtml(html);
  const document = parseDocument(canonical);
  // Read metadata before Readability, which rewrites the document as it works.
  const pageTitle = normaliseLine(document.querySelector('title')?.textContent ?? '');
  const metaDate = findMetaDate(document);
  const timeDate = toIsoDate(document.querySelector('time[datetime]')?.getAttribute?.('datetime'));

  let text = '';
  let readabilityTitle = '';
  let readabilityDate: string | null = null;
  // Readability's cost grows steeply with depth; a page this deep is no article layout it
  // would recognise anyway, so its whole body is read instead.
  const tooDeep = document.body !== null && treeDepth(document.body) > MAX_READABILITY_DEPTH;
  if (tooDeep) {
    text = nodeToText(document.body!);
  } else {
    try {
      const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
      if (article?.content) text = nodeToText(article.content);
      readabilityTitle = normaliseLine(article?.title ?? '');
      readabilityDate = toIsoDate(article?.publishedTime);
    } catch {
      // Readability gives up on some odd pages; the body fallback below still reads them.
    }
  }
  if (text === '' && !tooDeep) {
    const fresh = parseDocument(canonical);
    text = fresh.body ? nodeToText(fresh.body) : '';
  }
  return {
    title: readabilityTitle || pageTitle || null,
    text,
    published: metaDate ?? readabilityDate ?? timeDate,
  };
}

/**
 * Text of an HTML fragment (feed item content): tags stripped, paragraphs kept, normalised.
 * Throws IngestError naming `label` when the fragment nests too deeply (html-depth.ts).
 */
export function htmlFragmentToText(html: string, label = 'the HTML'): string {
  checkHtmlDepth(html, label);
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body ? nodeToText(document.body) : '';
}

export async function readHtmlFile(path: string, context: ReaderContext): Promise<Document> {
  const article = extractHtmlArticle(await readTextFile(path, context.maxBytes), path);
  if (article.text === '') throw new IngestError(`${path} is empty (no text in the page)`);
  return makeDocument({
    id: idFromFileName(path),
    origin: path,
    text: article.text,
    title: article.title,
    published: article.published ?? context.fallbackDate,
  });
}

function parseDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

/**
 * Rebuilds the page as `<!doctype html><html><head>…</head><body>…</body></html>`. linkedom is
 * not a full HTML5 parser: without explicit head and body (common in saved fragments) it loses
 * the body entirely, so we put those in place before parsing.
 */
export function canonicalHtml(html: string): string {
  const bodyOpen = /<body\b[^>]*>/i.exec(html);
  let head: string;
  let body: string;
  if (bodyOpen) {
    head = html.slice(0, bodyOpen.index);
    body = html.slice(bodyOpen.index + bodyOpen[0].length);
  } else {
    const headElement = /<head\b[^>]*>[\s\S]*?<\/head\s*>/i.exec(html);
    const headEnd = headElement ? headElement.index + headElement[0].length : 0;
    head = html.slice(0, headEnd);
    body = html.slice(headEnd);
    if (!headElement) {
      // A fragment: move its title and meta tags to the head where they belong.
      body = body.replace(/<title\b[^>]*>[\s\S]*?<\/title\s*>|<meta\b[^>]*>/gi, (tag) => {
        head += tag;
        return '';
      });
    }
  }
  head = head.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>/gi, '');
  body = body.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>|<\/?body\b[^>]*>/gi, '');
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function findMetaDate(document: DomDocument): string | null {
  const found = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const key = (meta.getAttribute?.('property') ?? meta.getAttribute?.('name') ?? meta.getAttribute?.('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute?.('content');
    if (key && content && !found.has(key)) found.set(key, content);
  }
  for (const key of DATE_META_KEYS) {
    const date = toIsoDate(found.get(key));
    if (date) return date;
  }
  return null;
}

/**
 * Visible text of a node: blocks become paragraphs, <br> a line break, scripts are skipped.
 * Walked with a stack of its own rather than by recursion, which overflowed the call stack on
 * pages nested some thousands of levels deep (found by test/fuzz/html-readers.test.ts).
 */
function nodeToText(root: DomNode): string {
  const parts: string[] = [];
  // A node to visit (with whether it is inside <pre>), or text to add once a block's children are done.
  const stack: ({ node: DomNode; inPre: boolean } | string)[] = [{ node: root, inPre: false }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      parts.push(next);
      continue;
    }
    const { node, inPre } = next;
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      parts.push(inPre ? data : data.replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    // Table cells side by side: keep their words apart.
    else if (tag === 'TD' || tag === 'TH') parts.push(' ');
    if (block) stack.push('\n\n');
    const children = node.childNodes;
    const childInPre = inPre || tag === 'PRE';
    // Pushed last child first, so that the children are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inPre: childInPre });
  }
  return normaliseText(parts.join(''));
}
