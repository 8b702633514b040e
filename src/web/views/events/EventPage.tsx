// One event: its coding, the analyst's corrections, and its cluster (every article that
// reported the same happening), each article's text with the evidence sentence highlighted and
// the actors marked. Article text is only ever rendered as text.
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { useApi } from '../../use-api';
import ArticleCard from '../event/ArticleCard';
import Corrections from '../event/Corrections';
import EventFacts from '../event/EventFacts';
import { clusterArticles, type EventView } from '../event/types';
import '../event/event.css';

/** The cluster's reports asked for at once (the API's page ceiling). */
const CLUSTER_PAGE = 1000;
/** Clusters up to this many articles show every text at once; bigger ones only the event's own. */
const OPEN_ARTICLES = 6;

export default function EventPage() {
  const { id = '' } = useParams();
  const valid = /^[1-9]\d*$/.test(id);
  const { data, error, loading, reload } = useApi(
    () => (valid ? api.get<EventView>(`/api/events/${id}`, { limit: CLUSTER_PAGE }) : Promise.reject(new Error(`"${id}" is not an event id`))),
    id,
  );

  if (error) {
    return (
      <section className="event-page">
        <p><Link to="/events">← Events</Link></p>
        <h1>Event {id}</h1>
        <p className="error">{error}</p>
      </section>
    );
  }
  if (!data) return <section className="event-page"><p className="muted">{loading ? 'Loading the event…' : ''}</p></section>;

  const { event, cluster } = data;
  const articles = clusterArticles(data);
  const sourceName = event.source.name ?? event.source.country ?? event.source.text;
  const targetName = event.target ? (event.target.name ?? event.target.country ?? event.target.text) : null;
  return (
    <section className="event-page" data-event-id={event.id}>
      <p><Link to="/events">← Events</Link></p>
      <h1 className={event.rejected ? 'event-title rejected' : 'event-title'}>
        {sourceName} <span className={`event-plover quad-${event.quad}`}>{event.plover}</span> {targetName ?? ''}
        <span className="muted event-title-id"> event {event.id}{event.date ? `, ${event.date}` : ''}</span>
      </h1>
      <div className="event-top">
        <EventFacts event={event} />
        <Corrections key={event.id} event={event} onCorrected={reload} />
      </div>

      <h2>Reports</h2>
      {cluster
        ? (
          <p className="muted event-cluster-summary">
            Cluster {cluster.id}: {cluster.eventCount} {cluster.eventCount === 1 ? 'report' : 'reports'} in {cluster.articleCount} {cluster.articleCount === 1 ? 'article' : 'articles'} from {cluster.outletCount} {cluster.outletCount === 1 ? 'outlet' : 'outlets'}
            {cluster.firstDate && `, ${cluster.firstDate}${cluster.lastDate && cluster.lastDate !== cluster.firstDate ? ` to ${cluster.lastDate}` : ''}`}.
            {cluster.events.total > cluster.events.items.length && ` Showing the first ${cluster.events.items.length} reports.`}
          </p>
        )
        : <p className="muted event-cluster-summary">{event.rejected ? 'A rejected event belongs to no cluster: only its own article is shown.' : 'This event is in no cluster yet.'}</p>}
      <div className="event-articles">
        {articles.map((article, index) => (
          <ArticleCard
            key={article.documentId}
            article={article}
            currentEventId={event.id}
            initiallyOpen={index === 0 || articles.length <= OPEN_ARTICLES}
          />
        ))}
      </div>
    </section>
  );
}
