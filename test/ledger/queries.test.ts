// The ledger's actor and dyad queries over articles written for these tests (test/fixtures/ledger),
// stored, then corrected: one event rejected, one recategorised, "Alex Stubb" merged into
// "Alexander Stubb".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorDetail, searchActors, searchFold } from '../../src/ledger/actor-query.js';
import { queryDyads } from '../../src/ledger/dyad-query.js';
import type { Dyad } from '../../src/ledger/dyad-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { actorId, buildQueryLedger } from './query-ledger.js';

let ledger: Ledger;

beforeAll(async () => {
  ledger = await openTestLedger();
  await buildQueryLedger(ledger);
});

afterAll(async () => {
  await ledger?.close();
});

const pair = (d: Dyad): string => `${d.a.name}–${d.b.name}`;

describe('searchActors', () => {
  it('finds a name by any part, without case or diacritics', async () => {
    for (const query of ['store', 'STØRE', 'gahr st', 'Jonas Gahr Støre']) {
      const found = await searchActors(ledger.db, { query, limit: 10 });
      expect(found.map((a) => a.name), query).toEqual(['Jonas Gahr Støre']);
    }
    expect(searchFold('Díaz-Canel Tô Lâm')).toBe('diaz canel to lam');
  });

  it('lists canonical actors only, found by the aliases of those merged into them', async () => {
    const stubbs = await searchActors(ledger.db, { query: 'stubb', limit: 10 });
    expect(stubbs.map((a) => a.name)).toEqual(['Alexander Stubb']);
    const byAlias = await searchActors(ledger.db, { query: 'alex stubb', limit: 10 });
    expect(byAlias.map((a) => a.name)).toEqual(['Alexander Stubb']);
    expect(byAlias[0]!.aliases).toEqual(['Alex Stubb']);
  });

  it('gives roles with dates, event counts and partners, busiest actors first', async () => {
    const [stubb, fin, ...rest] = await searchActors(ledger.db, { country: 'fin', limit: 10 });
    expect(rest).toEqual([]);
    expect(fin).toMatchObject({ name: 'FIN', kind: 'country', events: { asSource: 1, asTarget: 0, total: 1 } });
    expect(stubb).toMatchObject({ name: 'Alexander Stubb', kind: 'named', country: 'FIN', sector: 'GOV' });
    // The Baltic meeting (as "Alex Stubb", merged) widens the role back to January.
    expect(stubb!.roles).toEqual([{ role: 'President', country: 'FIN', sector: 'GOV', firstSeen: '2026-01-14', lastSeen: '2026-03-02' }]);
    expect(stubb!.events).toEqual({ asSource: 3, asTarget: 7, total: 10 });
    expect(stubb!.partners.map((p) => [p.name, p.events])).toEqual([
      ['Jonas Gahr Støre', 5], ['Kristen Michal', 2], ['EST', 1], ['Ulf Kristersson', 1], ['NOR', 1],
    ]);
  });

  it('counts every actor as its own page does, also on a tidied ledger', async () => {
    // The list counts each side of the live events apart (an event an actor does to itself
    // once); the page joins the actor to its events. Both must agree, before and after vacuum.
    for (const round of ['as stored', 'after tidy']) {
      if (round === 'after tidy') await ledger.tidy();
      const listed = await searchActors(ledger.db, { limit: 1000 });
      expect(listed.length).toBeGreaterThan(5);
      for (const actor of listed) {
        const detail = await actorDetail(ledger.db, actor.id);
        expect(actor.events, `${actor.name} (${round})`).toEqual(detail!.events);
      }
    }
  });

  it('leaves rejected events out of the counts and applies the limit', async () => {
    // "Eritrean forces shelled Ethiopian positions" is rejected: ERI MIL keeps no events.
    const [eriMil] = await searchActors(ledger.db, { query: 'ERI MIL', limit: 5 });
    expect(eriMil).toMatchObject({ name: 'ERI MIL', events: { total: 0 }, partners: [] });
    const top = await searchActors(ledger.db, { limit: 2 });
    expect(top.map((a) => a.name)).toEqual(['Alexander Stubb', 'Jonas Gahr Støre']);
  });

  it('finds nothing for a name nobody has', async () => {
    expect(await searchActors(ledger.db, { query: 'Nobody Atall', limit: 5 })).toEqual([]);
  });
});

describe('actorDetail', () => {
  it('counts events by category and answers for a merged actor with the actor it became', async () => {
    const detail = await actorDetail(ledger.db, await actorId(ledger, 'Alex Stubb'));
    expect(detail?.name).toBe('Alexander Stubb');
    expect(detail!.categories).toEqual([
      { plover: 'CONSULT', asSource: 1, asTarget: 4, total: 5 },
      { plover: 'SUPPORT', asSource: 1, asTarget: 2, total: 3 },
      { plover: 'AGREE', asSource: 1, asTarget: 1, total: 2 },
    ]);
    const merged = await ledger.db.query<{ id: number }>("select id from actors where name = 'Alex Stubb'");
    expect((await actorDetail(ledger.db, merged[0]!.id))?.id).toBe(detail!.id);
  });

  it('counts a recategorised event under its new category', async () => {
    const china = await actorDetail(ledger.db, await actorId(ledger, 'CHN'));
    expect(china!.categories).toEqual([{ plover: 'PROTEST', asSource: 1, asTarget: 0, total: 1 }]);
  });

  it('is null for an unknown id', async () => {
    expect(await actorDetail(ledger.db, 99_999)).toBeNull();
  });
});

