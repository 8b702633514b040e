// The events table: filters, sorting and paging all in the URL and all done by the server
// (GET /api/events), one page of rows at a time. A row opens the event's page. Article text
// (evidence sentences, names, outlets) is only ever a React text node.
import { useEffect, useState, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, type Page, type StoredEvent } from '../../api';
import { useApi } from '../../use-api';
import { actorDetails, actorName, CHANNELS, outletOf, PLOVER_CATEGORIES, QUADS, quadColour, quadLabel } from './event-format';
import {
  FILTER_KEYS, LIMITS, nextSort, pageInfo, readQuery, writeQuery, type FilterKey, type Sort, type TableQuery,
} from './events-query';
import './events.css';

export default function Events() {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const key = writeQuery(query).toString();
  const loaded = useApi(
    () => api.get<Page<StoredEvent>>('/api/events', { ...query.filter, sort: query.sort, limit: query.limit, offset: query.offset }),
    key,
  );

  // For the browser test's timing: when a page of rows first shows.
  useEffect(() => {
    if (loaded.data && !loaded.loading) performance.mark('events-ready');
  }, [loaded.data, loaded.loading]);

  const go = (next: TableQuery): void => setParams(writeQuery(next));
  const filterKey = FILTER_KEYS.map((k) => query.filter[k] ?? '').join('\u0000');

  return (
    <section className="events-view">
      <h1>Events</h1>
      {/* Remounted when the URL's filters change, so the form always shows what the table shows. */}
      <EventFilters key={filterKey} filter={query.filter} onApply={(filter) => go({ ...query, filter, offset: 0 })} />
      {loaded.error !== null && <p className="error" role="alert">Could not load events: {loaded.error}</p>}
      {loaded.data && (
        <EventTable
          page={loaded.data}
          sort={query.sort}
          busy={loaded.loading}
          onSort={(sort) => go({ ...query, sort, offset: 0 })}
          onPage={(offset) => go({ ...query, offset })}
          onLimit={(limit) => go({ ...query, limit, offset: 0 })}
        />
      )}
      {!loaded.data && loaded.loading && <p className="muted">Loading events…</p>}
    </section>
  );
}

const TEXT_FILTERS: readonly { key: FilterKey; label: string; placeholder: string; size: number }[] = [
  { key: 'text', label: 'Text', placeholder: 'words in the evidence', size: 18 },
  { key: 'actor', label: 'Actor', placeholder: 'name or id', size: 14 },
  { key: 'country', label: 'Country', placeholder: 'ISO3, e.g. FIN', size: 8 },
  { key: 'dyad', label: 'Dyad', placeholder: 'A,B', size: 9 },
  { key: 'since', label: 'From', placeholder: 'YYYY-MM-DD', size: 10 },
  { key: 'until', label: 'To', placeholder: 'YYYY-MM-DD', size: 10 },
];

const CHOICE_FILTERS: readonly { key: FilterKey; label: string; options: readonly { value: string; label: string }[] }[] = [
  { key: 'category', label: 'Category', options: PLOVER_CATEGORIES.map((c) => ({ value: c, label: c })) },
  { key: 'channel', label: 'Channel', options: CHANNELS.map((c) => ({ value: c, label: c })) },
  { key: 'quad', label: 'Quad class', options: QUADS.map((q) => ({ value: q.quad, label: q.label })) },
];

/** Filters the URL holds but the form has no field for (source, target, cluster, document). */
const HIDDEN_FILTERS: readonly FilterKey[] = ['source', 'target', 'cluster', 'document'];

function EventFilters({ filter, onApply }: {
  filter: Partial<Record<FilterKey, string>>;
  onApply: (filter: Partial<Record<FilterKey, string>>) => void;
}) {
  const [draft, setDraft] = useState(filter);
  const set = (key: FilterKey, value: string): Partial<Record<FilterKey, string>> => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    return next;
  };
  /** The draft as the URL will hold it: blanks dropped, values trimmed, country codes in capitals. */
  const apply = (values: Partial<Record<FilterKey, string>>): void => {
    const clean: Partial<Record<FilterKey, string>> = {};
    for (const key of FILTER_KEYS) {
      const value = values[key]?.trim();
      if (value) clean[key] = key === 'country' ? value.toUpperCase() : value;
    }
    onApply(clean);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    apply(draft);
  };
  const hidden = HIDDEN_FILTERS.filter((key) => filter[key] !== undefined);
  const any = FILTER_KEYS.some((key) => filter[key] !== undefined);
  return (
    <form className="filters event-filters" onSubmit={submit} aria-label="Event filters">
      {TEXT_FILTERS.map(({ key, label, placeholder, size }) => (
        <label key={key}>
          {label}
          <input name={key} value={draft[key] ?? ''} placeholder={placeholder} size={size}
            onChange={(e) => set(key, e.target.value)} />
        </label>
      ))}
      {CHOICE_FILTERS.map(({ key, label, options }) => {
        const value = draft[key] ?? '';
        // A list from a link ("ACCUSE,REJECT") is kept as one more choice.
        const extra = value && !options.some((o) => o.value === value) ? [{ value, label: value }] : [];
        return (
          <label key={key}>
            {label}
            {/* A choice applies at once: there is nothing more to type. */}
            <select name={key} value={value} onChange={(e) => apply(set(key, e.target.value))}>
              <option value="">any</option>
              {[...options, ...extra].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </label>
        );
      })}
      <button type="submit" className="primary">Apply</button>
      {any && <button type="button" onClick={() => onApply({})}>Clear</button>}
      {hidden.length > 0 && (
        <span className="hidden-filters muted">
          also: {hidden.map((key) => `${key} ${filter[key] ?? ''}`).join(', ')}
          <button type="button" className="link-button" onClick={() => {
            const next = { ...filter };
            for (const key of hidden) delete next[key];
            onApply(next);
          }}>remove</button>
        </span>
      )}
    </form>
  );
}

