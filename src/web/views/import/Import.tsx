// Import: paste an article, give addresses, or drop files, and watch them go into the ledger
// one article at a time ("3 of 10"), each with what happened to it (added, unchanged,
// replaced, failed) and the events it was coded into. Writes need the token from Settings.
import { useEffect, useRef, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, api, savedToken } from '../../api';
import type { Page, StoredEvent } from '../../api';
import type { IngestResponse, IngestResult } from '../../../read-models';
import { FILE_EXTENSIONS, fileInputs, pastedInput, urlInputs } from './import-inputs';
import { withRateLimitRetries } from './rate-limit-retry';
import type { ImportInput, IngestBody } from './import-inputs';
import './import.css';

type ResultStatus = IngestResult['status'];

interface Job {
  key: number;
  label: string;
  body: IngestBody | null;
  state: 'waiting' | 'sending' | 'done' | 'error' | 'cancelled';
  error?: string;
  results?: IngestResult[];
  warnings?: string[];
  /** The events coded from the job's articles, read back from the ledger. */
  coded?: StoredEvent[];
}

type Source = 'paste' | 'web' | 'files';

const EVENTS_SHOWN = 12;


export default function Import() {
  const [token, setToken] = useState(savedToken);
  const [source, setSource] = useState<Source>('paste');
  const [jobs, setJobs] = useState<Job[]>([]);
  const [running, setRunning] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const jobsRef = useRef<Job[]>([]);
  const runningRef = useRef(false);
  const cancelRef = useRef(false);
  const nextKey = useRef(1);

  // A token saved in another tab counts here too.
  useEffect(() => {
    const onStorage = (): void => setToken(savedToken());
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  function update(key: number, change: Partial<Job>): void {
    jobsRef.current = jobsRef.current.map((job) => (job.key === key ? { ...job, ...change } : job));
    setJobs(jobsRef.current);
  }

  async function run(): Promise<void> {
    if (runningRef.current) return;
    runningRef.current = true;
    cancelRef.current = false;
    setRunning(true);
    try {
      for (;;) {
        const job = jobsRef.current.find((candidate) => candidate.state === 'waiting');
        if (!job || !job.body) break;
        if (cancelRef.current) {
          for (const waiting of jobsRef.current.filter((j) => j.state === 'waiting')) update(waiting.key, { state: 'cancelled' });
          break;
        }
        update(job.key, { state: 'sending' });
        try {
          const body = job.body;
          const reply = await withRateLimitRetries(
            () => api.post<IngestResponse>('/api/ingest', body),
            (seconds) => update(job.key, { error: `the server's write limit is reached: trying again in ${seconds} s` }),
          );
          update(job.key, { state: 'done', error: undefined, results: reply.results, warnings: reply.warnings });
          const stored = reply.results.filter((result) => result.documentId !== undefined && (result.events ?? 0) > 0);
          const coded: StoredEvent[] = [];
          for (const result of stored) {
            const page = await api.get<Page<StoredEvent>>('/api/events', { document: result.documentId, limit: EVENTS_SHOWN, sort: 'id' });
            coded.push(...page.items);
          }
          if (coded.length > 0) update(job.key, { coded });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          update(job.key, { state: 'error', error: message });
          // A refused token refuses every later request too: stop and say where to fix it.
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
            setRefused(message);
            cancelRef.current = true;
          }
        }
      }
    } finally {
      runningRef.current = false;
      setRunning(false);
    }
  }

  function enqueue(inputs: ImportInput[]): void {
    if (inputs.length === 0) return;
    setRefused(null);
    // A new batch after a finished one starts a new count.
    const previous = runningRef.current ? jobsRef.current : [];
    const added: Job[] = inputs.map((input) => ({
      key: nextKey.current++,
      label: input.label,
      body: 'body' in input ? input.body : null,
      state: 'body' in input ? 'waiting' : 'error',
      ...('error' in input && { error: input.error }),
    }));
    jobsRef.current = [...previous, ...added];
    setJobs(jobsRef.current);
    void run();
  }

  const canWrite = token !== '';
  return (
    <section className="import">
      <h1>Import</h1>
      {!canWrite ? (
        <p className="import-notice" role="alert" data-testid="no-token">
          Importing writes to the ledger, which needs the server's write token. <Link to="/settings">Enter it in Settings</Link> (once: this browser keeps it).
        </p>
      ) : null}
      {refused ? (
        <p className="import-notice error" role="alert">
          The server refused the request: {refused}. <Link to="/settings">Check the token in Settings</Link>.
        </p>
      ) : null}

      <div className="import-tabs" role="tablist">
        {([['paste', 'Paste text'], ['web', 'From the web'], ['files', 'Files']] as const).map(([value, label]) => (
          <button key={value} type="button" role="tab" aria-selected={source === value} className={source === value ? 'selected' : undefined} onClick={() => setSource(value)}>
            {label}
          </button>
        ))}
      </div>
      <div className="card import-source">
        {source === 'paste' ? <PasteForm disabled={!canWrite} onSubmit={(input) => enqueue([input])} /> : null}
        {source === 'web' ? <UrlForm disabled={!canWrite} onSubmit={enqueue} /> : null}
        {source === 'files' ? <FileDrop disabled={!canWrite} onFiles={async (files) => enqueue((await Promise.all(files.map(fileInputs))).flat())} /> : null}
      </div>

      {jobs.length > 0 ? <Progress jobs={jobs} running={running} onCancel={() => { cancelRef.current = true; }} /> : null}
    </section>
  );
}

function PasteForm({ disabled, onSubmit }: { disabled: boolean; onSubmit: (input: ImportInput) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  function submit(event: FormEvent): void {
    event.preventDefault();
    if (!text.trim()) return;
    onSubmit(pastedInput({ text, title, date, url }));
    setText('');
    setTitle('');
    setUrl('');
  }
  return (
    <form className="paste-form" onSubmit={submit}>
      <label className="wide">
        Article text
        <textarea name="text" rows={9} value={text} onChange={(event) => setText(event.target.value)} placeholder="Paste the article's text here." />
      </label>
      <div className="filters">
        <label>Title (optional)<input name="title" value={title} onChange={(event) => setTitle(event.target.value)} size={40} /></label>
        <label>Date (optional)<input name="date" type="date" value={date} onChange={(event) => setDate(event.target.value)} /></label>
        <label>Address (optional)<input name="url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} size={40} placeholder="https://…" /></label>
      </div>
      <p className="muted small">Without a date, dates in the text ("on Monday") cannot be placed; the same text sent twice is stored once.</p>
      <button type="submit" className="primary" disabled={disabled || !text.trim()}>Import the article</button>
    </form>
  );
}

function UrlForm({ disabled, onSubmit }: { disabled: boolean; onSubmit: (inputs: ImportInput[]) => void }) {
  const [text, setText] = useState('');
  function submit(event: FormEvent): void {
    event.preventDefault();
    const inputs = urlInputs(text);
    if (inputs.length === 0) return;
    onSubmit(inputs);
    setText('');
  }
  return (
    <form className="paste-form" onSubmit={submit}>
      <label className="wide">
        Addresses of articles or RSS/Atom feeds, one a line
        <textarea name="urls" rows={4} value={text} onChange={(event) => setText(event.target.value)} placeholder="https://…" />
      </label>
      <p className="muted small">The server fetches each address (15 s timeout, two retries); a feed brings in every item's article.</p>
      <button type="submit" className="primary" disabled={disabled || !text.trim()}>Fetch and import</button>
    </form>
  );
}

function FileDrop({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => Promise<void> }) {
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  async function take(list: FileList | null): Promise<void> {
    const files = list ? Array.from(list) : [];
    if (disabled || files.length === 0) return;
    setReading(true);
    try { await onFiles(files); } finally { setReading(false); }
  }
  function onDrop(event: DragEvent): void {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files);
  }
  return (
    <div
      className={`drop-zone${over ? ' over' : ''}${disabled ? ' disabled' : ''}`} data-testid="drop-zone"
      onDragOver={(event) => { event.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>Drop files here, or <label className="file-choose">choose files<input type="file" multiple accept={FILE_EXTENSIONS.join(',')} disabled={disabled} onChange={(event) => { void take(event.target.files); event.target.value = ''; }} /></label>.</p>
      <p className="muted small">
        .txt (an optional first line "date YYYY-MM-DD" gives the date), .html (the page's main text, title and date),
        .jsonl (one article a line: {'{"id", "text", "date", "url", "title"}'}). Up to 5 MB an article.
      </p>
      {reading ? <p className="muted">Reading the files…</p> : null}
    </div>
  );
}

const STATUS_LABELS: Record<ResultStatus | Job['state'], string> = {
  added: 'added', replaced: 'replaced', unchanged: 'unchanged', failed: 'failed',
  waiting: 'waiting', sending: 'coding…', done: 'done', error: 'error', cancelled: 'not sent',
};

function Progress({ jobs, running, onCancel }: { jobs: Job[]; running: boolean; onCancel: () => void }) {
  const finished = jobs.filter((job) => job.state !== 'waiting' && job.state !== 'sending').length;
  const results = jobs.flatMap((job) => job.results ?? []);
  const count = (status: ResultStatus): number => results.filter((result) => result.status === status).length;
  const failed = count('failed') + jobs.filter((job) => job.state === 'error').length;
  const events = results.reduce((sum, result) => sum + (result.events ?? 0), 0);
  const current = jobs.find((job) => job.state === 'sending');
  return (
    <div className="card import-progress">
      <div className="progress-head">
        <strong data-testid="import-progress">{running ? `Importing ${Math.min(finished + 1, jobs.length)} of ${jobs.length}` : `Done: ${finished} of ${jobs.length}`}</strong>
        <progress max={jobs.length} value={finished} aria-label="Import progress" />
        {running ? <button type="button" onClick={onCancel}>Stop after this one</button> : null}
      </div>
      {current ? <p className="muted small">Coding {current.label}…</p> : null}
      <p data-testid="import-summary">
        {count('added')} added, {count('replaced')} replaced, {count('unchanged')} unchanged, {failed} failed; <strong>{events} {events === 1 ? 'event' : 'events'} coded</strong>.
      </p>
      <ol className="import-jobs">
        {jobs.map((job) => <JobRow key={job.key} job={job} />)}
      </ol>
    </div>
  );
}

function JobRow({ job }: { job: Job }) {
  const results = job.results ?? [];
  const single = results.length === 1 ? results[0] : undefined;
  const state = single ? single.status : job.state;
  const events = results.reduce((sum, result) => sum + (result.events ?? 0), 0);
  return (
    <li className="import-job" data-state={state}>
      <div className="job-line">
        <span className={`job-status status-${state}`}>{STATUS_LABELS[state]}</span>
        <span className="job-label">{job.label}</span>
        {job.state === 'done' ? <span className="job-events">{events} {events === 1 ? 'event' : 'events'}</span> : null}
      </div>
      {job.error ? <p className="error small">{job.error}</p> : null}
      {single?.error ? <p className="error small">{single.error}</p> : null}
      {results.length > 1 ? (
        <ul className="job-results">
          {results.map((result, index) => (
            <li key={index}>
              <span className={`job-status status-${result.status}`}>{result.status}</span> {result.input}
              {result.events ? ` — ${result.events} events` : ''}{result.error ? <span className="error"> — {result.error}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {job.warnings && job.warnings.length > 0 ? <ul className="muted small">{job.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul> : null}
      {job.coded && job.coded.length > 0 ? (
        <ul className="job-coded">
          {job.coded.map((event) => (
            <li key={event.id}>
              <Link to={`/events/${event.id}`}>
                <span className="coded-date">{event.date ?? 'undated'}</span>{' '}
                {actorText(event.source)} <span className="coded-plover">{event.plover}</span> {event.target ? actorText(event.target) : '—'}
              </Link>
            </li>
          ))}
          {events > job.coded.length ? <li className="muted">… and {events - job.coded.length} more</li> : null}
        </ul>
      ) : null}
    </li>
  );
}

function actorText(actor: StoredEvent['source']): string {
  const name = actor.name ?? actor.country ?? actor.text;
  return actor.name && actor.country ? `${name} (${actor.country})` : name;
}
