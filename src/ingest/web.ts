// Input given as a web address: fetched, then read by what came back. A feed gives one
// document per item (see web-feed.ts); an HTML page or plain text gives one document whose
// `url` is the address after redirects and whose id comes from the address given.
import { makeDocument } from './document.js';
import { documentItem, type IngestItem } from './item.js';
import { urlId } from './url.js';
import { readWebFeed } from './web-feed.js';
import { articleFromText, fetchText, type WebContext } from './web-page.js';

export async function* readUrlInput(url: string, context: WebContext): AsyncGenerator<IngestItem> {
  const fetched = await fetchText(url, context);
  if (fetched.kind === 'feed') {
    yield* readWebFeed(url, fetched.page.url, fetched.text, context);
    return;
  }
  const article = articleFromText(fetched, url, context.warn);
  yield documentItem(
    makeDocument({
      id: urlId(url),
      origin: url,
      text: article.text,
      url: article.url,
      title: article.title,
      published: article.published ?? context.fallbackDate,
    }),
  );
}
