// One article that reported the event: title, outlet, address and date, and its text with the
// evidence sentences highlighted and the actors marked. The text is cut at the API's offsets
// and every piece is a React text node: markup in an article stays literal text.
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { api, type StoredEvent } from '../../api';
import { useApi } from '../../use-api';
import { evidenceSpans, excerptWindow, pieces, safeHref, type EvidenceSpan } from './highlight';
import type { ClusterArticle, DocumentView } from './types';

interface Props {
  article: ClusterArticle;
  /** The event the page is about: its evidence is the one scrolled to and outlined. */
  currentEventId: number;
  /** Open (text loaded and shown) from the start. */
  initiallyOpen: boolean;
}

export default function ArticleCard({ article, currentEventId, initiallyOpen }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const href = safeHref(article.url);
  const own = article.events.some((e) => e.id === currentEventId);
  return (
    <article className={`card event-article${own ? ' own' : ''}`} data-document-id={article.documentId}>
      <header className="event-article-head">
        <h3 className="event-article-title">
          {href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">{article.title ?? article.doc}</a> : (article.title ?? article.doc)}
        </h3>
        <div className="muted event-article-meta">
          <span>{article.outlet ?? 'outlet unknown'}</span>
          {article.date && <span>event of {article.date}</span>}
          <span className="event-article-doc">{article.doc}</span>
          {article.url && <span className="event-article-url">{article.url}</span>}
          {own && <span className="event-badge">this event's article</span>}
        </div>
      </header>
      {open
        ? <ArticleText documentId={article.documentId} events={article.events} currentEventId={currentEventId} />
        : <button type="button" onClick={() => setOpen(true)}>Show the article's text</button>}
    </article>
  );
}

function ArticleText({ documentId, events, currentEventId }: { documentId: number; events: StoredEvent[]; currentEventId: number }) {
  const { data: document, error, loading } = useApi(() => api.get<DocumentView>(`/api/documents/${documentId}`), String(documentId));
  const [whole, setWhole] = useState(false);
  const current = useRef<HTMLElement | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const scrolled = useRef(false);
  useEffect(() => {
    // Once, when the text first appears: scroll the article's own box (not the page) so that
    // the event's evidence is in view, a third of the way down.
    if (document && current.current && box.current && !scrolled.current) {
      scrolled.current = true;
      box.current.scrollTop = Math.max(0, current.current.offsetTop - box.current.clientHeight / 3);
    }
  }, [document]);
  if (error) return <p className="error">Could not load the article: {error}</p>;
  if (!document) return <p className="muted">{loading ? 'Loading the article…' : ''}</p>;

  const text = document.text;
  const spans = evidenceSpans(text, events);
  const shown = whole ? { from: 0, to: text.length } : excerptWindow(text, spans);
  const cut = shown.from > 0 || shown.to < text.length;
  return (
    <div className="event-article-body">
      <p className="muted event-article-facts">
        {document.published ? `published ${document.published}` : 'no publication date'}
        {' · '}{text.length.toLocaleString('en')} characters · {document.sentenceCount} sentences
      </p>
      {cut && <p className="muted">Showing characters {shown.from.toLocaleString('en')}–{shown.to.toLocaleString('en')} around the evidence. <button type="button" onClick={() => setWhole(true)}>Show the whole article</button></p>}
      <div className="article-text" ref={box}>
        {shown.from > 0 && '… '}
        {pieces(spans, shown.from, shown.to).map((piece) => piece.kind === 'text'
          ? text.slice(piece.start, piece.end)
          : <Evidence key={piece.span.start} text={text} span={piece.span} currentEventId={currentEventId} currentRef={current} />)}
        {shown.to < text.length && ' …'}
      </div>
    </div>
  );
}

function Evidence({ text, span, currentEventId, currentRef }: {
  text: string; span: EvidenceSpan; currentEventId: number; currentRef: RefObject<HTMLElement | null>;
}) {
  const isCurrent = span.eventIds.includes(currentEventId);
  const parts: ReactNode[] = [];
  let at = span.start;
  for (const actor of span.actors) {
    if (actor.start > at) parts.push(text.slice(at, actor.start));
    parts.push(
      <mark key={actor.start} className={`actor ${actor.role}`} title={`${actor.role}: ${actor.name}`}>{text.slice(actor.start, actor.end)}</mark>,
    );
    at = actor.end;
  }
  if (at < span.end) parts.push(text.slice(at, span.end));
  return (
    <mark
      className={`evidence${isCurrent ? ' current' : ''}`}
      data-event-ids={span.eventIds.join(' ')}
      ref={isCurrent ? (node) => { currentRef.current = node; } : undefined}
    >
      {parts}
    </mark>
  );
}
