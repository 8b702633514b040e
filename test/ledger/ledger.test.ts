import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/index.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { queryEvents } from '../../src/ledger/event-query.js';
import { findActors } from '../../src/ledger/actor-store.js';
import { createCoder, type Coder } from '../../src/pipeline.js';
import type { Document } from '../../src/types.js';
import { emptyLedger, readDocuments, reportsFile } from './store-helpers.js';

let coder: Coder;
let reports: Document[];
let ledger: Ledger;

// One in-memory database for the file (starting PGlite costs seconds), emptied before each test.
beforeAll(async () => {
  coder = createCoder();
  reports = await readDocuments([reportsFile]);
  ledger = await openTestLedger();
});
beforeEach(async () => { await emptyLedger(ledger); });
afterAll(async () => { await ledger.close(); });

async function storeAll(documents: Document[]): Promise<void> {
  for (const document of documents) await ledger.store(coder.codeDocument(document));
}

async function counts(): Promise<Record<string, number>> {
  const [row] = await ledger.db.query<Record<string, number>>(`select
    (select count(*)::int from documents) as documents, (select count(*)::int from sentences) as sentences,
    (select count(*)::int from events) as events, (select count(*)::int from clusters) as clusters,
    (select count(*)::int from actors) as actors, (select count(*)::int from mentions) as mentions`);
  return row!;
}

describe('storing documents', () => {
  it('stores documents, sentences, actors with roles and aliases, events and mentions as tables', async () => {
    await storeAll(reports);
    const c = await counts();
    expect(c.documents).toBe(3);
    expect(c.sentences).toBeGreaterThanOrEqual(7);
    expect(c.events).toBeGreaterThanOrEqual(5);
    expect(c.mentions).toBeGreaterThan(c.events);
    const [document] = await ledger.db.query<{ url: string; outlet: string; title: string; published: string }>(
      "select url, outlet, title, published from documents where doc_key = 'southern-wire-7'");
    expect(document).toEqual({
      url: 'https://www.southern-wire.example/news/fuentes-congratulated', outlet: 'southern-wire.example',
      title: 'Congratulations pour in for Fuentes', published: '2026-02-11',
    });
    const [halvorsen] = await findActors(ledger.db, 'ingrid halvorsen');
    expect(halvorsen).toMatchObject({ name: 'Ingrid Halvorsen', country: 'NOR', kind: 'named' });
    const roles = await ledger.db.query<{ role: string; first_seen: string; last_seen: string }>(
      'select role, first_seen, last_seen from actor_roles where actor_id = $1', [halvorsen!.id]);
    expect(roles).toEqual([{ role: 'Prime Minister', first_seen: '2026-02-09', last_seen: '2026-02-10' }]);
    // Evidence offsets point into the stored text.
    const [event] = await queryEvents(ledger.db, { source: 'Ingrid Halvorsen', category: ['SUPPORT'] }, { sort: 'date' });
    const [stored] = await ledger.db.query<{ text: string }>('select text from documents where id = $1', [event!.documentId]);
    expect(stored!.text.slice(event!.evidence.start, event!.evidence.end)).toBe(event!.evidence.text);
  });

  it('adds nothing when the same article is stored twice', async () => {
    await storeAll(reports);
    const before = await counts();
    const again = await ledger.store(coder.codeDocument(reports[0]!));
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
  });

  it('replaces the events of a changed article at the same URL', async () => {
    await storeAll(reports);
    const original = reports[2]!;
    const changed = makeDocument({
      id: original.id, origin: original.origin, url: original.url, title: original.title, published: original.published,
      text: 'Indian troops shelled Pakistani positions along the Line of Control on March 1, the Pakistani army said.',
    });
    const result = await ledger.store(coder.codeDocument(changed));
    expect(result.status).toBe('replaced');
    const events = await queryEvents(ledger.db, { documentId: result.documentId });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.source.country === 'IND')).toBe(true);
    expect(await queryEvents(ledger.db, { country: 'PAK', category: ['ACCUSE'] })).toEqual([]);
    expect((await counts()).documents).toBe(3);
  });

  it('leaves the ledger as it was when a document fails in the middle of its transaction', async () => {
    await storeAll(reports.slice(0, 2));
    const before = await counts();
    for (const step of ['document', 'events', 'clusters'] as const) {
      await expect(ledger.store(coder.codeDocument(reports[2]!), {
        checkpoint: (at) => { if (at === step) throw new Error(`forced failure after ${at}`); },
      })).rejects.toThrow(`forced failure after ${step}`);
      expect(await counts()).toEqual(before);
    }
    // The ledger is still usable and the document goes in on the next try.
    expect((await ledger.store(coder.codeDocument(reports[2]!))).status).toBe('added');
    expect((await counts()).documents).toBe(3);
  });
});

describe('actors across articles', () => {
  it('takes a fuller or shorter form of a known name of the same country as the same person', async () => {
    const store = (id: string, text: string): Promise<unknown> => ledger.store(coder.codeDocument(makeDocument({ id, origin: id, published: '2026-02-12', text })));
    await store('a', 'Chilean President Mateo Fuentes Larrain praised Argentina for its climate policy.');
    await store('b', 'Chilean President Mateo Fuentes thanked Argentina for its help.');
    await store('c', 'Chilean Foreign Minister Elena Fuentes criticised Bolivia.');
    const mateo = await findActors(ledger.db, 'Mateo Fuentes');
    expect(mateo.map((a) => a.name)).toEqual(['Mateo Fuentes Larrain']);
    const events = await queryEvents(ledger.db, { source: String(mateo[0]!.id) });
    expect(events.map((e) => e.doc).sort()).toEqual(['a', 'b']);
    // A surname alone finds everyone who bears it.
    expect((await findActors(ledger.db, 'fuentes')).map((a) => a.name).sort()).toEqual(['Elena Fuentes', 'Mateo Fuentes Larrain']);
  });
});

