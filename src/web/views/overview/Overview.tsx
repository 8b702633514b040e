// The overview: what the ledger holds at a glance. Every figure is a way into the events table
// (or an actor's or event's page) with the matching filter.
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, type Page, type StoredEvent } from '../../api';
import { useApi } from '../../use-api';
import { actorName, eventsLink, QUADS, quadColour, quadLabel } from '../events/event-format';
import type { ActorSummary, Dyad, LedgerStats, OpenPage } from './overview-data';
import Timeline from './Timeline';
import './overview.css';

const TOP_DYADS = 10;
const TOP_ACTORS = 10;
const LATEST = 10;

export default function Overview() {
  const stats = useApi(() => api.get<LedgerStats>('/api/stats'), 'stats');
  const dyads = useApi(() => api.get<Page<Dyad>>('/api/dyads', { level: 'country', limit: TOP_DYADS }), 'dyads');
  const actors = useApi(() => api.get<OpenPage<ActorSummary>>('/api/actors', { limit: TOP_ACTORS }), 'actors');
  const latest = useApi(() => api.get<Page<StoredEvent>>('/api/events', { sort: '-date', limit: LATEST }), 'latest');
  const ready = [stats, dyads, actors, latest].every((part) => !part.loading);

  // For the browser test's timing: the first time every part has its answer.
  useEffect(() => {
    if (ready) performance.mark('overview-ready');
  }, [ready]);

  return (
    <section className="overview" data-ready={ready ? 'true' : 'false'}>
      <h1>Overview</h1>
      <Part title="The ledger" className="counts" loaded={stats}>
        {(s) => (
          <dl className="count-list">
            <Count label="events" value={s.events} to="/events" />
            <Count label="articles" value={s.documents} />
            <Count label="actors" value={s.actors} to="/actors" />
            <Count label="clusters" value={s.clusters} hint="reports of the same happening merged" />
            {s.rejectedEvents > 0 && <Count label="rejected" value={s.rejectedEvents} hint="rejected by an analyst" />}
          </dl>
        )}
      </Part>

      <Part title="Events over time" className="chart" loaded={stats}>
        {(s) => (
          <>
            <Timeline months={s.months} />
            <ul className="legend">
              {QUADS.map(({ quad, label, colour }) => (
                <li key={quad}>
                  <Link to={eventsLink({ quad })} data-quad={quad}>
                    <span className="swatch" style={{ background: colour }} />{label}
                  </Link>
                </li>
              ))}
              {s.eventsWithoutMonth > 0 && <li className="muted">{s.eventsWithoutMonth} events without a month are not shown</li>}
            </ul>
          </>
        )}
      </Part>

      <div className="grid">
        <Part title="Most active dyads" className="dyads" loaded={dyads}>
          {(page) => page.items.length === 0 ? <p className="muted">No events between two countries yet.</p> : (
            <ol className="ranked">
              {page.items.map((dyad) => <DyadRow key={`${dyad.a.name}|${dyad.b.name}`} dyad={dyad} max={page.items[0]?.total ?? 1} />)}
            </ol>
          )}
        </Part>

        <Part title="Most active actors" className="actors" loaded={actors}>
          {(page) => page.items.length === 0 ? <p className="muted">No actors yet.</p> : (
            <ol className="ranked">
              {page.items.map((actor) => (
                <li key={actor.id} data-actor-id={actor.id}>
                  <Link to={`/actors/${actor.id}`} className="ranked-link">
                    <span className="ranked-name">{actor.name}</span>
                    <span className="muted ranked-detail">{[actor.kind === 'named' ? actor.country : null, actor.sector].filter(Boolean).join(' · ')}</span>
                    <span className="ranked-count">{actor.events.total}</span>
                  </Link>
                  <Meter value={actor.events.total} max={page.items[0]?.events.total ?? 1} />
                </li>
              ))}
            </ol>
          )}
        </Part>
      </div>

      <Part title="Latest events" className="latest" loaded={latest}>
        {(page) => page.items.length === 0 ? <p className="muted">No events yet.</p> : (
          <>
            <table className="latest-events">
              <tbody>
                {page.items.map((event) => (
                  <tr key={event.id} data-event-id={event.id}>
                    <td className="date"><Link to={`/events/${event.id}`}>{event.date ?? 'undated'}</Link></td>
                    <td className="who">
                      <Link to={`/events/${event.id}`} className="latest-link">
                        <strong>{actorName(event.source)}</strong>{' '}
                        <span className="plover" style={{ borderColor: quadColour(event.quad) }} title={quadLabel(event.quad)}>{event.plover}</span>{' '}
                        {event.target && <strong>{actorName(event.target)}</strong>}
                      </Link>
                      <div className="evidence muted">{event.evidence.text}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.total > page.items.length && <p><Link to="/events">All {page.total.toLocaleString('en')} events →</Link></p>}
          </>
        )}
      </Part>
    </section>
  );
}

/** One panel: its heading, then its content once loaded, or the API's error. */
function Part<T>({ title, className, loaded, children }: {
  title: string;
  className: string;
  loaded: { data: T | null; error: string | null; loading: boolean };
  children: (data: T) => ReactNode;
}) {
  return (
    <div className={`card part ${className}`} aria-busy={loaded.loading}>
      <h2>{title}</h2>
      {loaded.error !== null && <p className="error" role="alert">{loaded.error}</p>}
      {loaded.data !== null ? children(loaded.data) : loaded.loading && <p className="muted">Loading…</p>}
    </div>
  );
}

function Count({ label, value, to, hint }: { label: string; value: number; to?: string; hint?: string }) {
  const figure = value.toLocaleString('en');
  return (
    <div className="count" data-count={label} title={hint}>
      <dt>{label}</dt>
      <dd>{to ? <Link to={to}>{figure}</Link> : figure}</dd>
    </div>
  );
}

function Meter({ value, max }: { value: number; max: number }) {
  return <span className="meter" aria-hidden="true"><span style={{ width: `${Math.max(2, (100 * value) / Math.max(1, max))}%` }} /></span>;
}

function DyadRow({ dyad, max }: { dyad: Dyad; max: number }) {
  const pair = `${dyad.a.name},${dyad.b.name}`;
  return (
    <li data-dyad={pair}>
      <Link to={eventsLink({ dyad: pair })} className="ranked-link">
        <span className="ranked-name">{dyad.a.name} – {dyad.b.name}</span>
        <span className="muted ranked-detail" title={`${dyad.a.name} → ${dyad.b.name}: ${dyad.aToB}; ${dyad.b.name} → ${dyad.a.name}: ${dyad.bToA}`}>
          → {dyad.aToB} · ← {dyad.bToA}
        </span>
        <span className="ranked-count">{dyad.total}</span>
      </Link>
      <span className="quad-meter" aria-hidden="true" style={{ width: `${Math.max(2, (100 * dyad.total) / Math.max(1, max))}%` }}>
        {QUADS.map(({ quad, colour }) => dyad.quads[quad] > 0 && (
          <span key={quad} style={{ flexGrow: dyad.quads[quad], background: colour }} title={`${quadLabel(quad)}: ${dyad.quads[quad]}`} />
        ))}
      </span>
    </li>
  );
}
