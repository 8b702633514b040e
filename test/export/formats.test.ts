// Every export format over a ledger holding the invented articles of test/fixtures/export/:
// what is written parses back, carries the fields its format promises, and says what the
// ledger holds (11 events: see the fixture's README for the cases they cover).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/format.js';
import {
  EXPORT_CSV_COLUMNS, GDELT_COLUMNS, ledgerFacts, writeCsv, writeGdelt, writeGraphml, writeJsonl, writePlover,
} from '../../src/export/index.js';
import type { PloverRecord } from '../../src/export/index.js';
import type { EventFilter, StoredEvent } from '../../src/ledger/event-query.js';
import { streamEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { ARTICLES, capture, fixtureLedger, parseCsv } from './helpers.js';

let ledger: Ledger;
let events: StoredEvent[];

const stream = (filter: EventFilter = {}): AsyncGenerator<StoredEvent> => streamEvents(ledger.db, filter);
const byDoc = (doc: string): StoredEvent[] => events.filter((e) => e.doc === doc);
const one = (doc: string, plover: string): StoredEvent => {
  const found = events.filter((e) => e.doc === doc && e.plover === plover);
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  ledger = await fixtureLedger();
  events = [];
  for await (const event of stream()) events.push(event);
});

afterAll(async () => {
  await ledger?.close();
});

describe('the fixture ledger', () => {
  it('holds the events the tests below rely on', () => {
    expect(events).toHaveLength(11);
    // One event reported three times by two articles a day apart: one cluster.
    const reports = events.filter((e) => e.source.name === 'William Ruto' && e.target?.country === 'TZA');
    expect(reports).toHaveLength(3);
    expect(reports[0]!.clusterId).not.toBeNull();
    expect(new Set(reports.map((e) => e.clusterId))).toEqual(new Set([reports[0]!.clusterId]));
    expect(one('andes-dispute', 'ACCUSE').evidence.text).toMatch(/,.*"[^]*\n/);
    expect(one('aid-and-fighting', 'ASSAULT').target).toBeNull();
    expect(new Set(events.map((e) => e.quad)).size).toBe(4);
  });
});

describe('jsonl', () => {
  const CONTRACT = ['doc', 'sentence', 'date', 'source', 'target', 'plover', 'mode', 'context', 'cameo', 'quad',
    'goldstein', 'channel', 'evidence', 'confidence'];
  const LEDGER = ['id', 'clusterId', 'url', 'corrected', 'rejected', 'outlet'];

  it('writes one contract record a line, fields in contract order, then the ledger fields', async () => {
    const { text, result } = await capture((out) => writeJsonl(stream(), out));
    expect(result.events).toBe(11);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const [i, record] of records.entries()) {
      expect(Object.keys(record)).toEqual([...CONTRACT, ...LEDGER]);
      expect(Object.keys(record.source as object)).toEqual(['text', 'name', 'country', 'sector', 'role']);
      expect(record.id).toBe(events[i]!.id);
    }
    const accuse = records.find((r) => r.plover === 'ACCUSE')!;
    const expected = one('andes-dispute', 'ACCUSE');
    expect(accuse.evidence).toEqual(expected.evidence);
    expect(accuse.url).toBeNull();
    expect(accuse.source).toEqual({ text: 'Chilean Foreign Minister Alberto van Klaveren', name: 'Alberto van Klaveren', country: 'CHL', sector: 'GOV', role: 'Foreign Minister' });
    const aid = records.find((r) => r.plover === 'AID')!;
    expect(aid).toMatchObject({ outlet: 'wire.example.net', url: 'https://wire.example.net/world/aid-and-fighting', corrected: false, rejected: false, quad: 'material-cooperation' });
  });
});