const SORTABLE: readonly { column: 'date' | 'category' | 'confidence'; label: string; sorts: readonly Sort[] }[] = [
  { column: 'date', label: 'Date', sorts: ['date', '-date'] },
  { column: 'category', label: 'Category', sorts: ['category'] },
  { column: 'confidence', label: 'Conf.', sorts: ['confidence', '-confidence'] },
];

function SortHeader({ column, sort, onSort }: { column: (typeof SORTABLE)[number]; sort: Sort; onSort: (sort: Sort) => void }) {
  const active = column.sorts.includes(sort);
  const descending = sort.startsWith('-');
  const ariaSort = !active ? 'none' : column.column === 'category' ? 'ascending' : descending ? 'descending' : 'ascending';
  return (
    <th aria-sort={ariaSort} className={`sortable ${column.column}`}>
      <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column.column))}>
        {column.label}{active ? (ariaSort === 'descending' ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
}

function EventTable({ page, sort, busy, onSort, onPage, onLimit }: {
  page: Page<StoredEvent>;
  sort: Sort;
  busy: boolean;
  onSort: (sort: Sort) => void;
  onPage: (offset: number) => void;
  onLimit: (limit: number) => void;
}) {
  const navigate = useNavigate();
  const info = pageInfo(page.total, page.limit, page.offset, page.items.length);
  const [date, category, confidence] = SORTABLE as [typeof SORTABLE[0], typeof SORTABLE[0], typeof SORTABLE[0]];
  const open = (id: number) => (event: MouseEvent | KeyboardEvent): void => {
    if ('key' in event && event.key !== 'Enter') return;
    // Links inside the row (the actors) go where they say.
    if ((event.target as Element).closest('a')) return;
    void navigate(`/events/${id}`);
  };
  const pager = (where: 'top' | 'bottom') => (
    <nav className={`pager pager-${where}`} aria-label={where === 'top' ? 'Pages' : 'Pages (bottom)'}>
      <button type="button" disabled={page.offset === 0} onClick={() => onPage(Math.max(0, page.offset - page.limit))}>‹ Previous</button>
      <span className="page-of">page {info.page} of {info.pages}</span>
      <button type="button" disabled={page.offset + page.limit >= page.total} onClick={() => onPage(page.offset + page.limit)}>Next ›</button>
      <span className="muted rows-shown">
        {page.total === 0 ? 'no events' : `${info.first}–${info.last} of ${page.total.toLocaleString('en')} events`}
      </span>
      <label className="muted">
        rows{' '}
        <select value={page.limit} onChange={(e) => onLimit(Number(e.target.value))} aria-label="Rows per page">
          {[...new Set([...LIMITS, page.limit])].sort((a, b) => a - b).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </nav>
  );
  return (
    <div className={busy ? 'event-table busy' : 'event-table'} aria-busy={busy}>
      {pager('top')}
      {page.items.length === 0 && page.total > 0 && (
        <p className="muted">No events on this page. <button type="button" className="link-button" onClick={() => onPage(0)}>First page</button></p>
      )}
      {page.total === 0 && <p className="muted empty">No events match these filters.</p>}
      {page.items.length > 0 && (
        <table className="events">
          <thead>
            <tr>
              <SortHeader column={date} sort={sort} onSort={onSort} />
              <th>Source</th>
              <SortHeader column={category} sort={sort} onSort={onSort} />
              <th>Target</th>
              <th>Channel</th>
              <th>Evidence</th>
              <th>Outlet</th>
              <SortHeader column={confidence} sort={sort} onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {page.items.map((event) => (
              <tr key={event.id} data-event-id={event.id} className="event-row" onClick={open(event.id)} onKeyDown={open(event.id)}>
                <td className="date"><Link to={`/events/${event.id}`}>{event.date ?? 'undated'}</Link></td>
                <td className="source">
                  <Link to={`/actors/${event.sourceActorId}`} className="actor-name">{actorName(event.source)}</Link>
                  <span className="actor-details" data-country={event.source.country ?? ''}>{actorDetails(event.source)}</span>
                </td>
                <td className="category">
                  <span className="quad-dot" style={{ background: quadColour(event.quad) }} title={quadLabel(event.quad)} />
                  <span className="plover">{event.plover}</span>{' '}
                  <span className="cameo muted" title="CAMEO code">{event.cameo}</span>
                  {event.mode && <span className="mode muted"> {event.mode}</span>}
                </td>
                <td className="target">
                  {event.target === null ? <span className="muted">—</span> : (
                    <>
                      {event.targetActorId === null
                        ? <span className="actor-name">{actorName(event.target)}</span>
                        : <Link to={`/actors/${event.targetActorId}`} className="actor-name">{actorName(event.target)}</Link>}
                      <span className="actor-details" data-country={event.target.country ?? ''}>{actorDetails(event.target)}</span>
                    </>
                  )}
                </td>
                <td className="channel">{event.channel ?? ''}</td>
                <td className="evidence">{event.evidence.text}</td>
                <td className="outlet" title={event.title ?? undefined}>{outletOf(event)}</td>
                <td className="confidence">{event.confidence.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.items.length > 10 && pager('bottom')}
    </div>
  );
}
