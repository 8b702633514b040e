// Finds an actor by any part of its name or aliases (GET /api/actors?q=), busiest first, and
// hands the one picked to the caller.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { ActorHit } from './types';

interface Props {
  /** Names the search box for screen readers and tests ("source", "target"). */
  label: string;
  onPick: (actor: ActorHit) => void;
  disabled?: boolean;
}

const LIMIT = 8;

export function actorLabel(actor: { name: string; country: string | null; sector?: string | null }): string {
  const tags = [actor.country, actor.sector].filter(Boolean).join(', ');
  return tags ? `${actor.name} (${tags})` : actor.name;
}

export default function ActorSearch({ label, onPick, disabled }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ActorHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) { setHits([]); setError(null); return; }
    let current = true;
    // A short pause so that typing a name asks once, not once a letter.
    const timer = setTimeout(() => {
      setSearching(true);
      api.get<{ items: ActorHit[] }>('/api/actors', { q, limit: LIMIT }).then(
        (page) => { if (current) { setHits(page.items); setError(null); setSearching(false); } },
        (failure: unknown) => { if (current) { setHits([]); setError(failure instanceof Error ? failure.message : String(failure)); setSearching(false); } },
      );
    }, 200);
    return () => { current = false; clearTimeout(timer); };
  }, [query]);

  return (
    <div className="actor-search">
      <input
        type="search"
        aria-label={`Search an actor for the ${label}`}
        placeholder="name, alias…"
        value={query}
        disabled={disabled}
        onChange={(e) => setQuery(e.target.value)}
      />
      {error && <p className="error">{error}</p>}
      {query.trim().length >= 2 && !searching && !error && hits.length === 0 && <p className="muted">No actor matches.</p>}
      {hits.length > 0 && (
        <ul className="actor-hits" aria-label={`Actors for the ${label}`}>
          {hits.map((actor) => (
            <li key={actor.id}>
              <button type="button" disabled={disabled} onClick={() => { onPick(actor); setQuery(''); setHits([]); }}>
                {actorLabel(actor)}
              </button>
              <span className="muted"> #{actor.id} · {actor.events.total} events</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