describe('csv', () => {
  it('parses back to a header and one row per event, values round-tripping', async () => {
    const { text } = await capture((out) => writeCsv(stream(), out));
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...EXPORT_CSV_COLUMNS]);
    // A file from `attache code --csv` and an export line up column for column.
    expect(header!.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(events.length);
    const col = (row: string[], name: string): string => row[header!.indexOf(name)]!;
    for (const [i, row] of rows.entries()) {
      const event = events[i]!;
      expect(row).toHaveLength(EXPORT_CSV_COLUMNS.length);
      expect(col(row, 'id')).toBe(String(event.id));
      expect(col(row, 'evidence')).toBe(event.evidence.text);
      expect(col(row, 'source_name')).toBe(event.source.name ?? '');
      expect(col(row, 'source_country')).toBe(event.source.country ?? '');
      expect(col(row, 'source_sector')).toBe(event.source.sector ?? '');
      expect(col(row, 'source_role')).toBe(event.source.role ?? '');
      expect(col(row, 'target_country')).toBe(event.target?.country ?? '');
      expect(col(row, 'goldstein')).toBe(String(event.goldstein));
      expect(col(row, 'context')).toBe(event.context.join(';'));
      expect(col(row, 'cluster_id')).toBe(event.clusterId === null ? '' : String(event.clusterId));
      expect(col(row, 'url')).toBe(event.url ?? '');
      expect(col(row, 'corrected')).toBe('false');
      expect(col(row, 'rejected')).toBe('false');
      expect(col(row, 'outlet')).toBe(event.outlet ?? '');
    }
    const accuse = rows.find((r) => col(r, 'plover') === 'ACCUSE')!;
    expect(col(accuse, 'evidence')).toContain('said, "We reject, firmly and without hesitation, the claims," and accused Bolivia\nof violating');
    const assault = rows.find((r) => col(r, 'plover') === 'ASSAULT')!;
    expect(col(assault, 'target_name')).toBe('');
    expect(col(assault, 'source_sector')).toBe('MIL');
  });

  it('leaves the header out on request', async () => {
    const { text } = await capture((out) => writeCsv(stream(), out, { header: false }));
    expect(parseCsv(text)).toHaveLength(events.length);
    expect(text.startsWith('doc,')).toBe(false);
  });
});

describe('gdelt', () => {
  const rowsOf = (text: string): Record<string, string>[] => text.split('\n').filter((l) => l !== '').map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(61);
    return Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, cells[i]!]));
  });

  it('names GDELT 2.0\'s 61 columns in the codebook\'s order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(new Set(GDELT_COLUMNS).size).toBe(61);
    expect(GDELT_COLUMNS.indexOf('Actor1Code')).toBe(5);
    expect(GDELT_COLUMNS.indexOf('Actor2Code')).toBe(15);
    expect(GDELT_COLUMNS.indexOf('IsRootEvent')).toBe(25);
    expect(GDELT_COLUMNS.indexOf('QuadClass')).toBe(29);
    expect(GDELT_COLUMNS.indexOf('AvgTone')).toBe(34);
    expect(GDELT_COLUMNS.indexOf('ActionGeo_FeatureID')).toBe(58);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
  });

  it('writes a header and a 61-column row per event, SOURCEURL always filled', async () => {
    const { text } = await capture((out) => writeGdelt(stream(), out, { facts: ledgerFacts(ledger.db) }));
    expect(text.split('\n')[0]).toBe(GDELT_COLUMNS.join('\t'));
    const rows = rowsOf(text).slice(1);
    expect(rows).toHaveLength(events.length);
    const quads: Record<string, string> = { 'verbal-cooperation': '1', 'material-cooperation': '2', 'verbal-conflict': '3', 'material-conflict': '4' };
    for (const [i, row] of rows.entries()) {
      const event = events[i]!;
      expect(row.GLOBALEVENTID).toBe(String(event.id));
      expect(row.SOURCEURL).not.toBe('');
      expect(row.QuadClass).toBe(quads[event.quad]);
      expect(row.EventCode).toBe(event.cameo);
      expect(row.DATEADDED).toMatch(/^\d{14}$/);
      expect(row.AvgTone).toBe('');
      expect(row.ActionGeo_FullName).toBe('');
    }
    const ruto = rows.find((r) => r.GLOBALEVENTID === String(events[0]!.id))!;
    expect(ruto).toMatchObject({
      SQLDATE: '20260202', MonthYear: '202602', Year: '2026', FractionDate: '2026.0877',
      Actor1Code: 'KENGOV', Actor1Name: 'WILLIAM RUTO', Actor1CountryCode: 'KEN', Actor1Type1Code: 'GOV',
      Actor2Code: 'TZA', Actor2Name: 'TANZANIA', Actor2CountryCode: 'TZA', Actor2Type1Code: '',
      IsRootEvent: '1', EventCode: '051', EventBaseCode: '051', EventRootCode: '05', GoldsteinScale: '3.4',
      // Reported three times, by two articles of one outlet: the cluster's counts.
      NumMentions: '3', NumSources: '1', NumArticles: '2',
      SOURCEURL: 'https://www.news.example.org/africa/ruto-floods',
    });
    const accuse = rows.find((r) => r.GLOBALEVENTID === String(one('andes-dispute', 'ACCUSE').id))!;
    // No URL: the article's origin says where it came from.
    expect(accuse.SOURCEURL).toBe(`${ARTICLES}#andes-dispute`);
    expect(accuse).toMatchObject({ QuadClass: '3', NumArticles: '1', NumSources: '1', NumMentions: '1' });
    const assault = rows.find((r) => r.GLOBALEVENTID === String(one('aid-and-fighting', 'ASSAULT').id))!;
    expect(assault).toMatchObject({ Actor1Code: 'BRAMIL', Actor1Name: 'BRAZIL', Actor2Code: '', Actor2Name: '', QuadClass: '4', IsRootEvent: '0' });
  });

  it('leaves the header out on request, as GDELT\'s own files', async () => {
    const { text } = await capture((out) => writeGdelt(stream(), out, { header: false }));
    const rows = rowsOf(text);
    expect(rows).toHaveLength(events.length);
    expect(rows[0]!.GLOBALEVENTID).toBe(String(events[0]!.id));
    // Without the ledger's facts every event counts once, and SOURCEURL still is never empty.
    expect(rows.every((r) => r.NumArticles === '1' && r.SOURCEURL !== '')).toBe(true);
    expect(rows.find((r) => r.GLOBALEVENTID === String(one('andes-dispute', 'ACCUSE').id))!.SOURCEURL).toBe('andes-dispute');
  });
});

