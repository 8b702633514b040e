// Settings: the write token, entered once and kept in this browser (localStorage), checked
// against the server; and which ledger the server uses, with what it holds.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, api, savedToken, saveToken } from '../../api';
import { useApi } from '../../use-api';
import './settings.css';

interface Health {
  status: 'ok';
  ledger: 'pglite' | 'postgres';
}

interface Stats {
  documents: number;
  events: number;
  rejectedEvents: number;
  actors: number;
  clusters: number;
}

export type TokenCheck =
  | { state: 'unchecked' | 'checking' }
  | { state: 'accepted' | 'refused' | 'disabled' | 'unknown'; message: string };

/**
 * Asks the server whether it takes the saved token, without writing anything: an empty
 * ingest request is refused with 401 (wrong token) or 403 (writes disabled) before its body
 * is read, and with 400 ("nothing to ingest") once the token has been accepted.
 */
export async function checkToken(): Promise<TokenCheck> {
  try {
    await api.post('/api/ingest', {});
    return { state: 'unknown', message: 'the server answered an empty request without complaint' };
  } catch (error) {
    if (!(error instanceof ApiError)) return { state: 'unknown', message: `the server could not be reached: ${String(error)}` };
    if (error.status === 400) return { state: 'accepted', message: 'the server accepts this token: writes (corrections, import) will go through' };
    if (error.status === 401) return { state: 'refused', message: `the server refuses this token (${error.message})` };
    if (error.status === 403) return { state: 'disabled', message: error.message };
    return { state: 'unknown', message: `unexpected answer ${error.status}: ${error.message}` };
  }
}

/** "••••••••3f9a": enough to recognise a token, not enough to read it off a screen. */
export function maskToken(token: string): string {
  const shown = token.length >= 12 ? token.slice(-4) : '';
  return `${'•'.repeat(Math.min(12, Math.max(4, token.length - shown.length)))}${shown}`;
}

const LEDGER_NAMES: Record<Health['ledger'], string> = {
  pglite: 'embedded PostgreSQL (PGlite)',
  postgres: 'a PostgreSQL server (DATABASE_URL)',
};

export default function Settings() {
  const [token, setToken] = useState(savedToken);
  const [draft, setDraft] = useState('');
  const [check, setCheck] = useState<TokenCheck>({ state: 'unchecked' });
  const health = useApi(() => api.get<Health>('/healthz'), 'healthz');
  const stats = useApi(() => api.get<Stats>('/api/stats'), 'stats');

  async function runCheck(): Promise<void> {
    setCheck({ state: 'checking' });
    setCheck(await checkToken());
  }

  // A token saved earlier is checked when the page opens.
  useEffect(() => {
    if (savedToken()) void runCheck();
  }, []);

  function onSave(event: FormEvent): void {
    event.preventDefault();
    const value = draft.trim();
    if (!value) return;
    saveToken(value);
    setToken(value);
    setDraft('');
    void runCheck();
  }

  function onClear(): void {
    saveToken('');
    setToken('');
    setCheck({ state: 'unchecked' });
  }

  return (
    <section className="settings">
      <h1>Settings</h1>

      <div className="card settings-block">
        <h2>Write token</h2>
        <p className="muted">
          Reading the ledger needs nothing. Writing to it (corrections, import) needs the token the server
          was started with (<code>ATTACHE_TOKEN</code>). It is entered once and kept in this browser only.
        </p>
        {token ? (
          <div className="token-saved">
            <span>Saved token: <code data-testid="masked-token">{maskToken(token)}</code></span>
            <button type="button" onClick={() => void runCheck()} disabled={check.state === 'checking'}>Check again</button>
            <button type="button" onClick={onClear}>Clear</button>
          </div>
        ) : (
          <p data-testid="no-token">No token saved: the explorer can read, not write.</p>
        )}
        <TokenStatus check={check} />
        <form className="token-form" onSubmit={onSave}>
          <label>
            {token ? 'Replace with' : 'Token'}
            <input
              type="password" name="token" autoComplete="off" spellCheck={false} value={draft}
              placeholder="the server's ATTACHE_TOKEN" onChange={(event) => setDraft(event.target.value)}
            />
          </label>
          <button type="submit" className="primary" disabled={!draft.trim()}>Save token</button>
        </form>
      </div>

      <div className="card settings-block">
        <h2>Server</h2>
        {health.error ? <p className="error">The server does not answer: {health.error}</p> : null}
        {health.data ? (
          <p data-testid="ledger-kind">Ledger: <strong>{LEDGER_NAMES[health.data.ledger] ?? health.data.ledger}</strong> — reachable.</p>
        ) : health.loading ? <p className="muted">Asking the server…</p> : null}
        {stats.error ? <p className="error">{stats.error}</p> : null}
        {stats.data ? (
          <dl className="ledger-counts" data-testid="ledger-counts">
            <div><dt>Articles</dt><dd>{stats.data.documents.toLocaleString('en')}</dd></div>
            <div><dt>Events</dt><dd>{stats.data.events.toLocaleString('en')}</dd></div>
            <div><dt>Rejected events</dt><dd>{stats.data.rejectedEvents.toLocaleString('en')}</dd></div>
            <div><dt>Actors</dt><dd>{stats.data.actors.toLocaleString('en')}</dd></div>
            <div><dt>Clusters</dt><dd>{stats.data.clusters.toLocaleString('en')}</dd></div>
          </dl>
        ) : null}
        <button type="button" onClick={() => { health.reload(); stats.reload(); }}>Refresh</button>
      </div>
    </section>
  );
}

function TokenStatus({ check }: { check: TokenCheck }) {
  if (check.state === 'unchecked') return null;
  if (!('message' in check)) return <p className="muted" data-testid="token-status">Checking the token with the server…</p>;
  const className = check.state === 'accepted' ? 'token-ok' : check.state === 'unknown' ? 'muted' : 'error';
  return <p className={className} data-testid="token-status" data-state={check.state}>{capitalise(check.message)}.</p>;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
