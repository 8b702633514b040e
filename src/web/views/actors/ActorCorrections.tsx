// An analyst's corrections from an actor's page: rename it (the old name stays an alias), or
// merge it into another actor found by name (its events, names and roles follow). Writes need
// the token saved in Settings; without it, or when the server refuses it, the panel says so.
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, savedToken } from '../../api';
import type { ActorDetail, ActorPage, ActorProfile } from './types';

export interface ActorCorrectionsProps {
  actor: ActorDetail;
  /** The actor as it reads after a rename. */
  onRenamed: (actor: ActorDetail) => void;
  /** The actor this one was merged into, as it reads now. */
  onMerged: (into: ActorDetail) => void;
}

type Outcome = { kind: 'done'; text: string } | { kind: 'auth'; status: number; text: string } | { kind: 'error'; text: string };

function failure(error: unknown): Outcome {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    return { kind: 'auth', status: error.status, text: error.message };
  }
  return { kind: 'error', text: error instanceof Error ? error.message : String(error) };
}

function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  if (outcome.kind === 'done') return <p className="actor-outcome" role="status">{outcome.text}</p>;
  if (outcome.kind === 'auth') {
    return (
      <p className="error actor-outcome" role="alert">
        The server refused the change ({outcome.status}: {outcome.text}). Enter the server's write token
        in <Link to="/settings">Settings</Link> and try again.
      </p>
    );
  }
  return <p className="error actor-outcome" role="alert">The change failed: {outcome.text}</p>;
}

export default function ActorCorrections({ actor, onRenamed, onMerged }: ActorCorrectionsProps) {
  const hasToken = savedToken() !== '';
  const [name, setName] = useState(actor.name);
  const [renaming, setRenaming] = useState(false);
  const [renameOutcome, setRenameOutcome] = useState<Outcome | null>(null);

  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ActorProfile[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [into, setInto] = useState<ActorProfile | null>(null);
  const [merging, setMerging] = useState(false);
  const [mergeOutcome, setMergeOutcome] = useState<Outcome | null>(null);

  const rename = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const next = name.trim();
    if (!next || next === actor.name) return;
    setRenaming(true);
    setRenameOutcome(null);
    try {
      const renamed = await api.post<ActorDetail>(`/api/actors/${actor.id}/rename`, { name: next });
      setRenameOutcome({ kind: 'done', text: `Renamed to “${renamed.name}”; “${actor.name}” stays an alias.` });
      onRenamed(renamed);
    } catch (error) {
      setRenameOutcome(failure(error));
    } finally {
      setRenaming(false);
    }
  };

  const search = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setSearching(true);
    setInto(null);
    setMergeOutcome(null);
    try {
      const page = await api.get<ActorPage>('/api/actors', { q: query, limit: 11 });
      setFound(page.items.filter((a) => a.id !== actor.id).slice(0, 10));
    } catch (error) {
      setMergeOutcome(failure(error));
    } finally {
      setSearching(false);
    }
  };

  const merge = async (): Promise<void> => {
    if (!into) return;
    setMerging(true);
    setMergeOutcome(null);
    try {
      const merged = await api.post<ActorDetail>(`/api/actors/${actor.id}/merge`, { into: into.id });
      onMerged(merged);
    } catch (error) {
      setMergeOutcome(failure(error));
    } finally {
      setMerging(false);
    }
  };

  return (
    <div className="card actor-corrections">
      <h2>Corrections</h2>
      {!hasToken && (
        <p className="actor-token-missing" role="note">
          No write token is saved in this browser, so the server will refuse these changes.
          Enter it once in <Link to="/settings">Settings</Link>.
        </p>
      )}
      <form className="actor-rename" onSubmit={(e) => void rename(e)}>
        <label htmlFor="actor-rename-name">Rename</label>
        <div className="actor-row">
          <input id="actor-rename-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={500} />
          <button type="submit" disabled={renaming || !name.trim() || name.trim() === actor.name}>{renaming ? 'Renaming…' : 'Rename'}</button>
        </div>
      </form>
      <OutcomeLine outcome={renameOutcome} />

      <form className="actor-merge-search" onSubmit={(e) => void search(e)}>
        <label htmlFor="actor-merge-query">Merge into another actor</label>
        <div className="actor-row">
          <input id="actor-merge-query" type="search" value={query} placeholder="find the actor that stays" onChange={(e) => setQuery(e.target.value)} />
          <button type="submit" disabled={searching}>{searching ? 'Searching…' : 'Find'}</button>
        </div>
      </form>
      {found && found.length === 0 && <p className="muted">No other actor matches.</p>}
      {found && found.length > 0 && (
        <ul className="actor-merge-candidates">
          {found.map((candidate) => (
            <li key={candidate.id}>
              <label>
                <input type="radio" name="merge-into" checked={into?.id === candidate.id} onChange={() => setInto(candidate)} />
                {' '}{candidate.name}
                <span className="muted"> {[candidate.country, candidate.sector].filter(Boolean).join(' · ')} · {candidate.events.total} events · #{candidate.id}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {into && (
        <div className="actor-merge-confirm">
          <p>Merge <strong>{actor.name}</strong> into <strong>{into.name}</strong>: its events, names and roles move to {into.name}, and {actor.name} stays as an alias.</p>
          <button type="button" className="primary" disabled={merging} onClick={() => void merge()}>{merging ? 'Merging…' : `Merge into ${into.name}`}</button>
        </div>
      )}
      <OutcomeLine outcome={mergeOutcome} />
    </div>
  );
}
