// Picks the digest's target: a search over the ledger's actors (GET /api/actors?q=), busiest
// first, as a combobox; or no target at all (every event of the category and period). The
// target is the actor's name, as `attache digest --target NAME` takes it: the brief's title
// says it, and the address stays readable.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { api } from '../../api';

export interface ActorChoice {
  id: number;
  name: string;
  country: string | null;
  kind: 'named' | 'country';
  events: { total: number };
}

interface ActorsPage {
  items: ActorChoice[];
  more: boolean;
}

export function actorLabel(actor: Pick<ActorChoice, 'name' | 'country' | 'kind'>): string {
  return actor.kind === 'named' && actor.country ? `${actor.name} (${actor.country})` : actor.name;
}

export default function TargetPicker({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ActorChoice[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const blurTimer = useRef<number | undefined>(undefined);

  // Asks for matches a moment after typing stops; a late answer for an older query is dropped.
  useEffect(() => {
    if (!open) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      api.get<ActorsPage>('/api/actors', { q: query.trim(), limit: 12 }).then(
        (page) => { if (current) { setOptions(page.items); setActive(0); setError(null); } },
        (failure: unknown) => { if (current) setError(failure instanceof Error ? failure.message : String(failure)); },
      );
    }, 150);
    return () => { current = false; window.clearTimeout(timer); };
  }, [query, open]);

  function choose(actor: ActorChoice): void {
    onChange(actor.name);
    setQuery('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') { event.preventDefault(); setOpen(true); setActive((n) => Math.min(n + 1, options.length - 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); setActive((n) => Math.max(n - 1, 0)); }
    else if (event.key === 'Enter' && open && options[active]) { event.preventDefault(); choose(options[active]); }
    else if (event.key === 'Escape') setOpen(false);
  }

  return (
    <div className="target-picker">
      {value ? (
        <div className="target-chosen" data-testid="digest-target">
          <span>{value}</span>
          <button type="button" aria-label="Any target" title="Any target" onClick={() => onChange('')}>×</button>
        </div>
      ) : null}
      <input
        type="search" role="combobox" aria-expanded={open} aria-controls={listId} aria-autocomplete="list"
        aria-label="Search a target actor" placeholder={value ? 'another target…' : 'any target — type a name'}
        value={query}
        onChange={(event) => { setQuery(event.target.value); setOpen(true); }}
        onFocus={() => { window.clearTimeout(blurTimer.current); setOpen(true); }}
        onBlur={() => { blurTimer.current = window.setTimeout(() => setOpen(false), 150); }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul className="target-options" id={listId} role="listbox">
          {error ? <li className="error">{error}</li> : null}
          {!error && options.length === 0 ? <li className="muted">No actor matches.</li> : null}
          {options.map((actor, index) => (
            <li
              key={actor.id} role="option" aria-selected={index === active} className={index === active ? 'active' : undefined}
              onMouseDown={(event) => { event.preventDefault(); choose(actor); }}
            >
              <span>{actorLabel(actor)}</span>
              <span className="muted">{actor.events.total} events</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
