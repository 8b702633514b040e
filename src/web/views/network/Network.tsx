// Who acts on whom: actors or countries as nodes sized by their events, pairs as edges
// weighted by theirs and coloured from cooperation (blue) to conflict (red). The filters live
// in the address, so a view can be shared and survives a reload. A node opens its actor page
// (a country: its events), an edge the events of that pair under the same filters.
import { useMemo, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CHANNELS, PLOVER_CATEGORIES } from '../../../eval/categories';
import { api } from '../../api';
import type { Page } from '../../api';
import { useApi } from '../../use-api';
import type { Dyad, EdgeAttributes, NetworkLevel, NodeAttributes } from './graph';
import { buildNetwork, conflictColor } from './graph';
import NetworkCanvas from './NetworkCanvas';
import './network.css';

const NODE_LIMITS = [50, 100, 250, 500] as const;
const DEFAULT_NODES = 250;
/** Dyads asked of the API: pages of 1000, at most this many. */
const MAX_DYADS = 3000;
const LEGEND_SIZE = 12;

interface NetworkFilters {
  level: NetworkLevel;
  since: string;
  until: string;
  category: string;
  channel: string;
  nodes: number;
}

function filtersOf(params: URLSearchParams): NetworkFilters {
  const nodes = Number(params.get('nodes'));
  return {
    level: params.get('level') === 'country' ? 'country' : 'actor',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    category: params.get('category') ?? '',
    channel: params.get('channel') ?? '',
    nodes: (NODE_LIMITS as readonly number[]).includes(nodes) ? nodes : DEFAULT_NODES,
  };
}

/** The event filters shared with /api/dyads and the events table (empty ones left out). */
function eventFilter(filters: NetworkFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['since', 'until', 'category', 'channel'] as const) if (filters[key]) out[key] = filters[key];
  return out;
}

async function loadDyads(filters: NetworkFilters): Promise<{ items: Dyad[]; total: number }> {
  const items: Dyad[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_DYADS; offset += 1000) {
    const page = await api.get<Page<Dyad>>('/api/dyads', { level: filters.level, ...eventFilter(filters), limit: 1000, offset });
    items.push(...page.items);
    total = page.total;
    if (items.length >= total || page.items.length === 0) break;
  }
  return { items, total };
}

export default function Network() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersOf(params);
  const legend = useRef<HTMLOListElement>(null);
  const key = JSON.stringify({ ...filters, nodes: undefined });
  const dyads = useApi(() => loadDyads(filters), key);

  const network = useMemo(
    () => (dyads.data ? buildNetwork(dyads.data.items, { level: filters.level, maxNodes: filters.nodes }) : null),
    [dyads.data, filters.level, filters.nodes],
  );
  const top = useMemo(() => {
    if (!network) return [];
    const { graph } = network;
    return graph.nodes()
      .map((node) => ({ node, ...graph.getNodeAttributes(node) }))
      .sort((a, b) => b.events - a.events || a.label.localeCompare(b.label))
      .slice(0, LEGEND_SIZE);
  }, [network]);

  const set = (name: keyof NetworkFilters, value: string): void => {
    const next = new URLSearchParams(params);
    if (value === '' || (name === 'level' && value === 'actor') || (name === 'nodes' && value === String(DEFAULT_NODES))) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const eventsOf = (extra: Record<string, string>): string => `/events?${new URLSearchParams({ ...extra, ...eventFilter(filters) }).toString()}`;
  const onNodeClick = (_node: string, attributes: NodeAttributes): void => {
    void navigate(filters.level === 'country' ? eventsOf({ country: attributes.filterValue }) : attributes.href);
  };
  const onEdgeClick = (_edge: string, _attributes: EdgeAttributes, source: string, target: string): void => {
    if (!network) return;
    const a = network.graph.getNodeAttribute(source, 'filterValue');
    const b = network.graph.getNodeAttribute(target, 'filterValue');
    void navigate(eventsOf({ dyad: `${a},${b}` }));
  };

  return (
    <section className="network-view">
      <h1>Network</h1>
      <div className="filters network-filters">
        <div className="network-level" role="group" aria-label="Nodes are">
          {(['actor', 'country'] as const).map((level) => (
            <button
              key={level}
              type="button"
              className={filters.level === level ? 'primary' : ''}
              aria-pressed={filters.level === level}
              onClick={() => set('level', level)}
            >
              {level === 'actor' ? 'Actors' : 'Countries'}
            </button>
          ))}
        </div>
        <label>From<input type="date" value={filters.since} onChange={(e) => set('since', e.target.value)} /></label>
        <label>To<input type="date" value={filters.until} onChange={(e) => set('until', e.target.value)} /></label>
        <label>Category
          <select value={filters.category} onChange={(e) => set('category', e.target.value)}>
            <option value="">all</option>
            {PLOVER_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>Channel
          <select value={filters.channel} onChange={(e) => set('channel', e.target.value)}>
            <option value="">all</option>
            {CHANNELS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
        <label>Nodes
          <select value={filters.nodes} onChange={(e) => set('nodes', e.target.value)}>
            {NODE_LIMITS.map((n) => <option key={n} value={n}>{`busiest ${n}`}</option>)}
          </select>
        </label>
      </div>

      {dyads.error && <p className="error">Could not load the network: {dyads.error}</p>}
      {dyads.loading && !network && <p className="muted">Loading…</p>}
      {network && network.graph.order === 0 && (
        <p className="muted network-empty">No pairs of {filters.level === 'actor' ? 'actors' : 'countries'} match these filters.</p>
      )}
      {network && network.graph.order > 0 && (
        <div className="network-layout" data-level={filters.level} aria-busy={dyads.loading}>
          <NetworkCanvas graph={network.graph} onNodeClick={onNodeClick} onEdgeClick={onEdgeClick} trackIn={legend} />
          <aside className="network-side card">
            <p className="network-summary">
              {network.graph.order} {filters.level === 'actor' ? 'actors' : 'countries'}, {network.graph.size} pairs
              {network.hiddenNodes > 0 && <span className="muted"> ({network.hiddenNodes} quieter ones not shown)</span>}
              {dyads.data && dyads.data.total > dyads.data.items.length && (
                <span className="muted"> (the busiest {dyads.data.items.length} of {dyads.data.total} pairs)</span>
              )}
            </p>
            <div className="network-scale" aria-label="edge colour: share of conflict events">
              <span>cooperation</span>
              <span className="network-gradient" style={{ background: `linear-gradient(to right, ${conflictColor(0)}, ${conflictColor(0.5)}, ${conflictColor(1)})` }} />
              <span>conflict</span>
            </div>
            <p className="muted network-help">Size: events. Click a node for its {filters.level === 'actor' ? 'page' : 'events'}, an edge for the events of the pair.</p>
            <h2>Busiest</h2>
            <ol className="network-legend" ref={legend}>
              {top.map((item) => (
                <li key={item.node} data-node={item.node}>
                  <span className="network-dot" style={{ background: item.color }} />
                  <Link to={filters.level === 'country' ? eventsOf({ country: item.filterValue }) : item.href}>{item.label}</Link>
                  <span className="muted"> {item.events}</span>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      )}
    </section>
  );
}
