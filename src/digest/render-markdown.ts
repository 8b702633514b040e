// The digest as Markdown: a title, the summary sentence, one section per country with one
// bullet per actor, numbered citations and a "Sources" list.
import { capitalise } from './actor-label.js';
import { sourceParts } from './sources.js';
import type { Digest, DigestActor, DigestItem } from './types.js';

/**
 * A URL as a Markdown link target: parentheses and whitespace would end or break the link, and
 * encodeURIComponent leaves parentheses as they are, so they are percent-encoded by hand.
 */
export function linkTarget(url: string): string {
  return url.replace(/[()\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Names and titles come from articles: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  // An underscore inside a word ("000_4a9b") is never emphasis: left alone, keys stay readable.
  return text.replace(/([\\`*[\]<>])/g, '\\$1').replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

function cite(numbers: readonly number[]): string {
  return numbers.map((n) => `[${n}]`).join(' ');
}

function itemMarkdown(item: DigestItem): string {
  return `${escapeMarkdown(item.text)} ${cite(item.sources)}`;
}

function actorBullet(actor: DigestActor): string {
  return `- **${escapeMarkdown(capitalise(actor.label))}** ${actor.items.map(itemMarkdown).join('; ')}.`;
}

export function renderMarkdown(digest: Digest): string {
  const lines = [`# ${escapeMarkdown(digest.title)}`, '', escapeMarkdown(digest.summary)];
  if (digest.truncated) lines.push('', `*Only the first ${digest.eventCount} matching events were read: this digest is partial.*`);
  for (const country of digest.countries) {
    lines.push('', `## ${escapeMarkdown(country.name)}`, '', ...country.actors.map(actorBullet));
  }
  if (digest.sources.length > 0) {
    lines.push('', '## Sources', '');
    for (const source of digest.sources) {
      const { name, details, url } = sourceParts(source);
      const named = url ? `[${escapeMarkdown(name)}](${linkTarget(url)})` : escapeMarkdown(name);
      lines.push(`- [${source.number}] ${named}${details ? `, ${escapeMarkdown(details)}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
