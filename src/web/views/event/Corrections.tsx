// An analyst's corrections of one event (POST /api/events/:id/corrections, behind the token):
// reject or restore it, change its category, fix its source or target. The parent reloads the
// event after each, so the page shows the change at once; the ledger keeps it.
import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError, savedToken, type StoredEvent } from '../../api';
import ActorSearch, { actorLabel } from './ActorSearch';
import type { ActorHit } from './types';

/** PLOVER 2021's sixteen categories (PLOVER_CATEGORIES of src/ledger/corrections.ts). */
export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

type Correction =
  | { kind: 'reject' }
  | { kind: 'restore' }
  | { kind: 'category'; plover: string }
  | { kind: 'source'; actorId: number }
  | { kind: 'target'; actorId: number | null };

interface Props {
  event: StoredEvent;
  /** Called with the event as corrected (the server's answer) once a correction is stored. */
  onCorrected: (event: StoredEvent) => void;
}

type Outcome =
  | { kind: 'done'; message: string }
  | { kind: 'auth'; status: number; message: string }
  | { kind: 'error'; message: string };

function describe(correction: Correction, picked: ActorHit | null): string {
  switch (correction.kind) {
    case 'reject': return 'Event rejected.';
    case 'restore': return 'Event restored.';
    case 'category': return `Category changed to ${correction.plover}.`;
    case 'source': return `Source set to ${picked ? actorLabel(picked) : `actor #${correction.actorId}`}.`;
    case 'target': return correction.actorId === null ? 'Target removed.' : `Target set to ${picked ? actorLabel(picked) : `actor #${correction.actorId}`}.`;
  }
}

export default function Corrections({ event, onCorrected }: Props) {
  const [plover, setPlover] = useState<string>(event.plover);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const hasToken = savedToken() !== '';

  async function apply(correction: Correction, picked: ActorHit | null = null): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      const body = { ...correction, ...(note.trim() && { note: note.trim() }) };
      const corrected = await api.post<StoredEvent>(`/api/events/${event.id}/corrections`, body);
      setOutcome({ kind: 'done', message: describe(correction, picked) });
      setNote('');
      onCorrected(corrected);
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 401 || failure.status === 403)) {
        setOutcome({ kind: 'auth', status: failure.status, message: failure.message });
      } else {
        setOutcome({ kind: 'error', message: failure instanceof Error ? failure.message : String(failure) });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card event-corrections" aria-labelledby="corrections-title">
      <h2 id="corrections-title">Corrections</h2>
      {!hasToken && (
        <p className="event-notice" role="note">
          No write token is saved in this browser: the server refuses corrections without it.
          Enter it once in <Link to="/settings">Settings</Link>.
        </p>
      )}
      {outcome?.kind === 'auth' && (
        <p className="event-notice error" role="alert">
          {outcome.status === 401
            ? 'The server did not accept the token (401): '
            : 'The server refuses writes (403): '}
          {outcome.message}. Check the token in <Link to="/settings">Settings</Link>.
        </p>
      )}
      {outcome?.kind === 'error' && <p className="error" role="alert">The correction failed: {outcome.message}</p>}
      {outcome?.kind === 'done' && <p className="event-saved" role="status">{outcome.message} Saved in the ledger.</p>}

      <div className="event-correction-rows">
        <div className="event-correction-row">
          <span className="event-correction-label">Status</span>
          {event.rejected
            ? <button type="button" disabled={busy} onClick={() => void apply({ kind: 'restore' })}>Restore event</button>
            : <button type="button" className="danger" disabled={busy} onClick={() => void apply({ kind: 'reject' })}>Reject event</button>}
          <span className="muted">{event.rejected ? 'rejected: left out of lists, counts and clusters' : 'accepted'}</span>
        </div>

        <div className="event-correction-row">
          <label className="event-correction-label" htmlFor="correction-category">Category</label>
          <select id="correction-category" value={plover} disabled={busy} onChange={(e) => setPlover(e.target.value)}>
            {PLOVER_CATEGORIES.map((category) => <option key={category} value={category}>{category}</option>)}
          </select>
          <button
            type="button"
            className="primary"
            disabled={busy || plover === event.plover}
            onClick={() => void apply({ kind: 'category', plover })}
          >Change category</button>
        </div>

        <div className="event-correction-row">
          <span className="event-correction-label">Source</span>
          <span className="event-current-actor">now {actorLabel({ name: event.source.name ?? event.source.text, country: event.source.country, sector: event.source.sector })}</span>
          <ActorSearch label="source" disabled={busy} onPick={(actor) => void apply({ kind: 'source', actorId: actor.id }, actor)} />
        </div>

        <div className="event-correction-row">
          <span className="event-correction-label">Target</span>
          <span className="event-current-actor">
            now {event.target ? actorLabel({ name: event.target.name ?? event.target.text, country: event.target.country, sector: event.target.sector }) : 'none'}
          </span>
          <ActorSearch label="target" disabled={busy} onPick={(actor) => void apply({ kind: 'target', actorId: actor.id }, actor)} />
          {event.target && <button type="button" disabled={busy} onClick={() => void apply({ kind: 'target', actorId: null })}>No target</button>}
        </div>

        <div className="event-correction-row">
          <label className="event-correction-label" htmlFor="correction-note">Note</label>
          <input id="correction-note" type="text" maxLength={2000} placeholder="why (optional, kept with the correction)" value={note} disabled={busy} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
    </section>
  );
}
