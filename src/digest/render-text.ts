// The digest as plain text: the title, then one paragraph (the summary sentence and a
// sentence per country), then the sources, one a line. For terminals, e-mail and chat.
import { countryInProse } from './countries.js';
import { sourceParts } from './sources.js';
import type { Digest, DigestActor, DigestCountry, DigestItem } from './types.js';
import { joinAnd } from './words.js';

function itemText(item: DigestItem): string {
  return `${item.text} [${item.sources.join(', ')}]`;
}

function actorClause(actor: DigestActor): string {
  return `${actor.label} ${joinAnd(actor.items.map(itemText))}`;
}

function countrySentence(country: DigestCountry): string {
  return `From ${countryInProse(country.code, country.name)}, ${country.actors.map(actorClause).join('; ')}.`;
}

export function renderText(digest: Digest): string {
  const paragraph = [digest.summary, ...digest.countries.map(countrySentence)].join(' ');
  const blocks = [digest.title, paragraph];
  if (digest.truncated) blocks.push(`Only the first ${digest.eventCount} matching events were read: this digest is partial.`);
  if (digest.sources.length > 0) {
    blocks.push(['Sources:', ...digest.sources.map((source) => {
      const { name, details, url } = sourceParts(source);
      return `[${source.number}] ${[name, details, url].filter(Boolean).join(', ')}`;
    })].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
