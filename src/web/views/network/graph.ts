// Dyads (GET /api/dyads) → a graphology graph ready for sigma: one node per actor or country,
// sized by its events, one edge per pair, weighted by its events and coloured by the share of
// conflict among them; laid out by ForceAtlas2 from a circle, so the same data always gives
// the same picture.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type NetworkLevel = 'actor' | 'country';

/** One side of a dyad as /api/dyads gives it: an actor (id) or a country (id null). */
export interface DyadSide {
  id: number | null;
  name: string;
  country: string | null;
}

export interface DyadQuads {
  'verbal-cooperation': number;
  'material-cooperation': number;
  'verbal-conflict': number;
  'material-conflict': number;
}

export interface Dyad {
  a: DyadSide;
  b: DyadSide;
  total: number;
  aToB: number;
  bToA: number;
  quads: DyadQuads;
}

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Events with a counterpart in the network (events within the node counted once). */
  events: number;
  conflict: number;
  country: string | null;
  /** Where a click on the node leads. */
  href: string;
  /** The value this node takes in an events filter (?dyad=A,B): actor id or ISO3. */
  filterValue: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  weight: number;
  events: number;
  conflict: number;
  label: string;
}

export type NetworkGraph = Graph<NodeAttributes, EdgeAttributes>;

/** Cooperation blue to conflict red (the quad colours of styles.css). */
const COOPERATION: [number, number, number] = [0x4a, 0x90, 0xd9];
const CONFLICT: [number, number, number] = [0xc8, 0x42, 0x3b];

/** The colour of a share of conflict events, 0 (all cooperation) to 1 (all conflict). */
export function conflictColor(share: number, alpha = 1): string {
  const t = Math.min(1, Math.max(0, share));
  const [r, g, b] = COOPERATION.map((c, i) => Math.round(c + (CONFLICT[i]! - c) * t)) as [number, number, number];
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const conflictEvents = (q: DyadQuads): number => q['verbal-conflict'] + q['material-conflict'];

export function nodeKey(level: NetworkLevel, side: DyadSide): string {
  return level === 'actor' ? `a${side.id ?? side.name}` : `c${side.country ?? side.name}`;
}

function sideHref(level: NetworkLevel, side: DyadSide): string {
  return level === 'actor' && side.id !== null
    ? `/actors/${side.id}`
    : `/events?country=${encodeURIComponent(side.country ?? side.name)}`;
}

export interface BuildOptions {
  level: NetworkLevel;
  /** At most this many nodes: the busiest. */
  maxNodes: number;
  /** ForceAtlas2 iterations (default: fewer for bigger graphs). */
  iterations?: number;
}

export interface BuiltNetwork {
  graph: NetworkGraph;
  /** Nodes left out by maxNodes. */
  hiddenNodes: number;
}

/** The graph of these dyads, laid out. Deterministic: same dyads, same positions. */
export function buildNetwork(dyads: readonly Dyad[], options: BuildOptions): BuiltNetwork {
  const { level } = options;
  interface Tally { side: DyadSide; events: number; conflict: number }
  const tallies = new Map<string, Tally>();
  const tally = (side: DyadSide, events: number, conflict: number): void => {
    const key = nodeKey(level, side);
    const entry = tallies.get(key) ?? { side, events: 0, conflict: 0 };
    entry.events += events;
    entry.conflict += conflict;
    tallies.set(key, entry);
  };
  for (const dyad of dyads) {
    const conflict = conflictEvents(dyad.quads);
    tally(dyad.a, dyad.total, conflict);
    // An event within one node (A–A) counts once.
    if (nodeKey(level, dyad.a) !== nodeKey(level, dyad.b)) tally(dyad.b, dyad.total, conflict);
  }
  const ranked = [...tallies.entries()].sort((x, y) => y[1].events - x[1].events || (x[0] < y[0] ? -1 : 1));
  const kept = ranked.slice(0, Math.max(0, options.maxNodes));
  const maxEvents = Math.max(1, ...kept.map(([, t]) => t.events));

  const graph: NetworkGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected', allowSelfLoops: false });
  // A circle, busiest first: the seed of the layout, the same every time.
  const n = kept.length;
  // Smaller dots in a crowd, so that 500 of them leave room for the edges.
  const [minSize, spread] = n > 200 ? [1.5, 13] : [3, 15];
  kept.forEach(([key, t], i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const share = t.events > 0 ? t.conflict / t.events : 0;
    graph.addNode(key, {
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: minSize + spread * Math.sqrt(t.events / maxEvents),
      color: conflictColor(share),
      label: t.side.name,
      events: t.events,
      conflict: share,
      country: t.side.country,
      href: sideHref(level, t.side),
      filterValue: level === 'actor' && t.side.id !== null ? String(t.side.id) : (t.side.country ?? t.side.name),
    });
  });

  const edgeDyads = dyads.filter((d) => {
    const a = nodeKey(level, d.a);
    const b = nodeKey(level, d.b);
    return a !== b && graph.hasNode(a) && graph.hasNode(b);
  });
  const maxEdge = Math.max(1, ...edgeDyads.map((d) => d.total));
  for (const dyad of edgeDyads) {
    const a = nodeKey(level, dyad.a);
    const b = nodeKey(level, dyad.b);
    const share = dyad.total > 0 ? conflictEvents(dyad.quads) / dyad.total : 0;
    graph.mergeEdgeWithKey(`${a}~${b}`, a, b, {
      size: 0.6 + 5 * Math.sqrt(dyad.total / maxEdge),
      color: conflictColor(share, 0.75),
      weight: dyad.total,
      events: dyad.total,
      conflict: share,
      label: `${dyad.a.name} – ${dyad.b.name}: ${dyad.total} events, ${Math.round(share * 100)}% conflict`,
    });
  }

  if (n > 1) {
    const settings = {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: n > 200,
      // Small graphs: keep dots from overlapping (the Barnes-Hut approximation cannot).
      adjustSizes: n <= 200,
      edgeWeightInfluence: 0.5,
    };
    const iterations = options.iterations ?? (n > 300 ? 100 : n > 100 ? 200 : 400);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  return { graph, hiddenNodes: ranked.length - kept.length };
}
