// GraphML of the actor network (src/export/network.ts), for Gephi, Cytoscape, igraph or
// networkx. The events are read to the end first (only counts are kept), then the document
// is written node by node and edge by edge with every value escaped.
import { ActorNetwork } from './network.js';
import type { NetworkEdge, NetworkLevel, NetworkNode } from './network.js';
import { TextSink } from './sink.js';
import type { EventSource, ExportResult, WriteOptions } from './types.js';
import { xmlEscape } from './xml.js';

export interface GraphmlOptions extends WriteOptions {
  /** Nodes are actors (default) or countries. */
  level?: NetworkLevel;
}

type KeyType = 'string' | 'int' | 'double';

interface GraphKey<T> {
  id: string;
  type: KeyType;
  value: (item: T) => string | number | null;
}

const NODE_KEYS: readonly GraphKey<NetworkNode>[] = [
  { id: 'name', type: 'string', value: (n) => n.name },
  { id: 'country', type: 'string', value: (n) => n.country },
  { id: 'sector', type: 'string', value: (n) => n.sector },
  { id: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'events', type: 'int', value: (n) => n.events },
];

const EDGE_KEYS: readonly GraphKey<NetworkEdge>[] = [
  { id: 'count', type: 'int', value: (e) => e.count },
  { id: 'verbal_cooperation', type: 'int', value: (e) => e.quads['verbal-cooperation'] },
  { id: 'material_cooperation', type: 'int', value: (e) => e.quads['material-cooperation'] },
  { id: 'verbal_conflict', type: 'int', value: (e) => e.quads['verbal-conflict'] },
  { id: 'material_conflict', type: 'int', value: (e) => e.quads['material-conflict'] },
  // "weight" is what Gephi, igraph and networkx size and lay out edges by: the volume of
  // events, always positive. Whether the pair cooperates or quarrels is mean_goldstein.
  { id: 'weight', type: 'double', value: (e) => e.count },
  { id: 'mean_goldstein', type: 'double', value: (e) => Math.round((e.goldsteinSum / e.count) * 100) / 100 },
];

function keyLines<T>(keys: readonly GraphKey<T>[], target: 'node' | 'edge'): string {
  // Key ids are prefixed by what they describe: a node's "count" and an edge's would otherwise clash.
  return keys.map((k) => `  <key id="${target[0]}_${k.id}" for="${target}" attr.name="${k.id}" attr.type="${k.type}"/>\n`).join('');
}

function dataLines<T>(keys: readonly GraphKey<T>[], target: 'node' | 'edge', item: T): string {
  return keys.map((k) => {
    const value = k.value(item);
    // An unknown value is left out, as GraphML means it to be, rather than written as "".
    return value === null ? '' : `      <data key="${target[0]}_${k.id}">${xmlEscape(String(value))}</data>\n`;
  }).join('');
}

export function graphmlHeader(level: NetworkLevel): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"'
    + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    + ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    + keyLines(NODE_KEYS, 'node') + keyLines(EDGE_KEYS, 'edge')
    + `  <graph id="attache-${level}-network" edgedefault="directed">\n`;
}

export function graphmlNode(node: NetworkNode): string {
  return `    <node id="${xmlEscape(node.id)}">\n${dataLines(NODE_KEYS, 'node', node)}    </node>\n`;
}

export function graphmlEdge(edge: NetworkEdge, index: number): string {
  return `    <edge id="e${index}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">\n`
    + `${dataLines(EDGE_KEYS, 'edge', edge)}    </edge>\n`;
}

export const GRAPHML_FOOTER = '  </graph>\n</graphml>\n';

export async function writeGraphml(events: EventSource, out: NodeJS.WritableStream, options: GraphmlOptions = {}): Promise<ExportResult> {
  const level = options.level ?? 'actor';
  const network = new ActorNetwork(level);
  let read = 0;
  for await (const event of events) {
    network.add(event);
    read += 1;
    options.onEvent?.(read);
  }
  const nodes = network.nodes();
  const edges = network.edges();
  const sink = new TextSink(out);
  try {
    await sink.write(graphmlHeader(level));
    for (const node of nodes) await sink.write(graphmlNode(node));
    for (const [index, edge] of edges.entries()) await sink.write(graphmlEdge(edge, index));
    await sink.write(GRAPHML_FOOTER);
    await sink.close();
  } catch (error) {
    sink.detach();
    throw error;
  }
  return { events: read, nodes: nodes.length, edges: edges.length };
}