describe('plover', () => {
  it('writes PLOVER JSON records with the manual\'s field names', async () => {
    const { text } = await capture((out) => writePlover(stream(), out));
    const records = text.trimEnd().split('\n').map((l) => JSON.parse(l) as PloverRecord);
    expect(records).toHaveLength(events.length);
    for (const [i, record] of records.entries()) {
      const event = events[i]!;
      expect(record.id).toBe(event.id);
      expect(record.date).toBe(event.date);
      expect(record.event).toEqual([event.plover]);
      expect(record.event_text).toEqual([event.evidence.text]);
      expect([1, 2, 3, 4]).toContain(record.quad_code);
      expect(record.context).toEqual(event.context);
      expect(record.text_info).toEqual({ sequence: event.sentence, start: event.evidence.start, end: event.evidence.end });
      expect(record.actor[0]!.entity_text).toBe(event.source.text);
    }
    const ruto = records[0]!;
    expect(ruto.actor).toEqual([{ code: 'KEN', sector: 'GOV', entity_text: 'Kenyan President William Ruto', identifier_text: 'William Ruto', office: 'President', actor_id: events[0]!.sourceActorId }]);
    expect(ruto.recipient).toEqual([{ code: 'TZA', sector: null, entity_text: 'Tanzania', identifier_text: null, office: null, actor_id: events[0]!.targetActorId }]);
    expect(ruto.cite_info).toMatchObject({ citation: 'ruto-floods', url: 'https://www.news.example.org/africa/ruto-floods', publication: 'news.example.org', coder: 'attache' });
    // Two reports of one event share their link.
    const reports = records.filter((r) => r.actor[0]!.identifier_text === 'William Ruto' && r.recipient[0]?.code === 'TZA');
    expect(reports).toHaveLength(3);
    expect(reports[0]!.link).not.toBeNull();
    expect(reports.every((r) => r.link === reports[0]!.link)).toBe(true);
    const assault = records.find((r) => r.event[0] === 'ASSAULT')!;
    expect(assault.recipient).toEqual([]);
    expect(assault.quad_code).toBe(4);
    const accuse = records.find((r) => r.event[0] === 'ACCUSE')!;
    expect(accuse.mode).toEqual(['disapprove']);
    expect(accuse.cite_info.url).toBeNull();
  });
});

