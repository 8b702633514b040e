// The shapes of the reads the event page makes (src/server/routes/events.ts, lookups.ts): the
// server's own types, and the event page's grouping of a cluster's events by article.
import type { StoredEvent } from '../../api';
import type { ClusterView } from '../../../read-models';

export type { ClusterActor, ClusterView, DocumentView } from '../../../read-models';

/** GET /api/events/:id: a rejected event has no cluster. */
export interface EventView {
  event: StoredEvent;
  cluster: ClusterView | null;
}

/** The actors of GET /api/actors, as far as the actor search uses them. */
export interface ActorHit {
  id: number;
  name: string;
  kind: 'named' | 'country';
  country: string | null;
  sector: string | null;
  aliases: string[];
  events: { asSource: number; asTarget: number; total: number };
}

/** One article of a cluster: its document and the cluster's events it reported. */
export interface ClusterArticle {
  documentId: number;
  doc: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  date: string | null;
  events: StoredEvent[];
}

/** The articles behind an event: its cluster's, grouped by document, the event's own first. */
export function clusterArticles(view: EventView): ClusterArticle[] {
  const events = view.cluster ? [...view.cluster.events.items] : [];
  if (!events.some((e) => e.id === view.event.id)) events.unshift(view.event);
  const byDocument = new Map<number, ClusterArticle>();
  for (const event of events) {
    const article = byDocument.get(event.documentId) ?? {
      documentId: event.documentId, doc: event.doc, title: event.title, url: event.url, outlet: event.outlet, date: event.date, events: [],
    };
    article.events.push(event);
    byDocument.set(event.documentId, article);
  }
  const articles = [...byDocument.values()];
  articles.sort((a, b) => Number(b.documentId === view.event.documentId) - Number(a.documentId === view.event.documentId));
  return articles;
}
