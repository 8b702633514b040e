// A large ledger made directly in SQL, for timing the explorer at scale: coding and storing
// 100,000 events' worth of articles would take minutes, while the explorer's speed depends
// only on what the tables hold. Documents, actors, events (with their mentions) and one
// cluster per event, spread over two years, 60 countries, the 16 categories and the channels.
import type { Ledger } from '../../src/ledger/ledger.js';

const COUNTRIES = ['USA', 'RUS', 'CHN', 'FRA', 'DEU', 'GBR', 'JPN', 'IND', 'BRA', 'ZAF', 'VNM', 'FIN', 'EST', 'SWE', 'NOR',
  'POL', 'UKR', 'TUR', 'IRN', 'ISR', 'EGY', 'SAU', 'ARE', 'QAT', 'PAK', 'AFG', 'KOR', 'PRK', 'IDN', 'MYS', 'SGP', 'THA',
  'PHL', 'AUS', 'NZL', 'CAN', 'MEX', 'ARG', 'CHL', 'COL', 'VEN', 'CUB', 'NGA', 'KEN', 'ETH', 'SDN', 'DZA', 'MAR', 'ITA',
  'ESP', 'PRT', 'NLD', 'BEL', 'CHE', 'AUT', 'HUN', 'SRB', 'GRC', 'KAZ', 'MNG'];
const CATEGORIES: [string, string, string, number][] = [
  ['AGREE', '057', 'verbal-cooperation', 8], ['CONSULT', '042', 'verbal-cooperation', 1.9], ['SUPPORT', '051', 'verbal-cooperation', 3.4],
  ['ENGAGE', '061', 'material-cooperation', 6.4], ['AID', '070', 'material-cooperation', 7], ['CONCEDE', '081', 'material-cooperation', 5],
  ['RETREAT', '087', 'material-cooperation', 9], ['ACCUSE', '112', 'verbal-conflict', -2], ['DISAPPROVE', '111', 'verbal-conflict', -2],
  ['REJECT', '120', 'verbal-conflict', -4], ['THREATEN', '130', 'verbal-conflict', -4.4], ['DEMAND', '100', 'verbal-conflict', -5],
  ['PROTEST', '141', 'material-conflict', -6.5], ['MOBILIZE', '150', 'material-conflict', -7.2], ['COERCE', '170', 'material-conflict', -7],
  ['ASSAULT', '190', 'material-conflict', -10],
];
const CHANNELS = ['letter', 'message', 'phone', 'meeting', 'visit', 'statement'];

const literal = (values: readonly (string | number)[]): string =>
  `array[${values.map((v) => (typeof v === 'number' ? String(v) : `'${v}'`)).join(',')}]`;

/** Fills an empty ledger with `events` synthetic events (and 1 document per 10 events). */
export async function fillSyntheticLedger(ledger: Ledger, events: number): Promise<void> {
  const documents = Math.ceil(events / 10);
  const people = COUNTRIES.length * 8;
  // Deterministic "random" picks: hashes of the row number.
  await ledger.db.exec(`
    insert into documents (doc_key, origin, url, title, outlet, published, text, content_hash, sentence_count)
    select 'synthetic-' || d, 'synthetic', 'https://news' || (d % 40) || '.example/a/' || d, 'Synthetic article ' || d,
      'news' || (d % 40) || '.example', date '2025-01-01' + (d * 730 / ${documents}),
      'Synthetic article ' || d || '. ' || repeat('The ministers met and agreed to talk again. ', 10), md5('synthetic-' || d), 11
    from generate_series(1, ${documents}) d;

    insert into actors (key, name, kind, country, sector)
    select 'c:' || c, c, 'country', c, null from unnest(${literal(COUNTRIES)}) c;
    insert into actors (key, name, kind, country, sector)
    select 'n:person ' || p, 'Person ' || p || ' ' || (${literal(COUNTRIES)})[1 + p % ${COUNTRIES.length}],
      'named', (${literal(COUNTRIES)})[1 + p % ${COUNTRIES.length}], 'GOV'
    from generate_series(1, ${people}) p;

    create temporary table picks as
    select e, d, s, t, k, ch from (
      select e, 1 + (e - 1) / 10 as d,
        1 + abs(hashint4(e)) % ${COUNTRIES.length + people} as s,
        1 + abs(hashint4(e + 7919)) % ${COUNTRIES.length + people} as t,
        1 + abs(hashint4(e * 31)) % ${CATEGORIES.length} as k,
        1 + abs(hashint4(e * 17)) % ${CHANNELS.length + 2} as ch
      from generate_series(1, ${events}) e) x;
    update picks set t = 1 + t % ${COUNTRIES.length + people} where t = s;

    insert into clusters (id, source_actor_id, target_actor_id, plover, first_date, last_date, events, articles, outlets)
    overriding system value
    select p.e, p.s, p.t, (${literal(CATEGORIES.map((c) => c[0]))})[p.k], d.published::text, d.published::text, 1, 1, 1
    from picks p join documents d on d.id = p.d;

    insert into events (id, document_id, sentence_index, event_key, date, source_actor_id, target_actor_id, source, target,
      source_country, target_country, plover, cameo, quad, goldstein, channel, evidence_text, evidence_start, evidence_end,
      confidence, coded, cluster_id)
    overriding system value
    select p.e, p.d, p.e % 10, md5('event-' || p.e), d.published::text, p.s, p.t,
      jsonb_build_object('text', sa.name, 'name', case when sa.kind = 'named' then sa.name end, 'country', sa.country, 'sector', sa.sector, 'role', null),
      jsonb_build_object('text', ta.name, 'name', case when ta.kind = 'named' then ta.name end, 'country', ta.country, 'sector', ta.sector, 'role', null),
      sa.country, ta.country, (${literal(CATEGORIES.map((c) => c[0]))})[p.k], (${literal(CATEGORIES.map((c) => c[1]))})[p.k],
      (${literal(CATEGORIES.map((c) => c[2]))})[p.k], (${literal(CATEGORIES.map((c) => c[3]))})[p.k],
      (${literal(CHANNELS)})[p.ch], sa.name || ' and ' || ta.name || ' report number ' || p.e || ' on trade and security.', 0, 60,
      0.8, '{}'::jsonb, p.e
    from picks p join documents d on d.id = p.d join actors sa on sa.id = p.s join actors ta on ta.id = p.t;

    insert into mentions (event_id, actor_id, position, text)
    select id, source_actor_id, 'source', source->>'text' from events
    union all select id, target_actor_id, 'target', target->>'text' from events;

    select setval(pg_get_serial_sequence('events', 'id'), ${events});
    select setval(pg_get_serial_sequence('clusters', 'id'), ${events});
    drop table picks;
    analyze;
  `);
}
