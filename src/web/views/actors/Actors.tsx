// The actors of the ledger, busiest first, found by any part of a name or alias (whatever the
// case or diacritics) and by country; each opens its page.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api';
import { useApi } from '../../use-api';
import type { ActorPage, ActorProfile } from './types';
import './actors.css';

const PAGE = 50;

/** The role an actor held last, as "Foreign Minister (BRA)". */
export function latestRole(actor: ActorProfile): string {
  const role = actor.roles[actor.roles.length - 1];
  return role ? role.role : '';
}

export default function Actors() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const country = params.get('country') ?? '';
  const [typed, setTyped] = useState(q);
  const [limit, setLimit] = useState(PAGE);

  // The address follows what is typed, a moment after the typing stops.
  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params);
      if (typed.trim()) next.set('q', typed); else next.delete('q');
      setParams(next, { replace: true });
      setLimit(PAGE);
    }, 250);
    return () => clearTimeout(timer);
  }, [typed, q, params, setParams]);

  const validCountry = /^[A-Za-z]{3}$/.test(country) ? country.toUpperCase() : '';
  const actors = useApi(
    () => api.get<ActorPage>('/api/actors', { q, country: validCountry, limit }),
    JSON.stringify([q, validCountry, limit]),
  );

  const setCountry = (value: string): void => {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set('country', value.trim().toUpperCase()); else next.delete('country');
    setParams(next, { replace: true });
    setLimit(PAGE);
  };

  return (
    <section className="actors-view">
      <h1>Actors</h1>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>Name or alias
          <input type="search" value={typed} placeholder="e.g. Stubb, Díaz-Canel" onChange={(e) => setTyped(e.target.value)} aria-label="Search actors" />
        </label>
        <label>Country (ISO3)
          <input className="actors-country" value={country} maxLength={3} placeholder="FIN" onChange={(e) => setCountry(e.target.value)} />
        </label>
      </form>
      {actors.error && <p className="error">Could not load the actors: {actors.error}</p>}
      {actors.data && actors.data.items.length === 0 && <p className="muted">No actor matches.</p>}
      {actors.data && actors.data.items.length > 0 && (
        <table className="actors-table">
          <thead>
            <tr><th>Actor</th><th>Country</th><th>Sector</th><th>Role</th><th className="actor-num">Events</th><th>Main partners</th></tr>
          </thead>
          <tbody>
            {actors.data.items.map((actor) => (
              <tr key={actor.id}>
                <td>
                  <Link to={`/actors/${actor.id}`}>{actor.name}</Link>
                  {actor.aliases.length > 0 && <div className="muted actors-aliases">{actor.aliases.slice(0, 3).join(' · ')}</div>}
                </td>
                <td>{actor.country ?? ''}</td>
                <td>{actor.sector ?? ''}</td>
                <td>{latestRole(actor)}</td>
                <td className="actor-num">{actor.events.total}</td>
                <td>
                  {actor.partners.slice(0, 3).map((partner, i) => (
                    <span key={partner.id}>{i > 0 && ', '}<Link to={`/actors/${partner.id}`}>{partner.name}</Link></span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {actors.data?.more && (
        <p><button type="button" onClick={() => setLimit((n) => n + PAGE)} disabled={actors.loading}>Show more</button></p>
      )}
    </section>
  );
}