describe('graphml', () => {
  interface Data { '@_key': string; '#text': string | number }
  interface Element { '@_id': string; '@_source'?: string; '@_target'?: string; data?: Data[] }
  interface Graphml { graphml: { key: { '@_id': string; '@_for': string; '@_attr.name': string }[]; graph: { '@_edgedefault': string; node?: Element[]; edge?: Element[] } } }

  const parse = (xml: string): Graphml => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name) });
    return parser.parse(xml) as Graphml;
  };
  const data = (element: Element): Record<string, string> =>
    Object.fromEntries((element.data ?? []).map((d) => [d['@_key'].slice(2), String(d['#text'])]));

  it('writes the actor network as well-formed GraphML with declared keys', async () => {
    const { text, result } = await capture((out) => writeGraphml(stream(), out));
    const doc = parse(text);
    const keys = doc.graphml.key.map((k) => `${k['@_for']}:${k['@_attr.name']}`);
    expect(keys).toEqual(expect.arrayContaining(['node:name', 'node:country', 'node:sector', 'node:kind', 'edge:count',
      'edge:verbal_cooperation', 'edge:material_cooperation', 'edge:verbal_conflict', 'edge:material_conflict', 'edge:weight']));
    // Every data element refers to a declared key.
    const declared = new Set(doc.graphml.key.map((k) => k['@_id']));
    const graph = doc.graphml.graph;
    expect(graph['@_edgedefault']).toBe('directed');
    for (const element of [...graph.node!, ...graph.edge!]) for (const d of element.data ?? []) expect(declared.has(d['@_key'])).toBe(true);

    // 16 actors; 8 source→target pairs (the ASSAULT has no target).
    expect(graph.node).toHaveLength(16);
    expect(graph.edge).toHaveLength(8);
    expect(result).toEqual({ events: 11, nodes: 16, edges: 8 });
    const ids = new Set(graph.node!.map((n) => n['@_id']));
    for (const edge of graph.edge!) {
      expect(ids.has(edge['@_source']!)).toBe(true);
      expect(ids.has(edge['@_target']!)).toBe(true);
    }
    const ruto = graph.node!.find((n) => data(n).name === 'William Ruto')!;
    // Source of three reports, target of Samia Suluhu Hassan's thanks.
    expect(data(ruto)).toMatchObject({ country: 'KEN', sector: 'GOV', kind: 'named', events: '4' });
    const tanzania = graph.node!.find((n) => data(n).name === 'TZA')!;
    expect(data(tanzania)).toMatchObject({ country: 'TZA', kind: 'country' });
    expect(data(tanzania).sector).toBeUndefined();
    const rutoToTanzania = graph.edge!.find((e) => e['@_source'] === ruto['@_id'] && e['@_target'] === tanzania['@_id'])!;
    expect(data(rutoToTanzania)).toMatchObject({ count: '3', verbal_cooperation: '3', material_cooperation: '0', verbal_conflict: '0', material_conflict: '0', weight: '3' });
    const total = graph.edge!.reduce((sum, e) => sum + Number(data(e).count), 0);
    expect(total).toBe(10);
  });

  it('makes countries the nodes with --level country', async () => {
    const { text, result } = await capture((out) => writeGraphml(stream(), out, { level: 'country' }));
    const graph = parse(text).graphml.graph;
    const ids = graph.node!.map((n) => n['@_id']).sort();
    expect(ids).toEqual(['ARG', 'BLR', 'BOL', 'BRA', 'CHL', 'DEU', 'IGO', 'IND', 'JPN', 'KEN', 'TZA', 'UGA', 'UKR']);
    expect(result).toMatchObject({ nodes: 13, edges: 8 });
    const edge = (s: string, t: string): Record<string, string> => data(graph.edge!.find((e) => e['@_source'] === s && e['@_target'] === t)!);
    expect(edge('KEN', 'TZA')).toMatchObject({ count: '3', verbal_cooperation: '3' });
    // Museveni (UGA) visited Nairobi (KEN): a person and a capital meet at country level.
    expect(edge('UGA', 'KEN')).toMatchObject({ count: '1', verbal_cooperation: '1' });
    expect(edge('IGO', 'BLR')).toMatchObject({ count: '1', material_conflict: '1' });
    expect(edge('DEU', 'UKR')).toMatchObject({ count: '1', material_cooperation: '1' });
    expect(edge('ARG', 'CHL')).toMatchObject({ count: '1', verbal_conflict: '1' });
    expect(data(graph.node!.find((n) => n['@_id'] === 'KEN')!)).toMatchObject({ name: 'Kenya', kind: 'country' });
  });
});

describe('filters', () => {
  const exportedIds = async (filter: EventFilter): Promise<number[]> => {
    const { text } = await capture((out) => writeJsonl(stream(filter), out));
    return text.trimEnd().split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { id: number }).id);
  };

  it('export only the events the filter selects', async () => {
    expect(await exportedIds({ country: 'KEN' })).toEqual([...byDoc('ruto-floods'), ...byDoc('ruto-help')].map((e) => e.id));
    // The aid "on Thursday" in an article of Wednesday 1 April was sent on 26 March.
    expect(await exportedIds({ since: '2026-03', until: '2026-03' }))
      .toEqual([...byDoc('sanctions-and-summit'), one('aid-and-fighting', 'AID')].map((e) => e.id).sort((a, b) => a - b));
    expect(await exportedIds({ category: ['ACCUSE', 'THREATEN'] })).toEqual([one('andes-dispute', 'ACCUSE').id, one('aid-and-fighting', 'THREATEN').id]);
    expect(await exportedIds({ country: 'FRA' })).toEqual([]);
  });

  it('restrict the network too', async () => {
    const { result } = await capture((out) => writeGraphml(stream({ country: 'KEN' }), out, { level: 'country' }));
    expect(result).toEqual({ events: 5, nodes: 3, edges: 3 });
  });
});
