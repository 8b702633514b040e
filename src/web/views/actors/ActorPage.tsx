// One actor: its names and aliases, the roles the articles gave it over time, its country and
// sector, its events per month and the latest of them, its partners, and the way into the
// events table filtered by it. Renames and merges are made here too.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../../api';
import type { Page, QuadClass, StoredEvent } from '../../api';
import { useApi } from '../../use-api';
import ActorCorrections from './ActorCorrections';
import type { ActorDetail } from './types';
import './actors.css';

/** Events read for the timeline: the latest this many. */
const TIMELINE_EVENTS = 1000;
const LATEST = 15;
const QUADS: readonly QuadClass[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

function eventsLink(filter: Record<string, string>): string {
  return `/events?${new URLSearchParams(filter).toString()}`;
}

interface Period {
  period: string;
  total: number;
  quads: Record<QuadClass, number>;
}

/** Events per month (or per year over more than ten years), oldest first, empty periods kept. */
function timeline(events: readonly StoredEvent[]): { unit: 'month' | 'year'; periods: Period[] } {
  const dated = events.filter((e) => e.date && /^\d{4}/.test(e.date));
  if (dated.length === 0) return { unit: 'month', periods: [] };
  const months = dated.map((e) => e.date!.slice(0, 7)).filter((m) => m.length === 7).sort();
  const years = dated.map((e) => Number(e.date!.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const unit = lastYear - firstYear >= 10 || months.length === 0 ? 'year' : 'month';
  const keys: string[] = [];
  if (unit === 'year') {
    for (let y = firstYear; y <= lastYear; y++) keys.push(String(y));
  } else {
    let [y, m] = months[0]!.split('-').map(Number) as [number, number];
    const last = months[months.length - 1]!;
    for (;;) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      keys.push(key);
      if (key >= last) break;
      m++;
      if (m > 12) { m = 1; y++; }
    }
  }
  const periods = new Map(keys.map((k) => [k, { period: k, total: 0, quads: Object.fromEntries(QUADS.map((q) => [q, 0])) as Record<QuadClass, number> }]));
  for (const event of dated) {
    // A year-only date counts in its year; at month level it has no month to go in.
    const period = periods.get(unit === 'year' ? event.date!.slice(0, 4) : event.date!.slice(0, 7));
    if (!period) continue;
    period.total++;
    period.quads[event.quad]++;
  }
  return { unit, periods: [...periods.values()] };
}

function Timeline({ actorId, events, total }: { actorId: number; events: readonly StoredEvent[]; total: number }) {
  const { unit, periods } = timeline(events);
  if (periods.length === 0) return <p className="muted">No dated events.</p>;
  const max = Math.max(1, ...periods.map((p) => p.total));
  return (
    <>
      <div className="actor-timeline" role="list" aria-label={`events per ${unit}`}>
        {periods.map((p) => (
          <Link
            key={p.period}
            role="listitem"
            className="actor-timeline-bar"
            to={eventsLink({ actor: String(actorId), since: p.period, until: p.period })}
            title={`${p.period}: ${p.total} event${p.total === 1 ? '' : 's'}`}
            data-period={p.period}
            data-count={p.total}
          >
            <span className="actor-timeline-stack" style={{ height: `${(100 * p.total) / max}%` }}>
              {QUADS.filter((q) => p.quads[q] > 0).map((q) => (
                <span key={q} className={`actor-q-${q}`} style={{ flexGrow: p.quads[q] }} />
              ))}
            </span>
            <span className="actor-timeline-label">{p.period}</span>
          </Link>
        ))}
      </div>
      <p className="muted actor-timeline-note">
        Events per {unit}, by quad class{total > events.length ? ` (the latest ${events.length} of ${total})` : ''}; a bar opens its events.
      </p>
    </>
  );
}

function sideName(side: StoredEvent['source'] | null): string {
  if (!side) return '—';
  return side.name ?? side.country ?? side.text;
}

export default function ActorPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const valid = /^\d+$/.test(id);
  const detail = useApi(
    () => (valid ? api.get<ActorDetail>(`/api/actors/${id}`) : Promise.reject(new Error(`"${id}" is not an actor id`))),
    id,
  );
  const events = useApi(
    () => (valid ? api.get<Page<StoredEvent>>('/api/events', { actor: id, limit: TIMELINE_EVENTS, sort: '-date' }) : Promise.resolve(null)),
    id,
  );
  // What a rename answered, shown at once (the server's own reading of the actor).
  const [renamed, setRenamed] = useState<ActorDetail | null>(null);
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;

  const actor = renamed && String(renamed.id) === id ? renamed : detail.data;
  if (detail.error) return <section><h1>Actor</h1><p className="error">Could not load actor {id}: {detail.error}</p></section>;
  if (!actor) return <section><h1>Actor</h1><p className="muted">Loading…</p></section>;

  const actorId = String(actor.id);
  const latest = events.data?.items.slice(0, LATEST) ?? [];
  return (
    <section className="actor-page" data-actor-id={actor.id}>
      <p className="muted actor-crumbs"><Link to="/actors">Actors</Link> ›</p>
      <h1 className="actor-name">{actor.name}</h1>
      {mergedFrom && <p className="actor-outcome" role="status">Merged {mergedFrom} into {actor.name}.</p>}
      {String(actor.id) !== id && <p className="muted">Actor #{id} was merged into this one.</p>}
      <p className="actor-facts">
        <span>{actor.kind === 'country' ? 'Country actor' : 'Named actor'}</span>
        {actor.country && <span>Country: <Link to={eventsLink({ country: actor.country })}>{actor.country}</Link></span>}
        {actor.sector && <span>Sector: {actor.sector}</span>}
        <span>#{actor.id}</span>
      </p>
      <p className="actor-links">
        <Link to={eventsLink({ actor: actorId })}>All {actor.events.total} events</Link>
        <Link to={eventsLink({ source: actorId })}>{actor.events.asSource} as source</Link>
        <Link to={eventsLink({ target: actorId })}>{actor.events.asTarget} as target</Link>
        <Link to={`/network?${new URLSearchParams({ level: 'actor' }).toString()}`}>Network</Link>
      </p>

      <div className="actor-grid">
        <div className="card">
          <h2>Names</h2>
          <ul className="actor-names">
            <li><strong>{actor.name}</strong> <span className="muted">(name)</span></li>
            {actor.aliases.map((alias) => <li key={alias}>{alias}</li>)}
          </ul>
          {actor.aliases.length === 0 && <p className="muted">No other names.</p>}

          <h2>Roles over time</h2>
          {actor.roles.length === 0 ? <p className="muted">No role given in the articles.</p> : (
            <table className="actor-roles">
              <thead><tr><th>Role</th><th>Country</th><th>Sector</th><th>First seen</th><th>Last seen</th></tr></thead>
              <tbody>
                {actor.roles.map((role, i) => (
                  <tr key={`${role.role}-${role.country}-${role.sector}-${i}`}>
                    <td>{role.role}</td><td>{role.country ?? ''}</td><td>{role.sector ?? ''}</td>
                    <td>{role.firstSeen ?? ''}</td><td>{role.lastSeen ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>

        <div className="card">
          <h2>Partners</h2>
          {actor.partners.length === 0 ? <p className="muted">No partner in the events.</p> : (
            <table className="actor-partners">
              <thead><tr><th>Partner</th><th>Country</th><th className="actor-num">Events</th></tr></thead>
              <tbody>
                {actor.partners.map((partner) => (
                  <tr key={partner.id}>
                    <td><Link to={`/actors/${partner.id}`}>{partner.name}</Link></td>
                    <td>{partner.country ?? ''}</td>
                    <td className="actor-num"><Link to={eventsLink({ dyad: `${actor.id},${partner.id}` })} title="the events of the pair">{partner.events}</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2>Categories</h2>
          {actor.categories.length === 0 ? <p className="muted">No events.</p> : (
            <table className="actor-categories">
              <thead><tr><th>Category</th><th className="actor-num">As source</th><th className="actor-num">As target</th><th className="actor-num">All</th></tr></thead>
              <tbody>
                {actor.categories.map((c) => (
                  <tr key={c.plover}>
                    <td><Link to={eventsLink({ actor: actorId, category: c.plover })}>{c.plover}</Link></td>
                    <td className="actor-num">{c.asSource}</td><td className="actor-num">{c.asTarget}</td><td className="actor-num">{c.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>

      <div className="card">
        <h2>Timeline</h2>
        {events.error && <p className="error">Could not load the events: {events.error}</p>}
        {events.data && <Timeline actorId={actor.id} events={events.data.items} total={events.data.total} />}
        <h2>Latest events</h2>
        {events.data && latest.length === 0 && <p className="muted">No events.</p>}
        {latest.length > 0 && (
          <table className="actor-events">
            <thead><tr><th>Date</th><th>Source</th><th>Category</th><th>Target</th><th>Evidence</th></tr></thead>
            <tbody>
              {latest.map((event) => (
                <tr key={event.id}>
                  <td><Link to={`/events/${event.id}`}>{event.date ?? 'undated'}</Link></td>
                  <td>{sideName(event.source)}</td>
                  <td><span className={`actor-quad actor-q-${event.quad}`} />{event.plover}</td>
                  <td>{sideName(event.target)}</td>
                  <td className="actor-evidence">{event.evidence.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {events.data && events.data.total > latest.length && (
          <p><Link to={eventsLink({ actor: actorId })}>All {events.data.total} events in the table</Link></p>
        )}
      </div>

      <ActorCorrections
        key={actor.id}
        actor={actor}
        onRenamed={(next) => setRenamed(next)}
        onMerged={(into) => {
          setRenamed(null);
          void navigate(`/actors/${into.id}`, { state: { mergedFrom: actor.name } });
        }}
      />
    </section>
  );
}
