// Actors as the document knows them: people, organisations, countries, and groups of them.

/** A collective is an unnamed actor known by country and sector: "Indian troops", "the Greek PM". */
export type EntityKind = 'person' | 'organisation' | 'country' | 'group' | 'collective';

export interface Entity {
  /** Stable within a document: folded name, or `country:XXX`. */
  key: string;
  kind: EntityKind;
  /** Fullest form seen in the document (people, organisations); null for bare countries. */
  name: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** The organisation a person speaks for ("Chairman of the United Russia party"). */
  organisation: Entity | null;
  /** The members of a group ("President X and Co-President Y", "the two leaders"). */
  members: Entity[];
}

export function countryEntity(iso3: string): Entity {
  return {
    key: `country:${iso3}`, kind: 'country', name: null, country: iso3, sector: null, role: null,
    organisation: null, members: [],
  };
}

export function collectiveEntity(country: string | null, sector: string | null, role: string | null): Entity {
  return {
    key: `collective:${country ?? '-'}:${sector ?? '-'}:${(role ?? '').toLowerCase()}`, kind: 'collective', name: null,
    country, sector, role, organisation: null, members: [],
  };
}

export function groupEntity(members: Entity[]): Entity {
  return {
    key: `group:${members.map((m) => m.key).join('+')}`, kind: 'group', name: null,
    country: members[0]?.country ?? null, sector: members[0]?.sector ?? null, role: null,
    organisation: null, members,
  };
}

/** The individual actors an entity stands for: a group gives one event per member. */
export function membersOf(entity: Entity): Entity[] {
  return entity.kind === 'group' ? allMembersOf(entity.members) : [entity];
}

/** The individual actors of a list of entities, in order (`entities.flatMap(membersOf)`, without its cost in the coder's inner loop). */
export function allMembersOf(entities: readonly Entity[]): Entity[] {
  const members: Entity[] = [];
  for (const entity of entities) {
    if (entity.kind === 'group') members.push(...allMembersOf(entity.members));
    else members.push(entity);
  }
  return members;
}
