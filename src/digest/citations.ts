// Citation numbers: each article gets one number, given in the order the digest first cites
// it, so that [1] is the first source a reader meets and every article is listed once.
import type { StoredEvent } from '../ledger/event-query.js';
import type { CountryGroup } from './group.js';
import type { DigestSource } from './types.js';

export interface Citations {
  /** Citation number of each cited document id. */
  numbers: Map<number, number>;
  sources: DigestSource[];
}

export function numberCitations(
  countries: readonly CountryGroup[],
  events: readonly StoredEvent[],
  published: ReadonlyMap<number, string | null>,
): Citations {
  const documents = new Map<number, StoredEvent>();
  for (const event of events) if (!documents.has(event.documentId)) documents.set(event.documentId, event);
  const numbers = new Map<number, number>();
  const sources: DigestSource[] = [];
  for (const country of countries) {
    for (const actor of country.actors) {
      for (const { documentIds } of actor.items) {
        for (const documentId of documentIds) {
          if (numbers.has(documentId)) continue;
          const event = documents.get(documentId);
          if (!event) continue;
          const number = sources.length + 1;
          numbers.set(documentId, number);
          sources.push({
            number, documentId, doc: event.doc, title: event.title, url: event.url, outlet: event.outlet,
            published: published.get(documentId) ?? null,
          });
        }
      }
    }
  }
  return { numbers, sources };
}

/** The citation numbers of an item's documents, ascending. */
export function citationsOf(documentIds: readonly number[], numbers: ReadonlyMap<number, number>): number[] {
  return documentIds.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
}
