// What a document has established so far and later sentences take for granted: the occasion
// (phone talks on January 24, a meeting), the channel each actor writes through ("In his
// letter, ..."), who talks with whom, and whom the article is about.
import type { Entity } from '../actors/entities.js';
import type { Channel } from '../types.js';

export interface Scene {
  channel: Channel;
  /** The sentence that opened it. */
  sentence: number;
  date: string | null;
  countries: Set<string>;
}

export class Discourse {
  scene: Scene | null = null;
  private readonly channelOf = new Map<string, { channel: Channel; sentence: number }>();
  private readonly partnerOf = new Map<string, Entity>();
  private readonly inviterOf = new Map<string, Entity>();
  /** The actor the article is about: the latest recipient of congratulations. */
  focus: Entity | null = null;
  /** The two sides of the latest talks: "the two leaders", "they". */
  pair: [Entity, Entity] | null = null;


  openScene(channel: Channel, date: string | null, participants: Entity[], sentence: number): void {
    const countries = new Set(participants.map((p) => p.country).filter((c): c is string => c !== null));
    this.scene = { channel, sentence, date, countries };
  }

  /** Phone talks and meetings frame what follows when the actor took part in them. */
  sceneFor(source: Entity): Scene | null {
    if (!this.scene || !source.country) return null;
    return this.scene.countries.has(source.country) ? this.scene : null;
  }

  rememberChannel(source: Entity, channel: Channel, sentence: number): void {
    this.channelOf.set(source.key, { channel, sentence });
  }

  /** The channel an actor last used: its own letter or message, or the talks it took part in, whichever is later. */
  channelFor(source: Entity): Channel | null {
    const own = this.channelOf.get(source.key);
    const scene = this.sceneFor(source);
    if (own && (!scene || own.sentence >= scene.sentence)) return own.channel;
    return scene?.channel ?? null;
  }

  rememberPair(source: Entity, target: Entity): void {
    this.partnerOf.set(source.key, target);
    if (!this.partnerOf.has(target.key)) this.partnerOf.set(target.key, source);
  }

  partnerFor(source: Entity): Entity | null {
    const partner = this.partnerOf.get(source.key) ?? this.focus;
    return partner && partner.key !== source.key ? partner : null;
  }

  rememberInvitation(inviter: Entity, invitee: Entity): void {
    this.inviterOf.set(invitee.key, inviter);
  }

  /** Whoever the text says invited X, and no one else. */
  invitedBy(invitee: Entity): Entity | null {
    return this.inviterOf.get(invitee.key) ?? null;
  }

  /** "X accepted the invitation": whoever invited X. */
  inviterFor(invitee: Entity): Entity | null {
    return this.inviterOf.get(invitee.key) ?? this.partnerFor(invitee);
  }
}