describe('queryDyads', () => {
  it('pairs countries either way, with both directions and quad classes, busiest first', async () => {
    const dyads = await queryDyads(ledger.db, { level: 'country', filter: {} });
    expect(dyads.map((d) => [pair(d), d.total])).toEqual([
      ['FIN–NOR', 6], ['EST–FIN', 4], ['JPN–PHL', 4], ['BLR–IGO', 3], ['BLR–LTU', 1], ['CHN–PHL', 1], ['ERI–ETH', 1],
      // "Swedish Prime Minister Ulf Kristersson sent a congratulatory letter to Stubb"
      ['FIN–SWE', 1],
    ]);
    const finNor = dyads[0]!;
    expect(finNor).toMatchObject({ aToB: 2, bToA: 4, quads: { 'verbal-cooperation': 6, 'material-cooperation': 0 } });
    expect(finNor.periods).toBeUndefined();
    const blrIgo = dyads.find((d) => pair(d) === 'BLR–IGO')!;
    expect(blrIgo).toMatchObject({ aToB: 1, bToA: 2, quads: { 'verbal-conflict': 1, 'material-conflict': 2 } });
    expect(dyads.find((d) => pair(d) === 'JPN–PHL')!.quads).toEqual({
      'verbal-cooperation': 2, 'material-cooperation': 2, 'verbal-conflict': 0, 'material-conflict': 0,
    });
  });

  it('pairs actors, named by their stored names', async () => {
    const dyads = await queryDyads(ledger.db, { level: 'actor', filter: {}, limit: 2 });
    expect(dyads.map((d) => [pair(d), d.total, d.aToB, d.bToA])).toEqual([
      ['Jonas Gahr Støre–Alexander Stubb', 5, 4, 1],
      ['European Union–BLR', 3, 2, 1],
    ]);
    expect(dyads[0]!.b).toMatchObject({ country: 'FIN' });
  });

  it('takes every event filter, rejected events included only on request', async () => {
    const conflict = await queryDyads(ledger.db, { level: 'country', filter: { quad: ['material-conflict'] } });
    expect(conflict.map((d) => [pair(d), d.total])).toEqual([['BLR–IGO', 2], ['BLR–LTU', 1], ['CHN–PHL', 1]]);
    const winter = await queryDyads(ledger.db, { level: 'country', filter: { since: '2026-01', until: '2026-03' } });
    expect(winter.map(pair)).toEqual(['FIN–NOR', 'EST–FIN', 'FIN–SWE']);
    const stubb = await queryDyads(ledger.db, { level: 'actor', filter: { actor: 'Alexander Stubb', category: ['SUPPORT'] } });
    expect(stubb.map((d) => [pair(d), d.total])).toEqual([['Kristen Michal–Alexander Stubb', 1], ['Alexander Stubb–Ulf Kristersson', 1], ['Alexander Stubb–NOR', 1]]);
    const horn = await queryDyads(ledger.db, { level: 'country', filter: { country: 'ERI', includeRejected: true } });
    expect(horn.map((d) => [pair(d), d.total, d.quads['material-conflict']])).toEqual([['ERI–ETH', 2, 1]]);
  });

  it('counts per month, week, day or year, partial dates on their first day', async () => {
    const monthly = await queryDyads(ledger.db, { level: 'country', filter: {}, interval: 'month' });
    const periods = (name: string, dyads: Dyad[]): [string, number][] =>
      dyads.find((d) => pair(d) === name)!.periods!.map((p) => [p.period, p.total]);
    expect(periods('FIN–NOR', monthly)).toEqual([['2026-03-01', 6]]);
    // "In March 2025, Lithuania expelled ...": a month, counted from its first day.
    expect(periods('BLR–LTU', monthly)).toEqual([['2025-03-01', 1]]);
    const weekly = await queryDyads(ledger.db, { level: 'country', filter: {}, interval: 'week' });
    // Sunday 1 March 2026 belongs to the week starting Monday 23 February.
    expect(periods('FIN–NOR', weekly)).toEqual([['2026-02-23', 6]]);
    const daily = await queryDyads(ledger.db, { level: 'country', filter: {}, interval: 'day' });
    const estFin = daily.find((d) => pair(d) === 'EST–FIN')!.periods!;
    expect(estFin.map((p) => [p.period, p.total, p.aToB, p.bToA])).toEqual([['2026-01-14', 3, 2, 1], ['2026-01-15', 1, 0, 1]]);
    const yearly = await queryDyads(ledger.db, { level: 'country', filter: { country: 'BLR' }, interval: 'year' });
    expect(yearly.map((d) => [pair(d), d.periods])).toEqual([
      ['BLR–IGO', [expect.objectContaining({ period: '2025-01-01', total: 3 })]],
      ['BLR–LTU', [expect.objectContaining({ period: '2025-01-01', total: 1 })]],
    ]);
  });
});
