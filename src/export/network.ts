// The who-acts-on-whom network of a stream of events, as counts only: one node per actor
// (or per country), one directed edge per source→target pair with its events counted by
// quad class. Memory grows with the number of actors and pairs, never with the events.
import { actorIdentity } from '../ledger/actor-identity.js';
import type { StoredEvent } from '../ledger/event-query.js';
import { loadOntology } from '../ontology/load.js';
import type { ActorRecord, QuadClass } from '../types.js';

export type NetworkLevel = 'actor' | 'country';
export const NETWORK_LEVELS: readonly NetworkLevel[] = ['actor', 'country'];

export interface NetworkNode {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  /** named: a person or organisation; country: an actor known by country (and sector) only. */
  kind: 'named' | 'country';
  /** Events the node takes part in, as source or target. */
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  quads: Record<QuadClass, number>;
  goldsteinSum: number;
}

let countryNames: Map<string, string> | null = null;

function countryName(code: string): string {
  countryNames ??= new Map(loadOntology().countries.map((c) => [c.iso3, c.name]));
  return countryNames.get(code) ?? code;
}

export class ActorNetwork {
  private readonly nodeMap = new Map<string, NetworkNode>();
  private readonly edgeMap = new Map<string, NetworkEdge>();
  /** Events whose source or target had no node at this level (no target, or an unknown country). */
  unlinked = 0;

  constructor(readonly level: NetworkLevel = 'actor') {}

  add(event: StoredEvent): void {
    const source = this.node(event.source, event.sourceActorId);
    const target = event.target ? this.node(event.target, event.targetActorId) : null;
    if (source) source.events += 1;
    // An event within one country (or of an actor on itself) is one event of that node, not two.
    if (target && target !== source) target.events += 1;
    if (!source || !target) {
      this.unlinked += 1;
      return;
    }
    const key = `${source.id}\u0000${target.id}`;
    let edge = this.edgeMap.get(key);
    if (!edge) {
      edge = {
        source: source.id, target: target.id, count: 0, goldsteinSum: 0,
        quads: { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 },
      };
      this.edgeMap.set(key, edge);
    }
    edge.count += 1;
    edge.goldsteinSum += event.goldstein;
    if (Object.hasOwn(edge.quads, event.quad)) edge.quads[event.quad] += 1;
  }

  /** Nodes sorted by id, so that two exports of one ledger compare line by line. */
  nodes(): NetworkNode[] {
    return [...this.nodeMap.values()].sort((a, b) => compareIds(a.id, b.id));
  }

  edges(): NetworkEdge[] {
    return [...this.edgeMap.values()].sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));
  }

  /** The node an actor record stands for at this level, created on first sight; null when it has none. */
  private node(actor: ActorRecord, actorId: number | null): NetworkNode | null {
    const described = this.level === 'country' ? countryNode(actor) : actorNode(actor, actorId);
    if (!described) return null;
    const known = this.nodeMap.get(described.id);
    if (!known) {
      this.nodeMap.set(described.id, described);
      return described;
    }
    // A person's first mention may lack a country or role that a later one gives.
    known.country ??= described.country;
    known.sector ??= described.sector;
    return known;
  }
}

function actorNode(actor: ActorRecord, actorId: number | null): NetworkNode | null {
  if (actorId === null) return null;
  const identity = actorIdentity(actor);
  return { id: `a${actorId}`, name: identity.name, country: actor.country, sector: actor.sector, kind: identity.kind, events: 0 };
}

function countryNode(actor: ActorRecord): NetworkNode | null {
  if (!actor.country) return null;
  return { id: actor.country, name: countryName(actor.country), country: actor.country, sector: null, kind: 'country', events: 0 };
}

/** "a2" before "a10": numeric parts compared as numbers. */
function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
