// The network view's graph: nodes sized by events, edges coloured by the share of conflict,
// the busiest nodes kept, events within one node left out of the edges, and a layout that is
// the same every time for the same dyads (seeded on a circle, ForceAtlas2 for a fixed count).
import { describe, expect, it } from 'vitest';
import type { Dyad } from '../../src/web/views/network/graph.js';
import { buildNetwork, conflictColor } from '../../src/web/views/network/graph.js';

const quads = (coop: number, conflict: number): Dyad['quads'] => ({
  'verbal-cooperation': coop, 'material-cooperation': 0, 'verbal-conflict': conflict, 'material-conflict': 0,
});
const actor = (id: number): Dyad['a'] => ({ id, name: `Actor ${id}`, country: 'FIN' });
const dyad = (a: number, b: number, coop: number, conflict: number): Dyad => ({
  a: actor(a), b: actor(b), total: coop + conflict, aToB: coop + conflict, bToA: 0, quads: quads(coop, conflict),
});

/** A scale-free-ish network: n actors, each tied to a few earlier ones. */
function synthetic(n: number): Dyad[] {
  const dyads: Dyad[] = [];
  let seed = 7;
  const random = (): number => { seed = (seed * 48271) % 2147483647; return seed / 2147483647; };
  for (let i = 2; i <= n; i++) {
    for (let k = 0; k < 2; k++) {
      const j = 1 + Math.floor(random() * random() * (i - 1));
      if (j !== i && !dyads.some((d) => d.a.id === j && d.b.id === i)) dyads.push(dyad(j, i, Math.ceil(random() * 5), Math.floor(random() * 3)));
    }
  }
  return dyads.sort((x, y) => y.total - x.total);
}

describe('buildNetwork', () => {
  it('sizes nodes by events and colours edges by the share of conflict', () => {
    const { graph } = buildNetwork([dyad(1, 2, 4, 0), dyad(2, 3, 0, 2), dyad(3, 3, 5, 5)], { level: 'actor', maxNodes: 10 });
    expect(graph.order).toBe(3);
    // The event within actor 3 counts for it once, and makes no edge.
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute('a2', 'events')).toBe(6);
    expect(graph.getNodeAttribute('a3', 'events')).toBe(12);
    expect(graph.getNodeAttribute('a3', 'size')).toBeGreaterThan(graph.getNodeAttribute('a1', 'size'));
    expect(graph.getEdgeAttribute('a1~a2', 'color')).toBe(conflictColor(0, 0.75));
    expect(graph.getEdgeAttribute('a2~a3', 'color')).toBe(conflictColor(1, 0.75));
    expect(graph.getNodeAttribute('a1', 'href')).toBe('/actors/1');
    expect(graph.getNodeAttribute('a1', 'filterValue')).toBe('1');
  });

  it('makes country nodes that lead to their events', () => {
    const side = (c: string): Dyad['a'] => ({ id: null, name: c, country: c });
    const { graph } = buildNetwork([{ a: side('EST'), b: side('FIN'), total: 3, aToB: 1, bToA: 2, quads: quads(3, 0) }], { level: 'country', maxNodes: 10 });
    expect(graph.nodes().sort()).toEqual(['cEST', 'cFIN']);
    expect(graph.getNodeAttribute('cEST', 'href')).toBe('/events?country=EST');
    expect(graph.getNodeAttribute('cFIN', 'filterValue')).toBe('FIN');
  });

  it('keeps the busiest nodes, and lays 500 of them out the same way every time', () => {
    const dyads = synthetic(700);
    const started = performance.now();
    const first = buildNetwork(dyads, { level: 'actor', maxNodes: 500 });
    const elapsed = performance.now() - started;
    console.log(`500-node network built and laid out in ${elapsed.toFixed(0)} ms`);
    expect(first.graph.order).toBe(500);
    expect(first.hiddenNodes).toBe(200);
    const again = performance.now();
    const second = buildNetwork(dyads, { level: 'actor', maxNodes: 500 });
    console.log(`again: ${(performance.now() - again).toFixed(0)} ms`);
    for (const node of first.graph.nodes()) {
      const a = first.graph.getNodeAttributes(node);
      const b = second.graph.getNodeAttributes(node);
      expect([b.x, b.y]).toEqual([a.x, a.y]);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    }
    // Every edge joins two kept nodes.
    first.graph.forEachEdge((_edge, _attributes, source, target) => {
      expect(first.graph.hasNode(source) && first.graph.hasNode(target)).toBe(true);
    });
  });
});
