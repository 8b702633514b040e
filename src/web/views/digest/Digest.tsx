// The digest: pick a target, a PLOVER category and a period, read the brief the server writes
// (GET /api/digest?format=markdown, shown through a small Markdown → React renderer: text
// stays text), and copy it as Markdown. The choice lives in the address, so a brief is a link.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, queryString } from '../../api';
import { useApi } from '../../use-api';
import { MarkdownView } from './markdown';
import TargetPicker from './TargetPicker';
import './digest.css';

/** PLOVER 2021's sixteen event categories (src/ledger/corrections.ts), cooperation to conflict. */
export const PLOVER_CATEGORIES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

interface DigestChoice {
  target: string;
  category: string;
  since: string;
  until: string;
}

interface Brief {
  markdown: string;
  /** Events read when the server stopped early (the brief is partial), else null. */
  truncatedAt: number | null;
}

const FIELDS: (keyof DigestChoice)[] = ['target', 'category', 'since', 'until'];

function choiceOf(params: URLSearchParams): DigestChoice {
  return { target: params.get('target') ?? '', category: params.get('category') ?? '', since: params.get('since') ?? '', until: params.get('until') ?? '' };
}

async function loadBrief(choice: DigestChoice): Promise<Brief> {
  const response = await fetch(`/api/digest${queryString({ ...choice, format: 'markdown' })}`, { headers: { accept: 'text/markdown, application/json' } });
  const text = await response.text();
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try { message = (JSON.parse(text) as { message?: string }).message ?? message; } catch { /* not JSON: keep the status */ }
    throw new ApiError(response.status, message);
  }
  const truncated = response.headers.get('x-attache-digest-truncated');
  return { markdown: text, truncatedAt: truncated ? Number(truncated) : null };
}

export default function Digest() {
  const [params, setParams] = useSearchParams();
  const applied = choiceOf(params);
  const requested = params.toString() !== '';
  const [target, setTarget] = useState(applied.target);
  const [category, setCategory] = useState(applied.category);
  const [since, setSince] = useState(applied.since);
  const [until, setUntil] = useState(applied.until);

  // The form follows the address (a link from elsewhere, the browser's back button).
  useEffect(() => {
    setCategory(applied.category);
    setSince(applied.since);
    setUntil(applied.until);
    setTarget(applied.target);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.toString()]);

  const brief = useApi<Brief | null>(() => (requested ? loadBrief(applied) : Promise.resolve(null)), params.toString());

  function onGenerate(event: FormEvent): void {
    event.preventDefault();
    const next = new URLSearchParams();
    const chosen: DigestChoice = { target, category, since, until };
    for (const field of FIELDS) if (chosen[field]) next.set(field, chosen[field]);
    // With nothing chosen, the brief covers the whole ledger: say so in the address.
    if (next.toString() === '') next.set('scope', 'all');
    if (next.toString() === params.toString()) brief.reload();
    else setParams(next);
  }

  return (
    <section className="digest">
      <h1>Digest</h1>
      <form className="filters digest-form" onSubmit={onGenerate}>
        <label className="digest-target-label">
          Target
          <TargetPicker value={target} onChange={setTarget} />
        </label>
        <label>
          Category
          <select name="category" value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="">any category</option>
            {PLOVER_CATEGORIES.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </label>
        <label>
          Since
          <input type="date" name="since" value={since} onChange={(event) => setSince(event.target.value)} />
        </label>
        <label>
          Until
          <input type="date" name="until" value={until} onChange={(event) => setUntil(event.target.value)} />
        </label>
        <button type="submit" className="primary">Generate brief</button>
      </form>

      {!requested ? (
        <p className="muted">Choose who the events were done to, what kind of events and when, then generate the brief. Leave a field empty for any.</p>
      ) : brief.error ? (
        <p className="error" role="alert">The brief could not be made: {brief.error}</p>
      ) : brief.loading && !brief.data ? (
        <p className="muted">Writing the brief…</p>
      ) : brief.data ? (
        <BriefView brief={brief.data} stale={brief.loading} />
      ) : null}
    </section>
  );
}

type CopyState = 'idle' | 'copied' | 'fallback-copied' | 'select';

function BriefView({ brief, stale }: { brief: Brief; stale: boolean }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [showSource, setShowSource] = useState(false);
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => { setCopy('idle'); }, [brief.markdown]);

  // Without the asynchronous clipboard (an insecure origin, a refused permission): the Markdown
  // in a selected text area, copied the old way if the browser still allows it, else by hand.
  useEffect(() => {
    if (copy !== 'select' || !fallback.current) return;
    fallback.current.focus();
    fallback.current.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch { copied = false; }
    if (copied) setCopy('fallback-copied');
  }, [copy]);

  async function onCopy(): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(brief.markdown);
      setCopy('copied');
    } catch {
      setCopy('select');
    }
  }

  const empty = !/^## /m.test(brief.markdown);
  return (
    <div className={`card brief${stale ? ' stale' : ''}`}>
      <div className="brief-actions">
        <button type="button" className="primary" onClick={() => void onCopy()}>Copy as Markdown</button>
        <button type="button" aria-pressed={showSource} onClick={() => setShowSource((shown) => !shown)}>
          {showSource ? 'Show the brief' : 'Show the Markdown'}
        </button>
        <span className="copy-status" role="status">
          {copy === 'copied' || copy === 'fallback-copied' ? 'Copied to the clipboard.' : copy === 'select' ? 'The clipboard is not available here: the Markdown is selected below, press Ctrl+C (⌘C) to copy it.' : ''}
        </span>
      </div>
      {copy === 'select' || copy === 'fallback-copied' ? (
        <textarea ref={fallback} className="brief-copy" readOnly value={brief.markdown} aria-label="The brief as Markdown" rows={8} />
      ) : null}
      {brief.truncatedAt !== null ? (
        <p className="muted">Only the first {brief.truncatedAt.toLocaleString('en')} matching events were read: narrow the period or category for a complete brief.</p>
      ) : null}
      {showSource ? (
        <pre className="brief-source" data-testid="brief-markdown">{brief.markdown}</pre>
      ) : (
        <article className="brief-text" data-testid="brief">
          <MarkdownView markdown={brief.markdown} />
          {empty ? <p className="muted">No event matches this choice.</p> : null}
        </article>
      )}
    </div>
  );
}
