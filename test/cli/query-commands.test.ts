// `attache events`, `attache actors` and `attache dyads` over the query fixtures (see
// test/ledger/query-ledger.ts). The commands are not registered in main.ts yet: each run builds
// a program holding the command under test and maps errors to exit codes as main() does. Most
// runs borrow one in-memory ledger (opening PGlite takes seconds); one test goes through a real
// --data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { actorsCommand } from '../../src/cli/actors-command.js';
import { dyadsCommand } from '../../src/cli/dyads-command.js';
import { eventsCommand } from '../../src/cli/events-command.js';
import type { LedgerEventRecord } from '../../src/cli/events-command.js';
import { filterFromOptions, UsageError } from '../../src/cli/filter-options.js';
import type { LedgerOptions } from '../../src/cli/ledger-options.js';
import { withLedger } from '../../src/cli/ledger-options.js';
import { makeDocument } from '../../src/ingest/index.js';
import type { ActorDetail, ActorProfile } from '../../src/ledger/actor-query.js';
import type { Dyad } from '../../src/ledger/dyad-query.js';
import { queryEvents } from '../../src/ledger/event-query.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { freshLedgerFolder, openTestLedger } from '../ledger-under-test.js';
import { createCoder } from '../../src/pipeline.js';
import { buildQueryLedger, eventIdWith, readFixture } from '../ledger/query-ledger.js';
import type { CliResult } from './run-cli.js';
import { runCommand } from './run-cli.js';

type CommandFactory = (run: typeof withLedger) => Command;

let ledger: Ledger;
let rejectedId: number;

/** Lends the shared ledger to the command instead of opening (and closing) one. */
const lend = async <T>(_options: LedgerOptions, work: (lent: Ledger) => Promise<T>): Promise<T> => work(ledger);