describe('merging reports into clusters', () => {
  it('merges one event reported by two articles into one cluster counting both', async () => {
    await storeAll(reports);
    const support = await queryEvents(ledger.db, { source: 'Ingrid Halvorsen', target: 'Mateo Fuentes', category: ['SUPPORT'] });
    expect(support).toHaveLength(2);
    expect(support[0]!.clusterId).not.toBeNull();
    expect(support[0]!.clusterId).toBe(support[1]!.clusterId);
    const [cluster] = await ledger.db.query<Record<string, unknown>>('select * from clusters where id = $1', [support[0]!.clusterId]);
    expect(cluster).toMatchObject({ events: 2, articles: 2, outlets: 2, first_date: '2026-02-09', last_date: '2026-02-10' });
  });

  it('keeps reports apart when their dates are further apart than the window', async () => {
    await storeAll(reports);
    await ledger.setWindowDays(0);
    const support = await queryEvents(ledger.db, { source: 'Ingrid Halvorsen', target: 'Mateo Fuentes', category: ['SUPPORT'] });
    expect(new Set(support.map((e) => e.clusterId)).size).toBe(2);
    await ledger.setWindowDays(1);
    const merged = await queryEvents(ledger.db, { source: 'Ingrid Halvorsen', target: 'Mateo Fuentes', category: ['SUPPORT'] });
    expect(new Set(merged.map((e) => e.clusterId)).size).toBe(1);
  });
});

describe('corrections', () => {
  it('rejects, re-categorises and re-targets events, and keeps that across recode', async () => {
    await storeAll(reports);
    const [assault] = await queryEvents(ledger.db, { category: ['ASSAULT'] });
    const [accuse] = await queryEvents(ledger.db, { category: ['ACCUSE'] });
    const [invite] = await queryEvents(ledger.db, { source: 'Lucia Ferreyra', category: ['CONSULT'] });
    const [fuentes] = await findActors(ledger.db, 'Mateo Fuentes');
    await ledger.correctEvent(assault!.id, { kind: 'reject' }, 'tester');
    await ledger.correctEvent(accuse!.id, { kind: 'category', plover: 'PROTEST' }, 'tester', 'a complaint, not an accusation');
    await ledger.correctEvent(invite!.id, { kind: 'target', actorId: fuentes!.id }, 'tester');

    const check = async (): Promise<void> => {
      expect(await queryEvents(ledger.db, { category: ['ASSAULT'] })).toEqual([]);
      const rejected = await queryEvents(ledger.db, { category: ['ASSAULT'], includeRejected: true });
      expect(rejected.map((e) => e.rejected)).toEqual([true]);
      const [protest] = await queryEvents(ledger.db, { category: ['PROTEST'] });
      expect(protest).toMatchObject({ corrected: true, quad: 'material-conflict', source: { country: 'IND' } });
      const [consult] = await queryEvents(ledger.db, { source: 'Lucia Ferreyra', category: ['CONSULT'] });
      expect(consult).toMatchObject({ corrected: true, target: { name: 'Mateo Fuentes' } });
      const log = await ledger.db.query<{ kind: string; author: string }>('select kind, author from corrections order by id');
      expect(log).toEqual([{ kind: 'reject', author: 'tester' }, { kind: 'category', author: 'tester' }, { kind: 'target', author: 'tester' }]);
    };
    await check();
    await ledger.recode(coder);
    await check();
    // Re-ingesting the same articles changes nothing either.
    await storeAll(reports);
    await check();
  });

  it('merges and renames actors; their events follow and the change survives recode', async () => {
    await storeAll(reports);
    await ledger.store(coder.codeDocument(makeDocument({
      id: 'variant', origin: 'variant.txt', published: '2026-02-12',
      text: 'Norwegian Prime Minister Ingrid Halvorssen praised Chile for its climate policy.',
    })));
    const [variant] = await findActors(ledger.db, 'Ingrid Halvorssen');
    const [halvorsen] = await findActors(ledger.db, 'Ingrid Halvorsen');
    expect(variant!.id).not.toBe(halvorsen!.id);
    await ledger.mergeActors(variant!.id, halvorsen!.id, 'tester');
    await ledger.renameActor(halvorsen!.id, 'Ingrid M. Halvorsen', 'tester');
    const check = async (): Promise<void> => {
      const events = await queryEvents(ledger.db, { source: String(halvorsen!.id) });
      expect(events.some((e) => e.doc === 'variant')).toBe(true);
      expect(new Set(events.map((e) => e.source.name))).toEqual(new Set(['Ingrid M. Halvorsen']));
      expect((await findActors(ledger.db, 'Ingrid Halvorssen')).map((a) => a.id)).toEqual([halvorsen!.id]);
    };
    await check();
    await ledger.recode(coder);
    await check();
  });
});
