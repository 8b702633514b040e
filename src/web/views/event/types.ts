// The shapes of the reads the event page makes (src/server/routes/events.ts, lookups.ts).
import type { Page, StoredEvent } from '../../api';

export interface ClusterActor {
  id: number;
  name: string;
  country: string | null;
}

/** GET /api/clusters/:id, and the cluster of GET /api/events/:id. */
export interface ClusterView {
  id: number;
  plover: string;
  source: ClusterActor;
  target: ClusterActor | null;
  firstDate: string | null;
  lastDate: string | null;
  eventCount: number;
  articleCount: number;
  outletCount: number;
  /** The cluster's events, oldest first, each with its article's title, URL and outlet. */
  events: Page<StoredEvent>;
}

/** GET /api/events/:id: a rejected event has no cluster. */
export interface EventView {
  event: StoredEvent;
  cluster: ClusterView | null;
}

/** GET /api/documents/:id: evidence offsets of its events point into `text`. */
export interface DocumentView {
  id: number;
  doc: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  lang: string;
  ingestedAt: string;
  sentenceCount: number;
  text: string;
  events: StoredEvent[];
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