/** Runs one command as `attache <name> ...args` would, capturing its output; exit codes as in main(). */
function run(factory: CommandFactory, args: string[], runner: typeof withLedger = lend): Promise<CliResult> {
  return runCommand(factory(runner), args);
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

/** `attache events --jsonl ...args`: the events as "doc#sentence", in output order. */
async function events(...args: string[]): Promise<string[]> {
  const result = await run(eventsCommand, ['--jsonl', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return lines(result.stdout).map((l) => { const e = JSON.parse(l) as LedgerEventRecord; return `${e.doc}#${e.sentence}`; });
}

const NORDIC_TALKS = ['nordic-phone-talks#1', 'nordic-phone-talks#2', 'nordic-phone-talks#3'];

beforeAll(async () => {
  ledger = await openTestLedger();
  ({ rejectedId } = await buildQueryLedger(ledger));
});

afterAll(async () => {
  await ledger?.close();
});

describe('attache events: filters', () => {
  it('--actor: either side, by name without diacritics; a merged name finds the actor it became', async () => {
    expect(await events('--actor', 'Jonas Gahr Store', '--sort', 'id')).toEqual([
      ...NORDIC_TALKS, 'nordic-phone-talks#4', 'nordic-call-report#1',
    ]);
    expect(await events('--actor', 'Alex Stubb', '--since', '2026-01', '--until', '2026-01', '--sort', 'id')).toEqual([
      'baltic-cable-meeting#1', 'baltic-cable-meeting#2', 'baltic-cable-meeting#3',
    ]);
  });

  it('--source and --target: one side only', async () => {
    expect(await events('--source', 'Alexander Stubb', '--sort', 'id')).toEqual([
      'baltic-cable-meeting#1', 'nordic-phone-talks#4', 'nordic-call-report#2',
    ]);
    expect(await events('--target', 'Alexander Stubb', '--sort', 'id')).toEqual([
      'baltic-cable-meeting#2', 'baltic-cable-meeting#3', ...NORDIC_TALKS, 'nordic-phone-talks#5', 'nordic-call-report#1',
    ]);
  });

  it('--country: either side, any case', async () => {
    expect(await events('--country', 'phl', '--sort', 'id')).toEqual([0, 1, 2, 3, 4].map((i) => `manila-aid-visit#${i}`));
  });

  it('--dyad: countries, actors, or one of each, either direction', async () => {
    expect(await events('--dyad', 'FIN,NOR', '--sort', 'id')).toEqual([
      ...NORDIC_TALKS, 'nordic-phone-talks#4', 'nordic-call-report#1', 'nordic-call-report#2',
    ]);
    expect(await events('--dyad', 'Alexander Stubb, Kristen Michal', '--sort', 'id')).toEqual(['baltic-cable-meeting#1', 'baltic-cable-meeting#3']);
    expect(await events('--dyad', 'EST,Alexander Stubb', '--sort', 'id')).toEqual([
      'baltic-cable-meeting#1', 'baltic-cable-meeting#2', 'baltic-cable-meeting#3',
    ]);
  });

  it('--category: a comma list, any case; a corrected category counts', async () => {
    expect(await events('--category', 'aid,Protest', '--sort', 'id')).toEqual([
      'manila-aid-visit#0', 'manila-aid-visit#2', 'manila-aid-visit#4',
    ]);
  });

  it('--channel and --quad', async () => {
    // What the two leaders discussed, and the invitation and its acceptance, came during the call.
    expect(await events('--channel', 'phone', '--sort', 'id')).toEqual([
      'nordic-phone-talks#1', 'nordic-phone-talks#2', 'nordic-phone-talks#3', 'nordic-phone-talks#4', 'nordic-call-report#1', 'nordic-call-report#2',
    ]);
    expect(await events('--channel', 'letter,visit', '--sort', 'id')).toEqual(['manila-aid-visit#0', 'nordic-phone-talks#5']);
    // The rejected shelling is material conflict too, and stays out.
    expect(await events('--quad', 'material-conflict', '--sort', 'id')).toEqual([
      'belarus-sanctions#0', 'belarus-sanctions#1', 'belarus-sanctions#3', 'manila-aid-visit#4',
    ]);
  });

  it('--since and --until: days, months and years, inclusive', async () => {
    expect(await events('--since', '2026-05', '--sort', 'id')).toEqual([0, 1, 2, 3, 4].map((i) => `manila-aid-visit#${i}`));
    expect(await events('--until', '2025', '--sort', 'id')).toEqual([0, 1, 2, 3].map((i) => `belarus-sanctions#${i}`));
    expect(await events('--since', '2025-03', '--until', '2025-03')).toEqual(['belarus-sanctions#3']);
    expect(await events('--since', '2026-03-02', '--until', '2026-03-02')).toEqual(['nordic-phone-talks#5']);
  });

  it('--text: full-text search over the evidence, words stemmed, phrases quoted', async () => {
    expect(await events('--text', 'sanction', '--sort', 'id')).toEqual(['belarus-sanctions#0', 'belarus-sanctions#1', 'belarus-sanctions#2']);
    expect(await events('--text', '"phone talks"', '--sort', 'id')).toEqual(['nordic-phone-talks#1', 'nordic-call-report#1']);
    expect(await events('--text', 'undersea cables', '--sort', 'id')).toEqual(['baltic-cable-meeting#0', 'baltic-cable-meeting#2']);
  });

  it('--cluster: one event as two outlets reported it', async () => {
    const [talks] = await queryEvents(ledger.db, { text: '"phone talks"', source: 'Jonas Gahr Støre' }, { limit: 1 });
    expect(await events('--cluster', String(talks!.clusterId), '--sort', 'id')).toEqual([...NORDIC_TALKS, 'nordic-call-report#1']);
  });

  it('--include-rejected: the rejected event comes back, marked', async () => {
    expect(await events('--country', 'ERI')).toEqual(['horn-border-clash#1']);
    expect(await events('--country', 'ERI', '--include-rejected', '--sort', 'id')).toEqual(['horn-border-clash#1', 'horn-border-clash#2']);
    const result = await run(eventsCommand, ['--jsonl', '--include-rejected', '--country', 'ERI', '--sort', 'id']);
    const records = lines(result.stdout).map((l) => JSON.parse(l) as LedgerEventRecord);
    expect(records.map((r) => [r.id, r.rejected])).toEqual([[records[0]!.id, false], [rejectedId, true]]);
  });

  it('finds the rejected event the fixtures helper names', async () => {
    expect(await eventIdWith(ledger, 'Eritrean forces shelled')).toBe(rejectedId);
  });

  it('warns when a name matches no actor', async () => {
    const result = await run(eventsCommand, ['--jsonl', '--actor', 'Nobody Atall']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/warning: no actor matches "Nobody Atall"/);
  });
});

describe('attache events: sorting, paging and formats', () => {
  it('sorts by date either way, ties by id', async () => {
    expect(await events('--sort', 'date', '--limit', '3')).toEqual(['belarus-sanctions#3', 'belarus-sanctions#0', 'belarus-sanctions#1']);
    expect(await events('--sort', '-date', '--limit', '2')).toEqual(['manila-aid-visit#4', 'manila-aid-visit#2']);
    expect(await events('--sort', 'category', '--country', 'BLR')).toEqual([
      'belarus-sanctions#2', 'belarus-sanctions#0', 'belarus-sanctions#1', 'belarus-sanctions#3',
    ]);
  });

  it('pages with --limit and --offset, streamed or as a table', async () => {
    const all = await events('--sort', 'id');
    expect(all).toHaveLength(23);
    expect(await events('--sort', 'id', '--offset', '5', '--limit', '5')).toEqual(all.slice(5, 10));
    expect(await events('--sort', 'id', '--offset', '20')).toEqual(all.slice(20));
    const table = await run(eventsCommand, ['--table', '--sort', 'id', '--offset', '5', '--limit', '5']);
    expect(table.stderr).toBe('5 of 23 events (after the first 5)\n');
    expect(lines(table.stdout)).toHaveLength(2 + 5);
    expect(table.stdout).toMatch(/belarus|Brussels/);
  });

  it('shows a table with the cluster size and corrected and rejected events marked', async () => {
    const result = await run(eventsCommand, ['--table', '--include-rejected', '--country', 'ERI', '--sort', 'id']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('2 of 2 events\n');
    const [header, rule, first, second] = lines(result.stdout);
    expect(header).toMatch(/^id\s+date\s+source\s+category\s+target\s+channel\s+evidence\s+cluster\s+status$/);
    expect(rule).toMatch(/^-+\s+-+/);
    expect(first).toMatch(/ACCUSE .*Addis Ababa/);
    expect(second).toMatch(/ASSAULT .*Eritrean forces.*REJECTED, corrected$/);
    const talks = await run(eventsCommand, ['--table', '--text', '"phone talks"', '--sort', 'id']);
    expect(lines(talks.stdout)[2]).toMatch(/Jonas Gahr Støre \(NOR\)\s+CONSULT\s+Alexander Stubb \(FIN\)\s+phone\s+.*#\d+ ×4/);
    const china = await run(eventsCommand, ['--table', '--country', 'CHN']);
    expect(lines(china.stdout)[2]).toMatch(/PROTEST .* corrected$/);
  });

  it('limits a table to 50 rows by default', async () => {
    // Fewer than 50 events in the fixtures: all of them, and the count says so.
    const result = await run(eventsCommand, ['--table']);
    expect(result.stderr).toBe('23 of 23 events\n');
    expect(lines(result.stdout)).toHaveLength(25);
  });

  it('writes the contract record plus the ledger fields as JSON Lines', async () => {
    const result = await run(eventsCommand, ['--jsonl', '--cluster', String((await queryEvents(ledger.db, { category: ['AID'], country: 'JPN', channel: ['visit'] }))[0]!.clusterId)]);
    const [record] = lines(result.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(record!)).toEqual([
      'doc', 'sentence', 'date', 'source', 'target', 'plover', 'mode', 'context', 'cameo', 'quad', 'goldstein', 'channel',
      'evidence', 'confidence', 'id', 'clusterId', 'url', 'corrected', 'rejected',
    ]);
    expect(record).toMatchObject({
      doc: 'manila-aid-visit', sentence: 0, plover: 'AID', quad: 'material-cooperation', channel: 'visit',
      source: { country: 'JPN' }, target: { country: 'PHL' }, url: 'https://manila-times.example/aid-visit', corrected: false, rejected: false,
    });
  });

  it('writes CSV with the code command\'s columns and the ledger\'s', async () => {
    const result = await run(eventsCommand, ['--csv', '--channel', 'letter']);
    const [header, row, ...rest] = lines(result.stdout);
    expect(rest).toEqual([]);
    expect(header).toMatch(/^doc,sentence,date,source_name,.*,confidence,id,cluster_id,url,corrected,rejected$/);
    expect(row).toMatch(/^nordic-phone-talks,5,2026-03-02,Ulf Kristersson,/);
    expect(row).toMatch(/,https:\/\/oslo-news\.example\/phone-talks,false,false$/);
  });
});

describe('attache events: usage errors', () => {
  const cases: [string[], RegExp][] = [
    [['--category', 'CONSULT,GREET'], /--category.*unknown PLOVER category "GREET"/],
    [['--channel', 'fax'], /--channel.*unknown channel "fax"/],
    [['--quad', 'cooperation'], /--quad.*unknown quad class "cooperation"/],
    [['--since', '2026-13'], /--since.*YYYY-MM-DD, YYYY-MM or YYYY/],
    [['--until', '2026-02-30'], /--until.*YYYY-MM-DD/],
    [['--since', '2026-04', '--until', '2026-03-31'], /--since.*after.*--until/],
    [['--dyad', 'FIN'], /--dyad.*A,B/],
    [['--country', 'Finland'], /--country.*alpha-3/],
    [['--cluster', 'first'], /--cluster.*numeric id/],
    [['--actor', ' '], /--actor.*empty/],
    [['--sort', 'newest'], /--sort.*Allowed choices/],
    [['--limit', '-1'], /--limit.*whole number/],
    [['--jsonl', '--csv'], /cannot be used with/],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 with one line for ${args.join(' ')}`, async () => {
      const result = await run(eventsCommand, args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    });
  }

  it('filterFromOptions throws UsageError, and builds the whole filter from strings', () => {
    expect(() => filterFromOptions({ category: 'nope' })).toThrow(UsageError);
    expect(filterFromOptions({
      actor: 'To Lam', source: 'Putin', target: 'VNM', country: 'vnm', dyad: 'RUS, VNM', category: 'support,consult',
      channel: 'Letter', quad: 'verbal-cooperation', since: '2026', until: '2026-01-31', text: 'congratulated',
      cluster: '7', includeRejected: true,
    })).toEqual({
      actor: 'To Lam', source: 'Putin', target: 'VNM', country: 'VNM', dyad: ['RUS', 'VNM'], category: ['SUPPORT', 'CONSULT'],
      channel: ['letter'], quad: ['verbal-cooperation'], since: '2026', until: '2026-01-31', text: 'congratulated',
      clusterId: 7, includeRejected: true,
    });
    expect(filterFromOptions({})).toEqual({});
  });
});

describe('attache actors', () => {
  it('searches names and aliases and lists roles, counts and partners as JSON Lines', async () => {
    const result = await run(actorsCommand, ['alex', '--jsonl']);
    const actors = lines(result.stdout).map((l) => JSON.parse(l) as ActorProfile);
    expect(actors.map((a) => a.name)).toEqual(['Alexander Stubb']);
    expect(actors[0]).toMatchObject({ aliases: ['Alex Stubb'], events: { total: 10 }, roles: [{ role: 'President', firstSeen: '2026-01-14' }] });
  });

  it('filters by country and limits', async () => {
    const result = await run(actorsCommand, ['--country', 'jpn', '--limit', '1', '--jsonl']);
    expect(lines(result.stdout).map((l) => (JSON.parse(l) as ActorProfile).name)).toEqual(['JPN']);
  });

  it('shows a table with aliases, roles with dates, counts and partners', async () => {
    const result = await run(actorsCommand, ['STØRE', '--table']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('1 actor\n');
    const [header, , row] = lines(result.stdout);
    expect(header).toMatch(/^id\s+name\s+aliases\s+country\s+sector\s+roles\s+events\s+partners$/);
    expect(row).toMatch(/Jonas Gahr Støre\s+NOR\s+GOV\s+Prime Minister \(NOR, GOV\) 2026-03-01\s+5 \(4 as source, 1 as target\)\s+Alexander Stubb \(FIN\) ×5$/);
  });

  it('shows one actor in detail with --id, following a merge', async () => {
    const [alex] = await ledger.db.query<{ id: number }>("select id from actors where name = 'Alex Stubb'");
    const text = await run(actorsCommand, ['--id', String(alex!.id), '--table']);
    expect(text.stdout).toMatch(/^Alexander Stubb {2}\(#\d+; named, FIN, GOV\)\n/);
    expect(text.stdout).toContain('aliases:  Alex Stubb');
    expect(text.stdout).toContain('President (FIN, GOV) 2026-01-14 – 2026-03-02');
    expect(text.stdout).toMatch(/by category:\n {2}CONSULT {4}5 \(1 as source, 4 as target\)\n {2}SUPPORT/);
    expect(text.stdout).toMatch(/partners:\n {2}Jonas Gahr Støre \(NOR\) ×5\n {2}Kristen Michal \(EST\) ×2/);
    const json = await run(actorsCommand, ['--id', String(alex!.id), '--jsonl']);
    const detail = JSON.parse(json.stdout) as ActorDetail;
    expect(detail.categories.map((c) => c.plover)).toEqual(['CONSULT', 'SUPPORT', 'AGREE']);
  });

  it('fails on an unknown id (exit 1) and on bad usage (exit 2)', async () => {
    const missing = await run(actorsCommand, ['--id', '99999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no actor 99999/);
    expect((await run(actorsCommand, ['stubb', '--id', '3'])).code).toBe(2);
    expect((await run(actorsCommand, ['--country', 'Norway'])).code).toBe(2);
    expect((await run(actorsCommand, ['--limit', 'ten'])).code).toBe(2);
  });
});

describe('attache dyads', () => {
  it('counts country pairs with directions and quad classes, per month with --interval', async () => {
    const result = await run(dyadsCommand, ['--jsonl', '--interval', 'month', '--limit', '2']);
    const dyads = lines(result.stdout).map((l) => JSON.parse(l) as Dyad);
    expect(dyads.map((d) => [d.a.name, d.b.name, d.total, d.aToB, d.bToA])).toEqual([['FIN', 'NOR', 6, 2, 4], ['EST', 'FIN', 4, 2, 2]]);
    expect(dyads[1]!.periods!.map((p) => [p.period, p.total])).toEqual([['2026-01-01', 4]]);
  });

  it('counts actor pairs under the same filters as events', async () => {
    const result = await run(dyadsCommand, ['--jsonl', '--level', 'actor', '--country', 'PHL', '--quad', 'verbal-cooperation']);
    const dyads = lines(result.stdout).map((l) => JSON.parse(l) as Dyad);
    expect(dyads.map((d) => [d.a.name, d.b.name, d.total])).toEqual([['Shigeru Ishiba', 'Ferdinand Marcos Jr.', 2]]);
  });

  it('writes a table with a row per period, and CSV rows per period', async () => {
    const table = await run(dyadsCommand, ['--table', '--dyad', 'EST,FIN', '--interval', 'day']);
    expect(table.stderr).toBe('1 dyad\n');
    const [header, , total, first, second] = lines(table.stdout);
    expect(header).toMatch(/^dyad \(a – b\)\s+period\s+events\s+a→b\s+b→a\s+verbal-cooperation\s+material-cooperation\s+verbal-conflict\s+material-conflict$/);
    expect(total).toMatch(/^EST – FIN\s+all\s+4\s+2\s+2\s+4\s+0\s+0\s+0$/);
    expect(first).toMatch(/^\s+2026-01-14\s+3\s+2\s+1\s+3\s+0\s+0\s+0$/);
    expect(second).toMatch(/^\s+2026-01-15\s+1\s+0\s+1\s+1/);
    const csv = await run(dyadsCommand, ['--csv', '--country', 'BLR', '--interval', 'year']);
    expect(lines(csv.stdout)).toEqual([
      'a,a_id,a_country,b,b_id,b_country,period,events,a_to_b,b_to_a,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict',
      'BLR,,BLR,IGO,,IGO,2025-01-01,3,1,2,0,0,1,2',
      'BLR,,BLR,LTU,,LTU,2025-01-01,1,0,1,0,0,0,1',
    ]);
  });

  it('rejects a bad level or interval (exit 2)', async () => {
    expect((await run(dyadsCommand, ['--level', 'region'])).code).toBe(2);
    expect((await run(dyadsCommand, ['--interval', 'decade'])).code).toBe(2);
    expect((await run(dyadsCommand, ['--since', 'March'])).code).toBe(2);
  });
});

describe('the query commands on a ledger folder (--data)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await freshLedgerFolder('attache-query-');
    const folder = await openTestLedger(dir);
    try {
      const { published, text } = readFixture('manila-aid-visit');
      await folder.store(createCoder().codeDocument(makeDocument({ id: 'manila-aid-visit', origin: 'manila.txt', text, published })));
    } finally {
      await folder.close();
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens the folder, answers, and closes it for the next command', async () => {
    const listed = await run(eventsCommand, ['--data', dir, '--jsonl', '--source', 'Shigeru Ishiba', '--sort', 'id'], withLedger);
    // Japan's aid is Japan's, not its prime minister's: the article says Japan sent it.
    expect(lines(listed.stdout).map((l) => (JSON.parse(l) as LedgerEventRecord).plover)).toEqual(['CONSULT', 'AGREE']);
    const dyads = await run(dyadsCommand, ['--data', dir, '--jsonl'], withLedger);
    expect(lines(dyads.stdout).map((l) => { const d = JSON.parse(l) as Dyad; return `${d.a.name}–${d.b.name} ${d.total}`; }))
      .toEqual(['JPN–PHL 4', 'CHN–PHL 1']);
  });
});
