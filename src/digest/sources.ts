// How a cited article is named in the "Sources" list: its title when the ledger has one,
// else its document key (the seed files have neither title nor URL), then outlet and date.
import { formatDate } from './dates.js';
import type { DigestSource } from './types.js';

export interface SourceParts {
  /** The title, or "document <key>". */
  name: string;
  /** Outlet and publication date, as far as known: "example.org, 25 January 2026". */
  details: string;
  url: string | null;
}

export function sourceParts(source: DigestSource): SourceParts {
  const name = source.title ?? `document ${source.doc}`;
  const details = [source.outlet, source.published ? formatDate(source.published) : null].filter((p): p is string => Boolean(p)).join(', ');
  return { name, details, url: source.url };
}
