// Feeds read from the web: most feeds carry only a teaser per item, so for each item with a
// link the linked article is fetched and read in full. The item still gives the title and date
// (the feed's are cleaner than a page's), and its own text is the fallback when the article
// cannot be fetched. Items are fetched one after another: the order of documents stays the
// feed's, and a news site is not hit with a burst of requests.
import { toIsoDate } from './dates.js';
import { makeDocument } from './document.js';
import { parseFeedEntries, slugId, type FeedEntry } from './feed.js';
import { documentItem, errorItem, type IngestItem } from './item.js';
import { fetchArticle, type WebArticle, type WebContext } from './web-page.js';
import { urlId } from './url.js';

/**
 * Item text from the full-content field (content:encoded, Atom content) at least this long is
 * taken as the whole article and its link is not fetched. Shorter content is usually a teaser
 * ("Read more…"); a real article of fewer than ~800 characters is rare in political news.
 */
export const FULL_CONTENT_MIN_CHARS = 800;

/**
 * Items of a feed fetched from `feedUrl` (the address given) whose body, `xml`, came from
 * `finalUrl` (after redirects; relative item links are resolved against it).
 */
export async function* readWebFeed(feedUrl: string, finalUrl: string, xml: string, context: WebContext): AsyncGenerator<IngestItem> {
  const entries = parseFeedEntries(xml, feedUrl);
  const feedName = urlId(feedUrl);
  for (const [index, entry] of entries.entries()) {
    const number = index + 1;
    const link = absoluteLink(entry.link, finalUrl);
    let article: WebArticle | null = null;
    if (link !== null && !hasFullContent(entry)) {
      try {
        article = await fetchArticle(link, context);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (entry.text === '') {
          yield errorItem(feedUrl, `${reason}; item ${number} of ${feedUrl} has no text of its own`);
          continue;
        }
        context.warn(`${reason}; using the feed's text for item ${number} of ${feedUrl}`);
      }
    }
    if (article === null && entry.text === '') {
      context.warn(`${feedUrl}: item ${number} has no text; skipped`);
      continue;
    }
    yield documentItem(
      makeDocument({
        // As for feed files (guid, else link), but from the resolved link: a relative link
        // alone ("/world/talks") would give the same id on every site.
        id: slugId(entry.guid ?? link ?? entry.link) ?? `${feedName}_${number}`,
        origin: `${feedUrl}#${number}`,
        text: article?.text ?? entry.text,
        url: article?.url ?? link ?? entry.link,
        title: entry.title ?? article?.title ?? null,
        published: toIsoDate(entry.date) ?? article?.published ?? context.fallbackDate,
      }),
    );
  }
}

function hasFullContent(entry: FeedEntry): boolean {
  return entry.fromContent && entry.text.length >= FULL_CONTENT_MIN_CHARS;
}

/** The item's link as an absolute http(s) address, or null when there is none to fetch. */
function absoluteLink(link: string | null, base: string): string | null {
  if (link === null) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
