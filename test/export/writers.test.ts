// The writers on made-up events, for what an invented article cannot easily show: hostile
// text (markup, tabs, control characters), partial dates, slow and failing outputs, and a
// file that must appear whole or not at all.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ActorNetwork, AtomicFile, EXPORT_CSV_COLUMNS, GDELT_COLUMNS, gdeltLine, gdeltRow, writeCsv, writeGraphml, writeJsonl,
} from '../../src/export/index.js';
import { gdeltTimestamp } from '../../src/export/gdelt.js';
import { xmlEscape } from '../../src/export/xml.js';
import type { StoredEvent } from '../../src/ledger/event-query.js';
import { capture, fromArray, parseCsv, storedEvent } from './helpers.js';

const folders: string[] = [];
const tempFolder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-export-'));
  folders.push(dir);
  return dir;
};
afterAll(() => { for (const dir of folders) rmSync(dir, { recursive: true, force: true }); });

describe('xml escaping', () => {
  it('escapes markup and drops what XML 1.0 cannot hold', () => {
    expect(xmlEscape('A & B <C> "D" \'E\'')).toBe('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;');
    expect(xmlEscape('bell\u0007 lone\uD800 pair\uD83D\uDE00 tab\tnl\n')).toBe('bell lone pair\uD83D\uDE00 tab\tnl\n');
  });

  it('keeps a GraphML document well-formed whatever the actors are called', async () => {
    const name = 'Ligue des "Amis" <du> Peuple & Cie\u0001';
    const events = [storedEvent({ source: { text: name, name, country: 'FRA', sector: 'CVL', role: null } })];
    const { text } = await capture((out) => writeGraphml(fromArray(events), out));
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (tag) => tag === 'node' || tag === 'data' })
      .parse(text) as { graphml: { graph: { node: { data: { '#text': string }[] }[] } } };
    const names = doc.graphml.graph.node.map((n) => n.data[0]!['#text']);
    expect(names).toContain('Ligue des "Amis" <du> Peuple & Cie');
  });
});

describe('gdelt rows', () => {
  it('fill as much of the date as the event has', () => {
    const cells = (date: string | null): string[] => {
      const row = gdeltRow(storedEvent({ date }));
      return [row.SQLDATE, row.MonthYear, row.Year, row.FractionDate].map((v) => String(v ?? ''));
    };
    expect(cells('2026-12-31')).toEqual(['20261231', '202612', '2026', '2026.9890']);
    expect(cells('2025-03')).toEqual(['', '202503', '2025', '']);
    expect(cells('2025')).toEqual(['', '', '2025', '']);
    expect(cells(null)).toEqual(['', '', '', '']);
  });

  it('keep one line of 61 columns when values hold tabs and line breaks', () => {
    const name = 'Name\twith a tab\nand a line';
    const line = gdeltLine(gdeltRow(storedEvent({ source: { text: name, name, country: null, sector: 'GOV', role: null } })));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
    const cells = line.slice(0, -1).split('\t');
    expect(cells).toHaveLength(GDELT_COLUMNS.length);
    expect(cells[GDELT_COLUMNS.indexOf('Actor1Name')]).toBe('NAME WITH A TAB AND A LINE');
    expect(cells[GDELT_COLUMNS.indexOf('Actor1Code')]).toBe('GOV');
    expect(cells[GDELT_COLUMNS.indexOf('SOURCEURL')]).toBe('made-up');
  });

  it('prefer the URL, then the origin, then the doc key for SOURCEURL', () => {
    const facts = { mentions: 3, sources: 2, articles: 3, addedAt: '2026-01-25T08:30:05.123Z', origin: '/news/a.txt' };
    expect(gdeltRow(storedEvent({ url: 'https://example.org/a' }), facts).SOURCEURL).toBe('https://example.org/a');
    expect(gdeltRow(storedEvent(), facts)).toMatchObject({ SOURCEURL: '/news/a.txt', NumMentions: 3, NumSources: 2, NumArticles: 3, DATEADDED: '20260125083005' });
    expect(gdeltTimestamp('not a time')).toBeNull();
  });
});

describe('csv rows', () => {
  it('round-trip commas, quotes, line breaks and empty actors', async () => {
    const evidence = 'He said: "No, never,\nnot ""once""", and left.\r\nThen, silence.';
    const events = [
      storedEvent({ evidence: { text: evidence, start: 0, end: evidence.length } }),
      storedEvent({ id: 8, target: null, source: { text: 'Ô "Quoted", Ltd', name: 'Ô "Quoted", Ltd', country: null, sector: null, role: null }, corrected: true }),
    ];
    const { text } = await capture((out) => writeCsv(fromArray(events), out));
    const [header, first, second] = parseCsv(text);
    expect(header).toEqual([...EXPORT_CSV_COLUMNS]);
    expect(first![EXPORT_CSV_COLUMNS.indexOf('evidence')]).toBe(evidence);
    expect(second![EXPORT_CSV_COLUMNS.indexOf('source_name')]).toBe('Ô "Quoted", Ltd');
    expect(second![EXPORT_CSV_COLUMNS.indexOf('target_name')]).toBe('');
    expect(second![EXPORT_CSV_COLUMNS.indexOf('corrected')]).toBe('true');
  });
});

describe('the actor network', () => {
  it('counts an event within one country once, and leaves out what has no node', () => {
    const network = new ActorNetwork('country');
    network.add(storedEvent({ target: { text: 'the Ruritanian army', name: null, country: 'RUR', sector: 'MIL', role: null } }));
    network.add(storedEvent({ target: { text: 'somebody', name: null, country: null, sector: null, role: null } }));
    network.add(storedEvent({ target: null }));
    expect(network.edges()).toHaveLength(1);
    expect(network.edges()[0]).toMatchObject({ source: 'RUR', target: 'RUR', count: 1 });
    expect(network.nodes()).toEqual([expect.objectContaining({ id: 'RUR', events: 3 })]);
    expect(network.unlinked).toBe(2);
  });
});

/** Accepts a few bytes at a time, later: what a slow pipe looks like to a writer. */
class SlowSink extends Writable {
  text = '';
  refusals = 0;
  /** The most ever waiting in the stream's buffer: bounded only if the writer waits for 'drain'. */
  maxBuffered = 0;
  constructor() {
    super({ highWaterMark: 1024, decodeStrings: false });
  }
  override write(chunk: unknown, ...rest: unknown[]): boolean {
    const accepted = super.write(chunk as string, ...(rest as [BufferEncoding, () => void]));
    if (!accepted) this.refusals += 1;
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    return accepted;
  }
  override _write(chunk: string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    setImmediate(() => { this.text += chunk; callback(); });
  }
}

class FailingSink extends Writable {
  override _write(_chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    callback(new Error('no space left on device'));
  }
}

/** Takes the write and reports its failure a moment later, as a pipe or a disk does. */
class LateFailingSink extends Writable {
  override _write(_chunk: unknown, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    setImmediate(() => callback(new Error('broken pipe')));
  }
}

const many = (n: number): StoredEvent[] => Array.from({ length: n }, (_, i) => storedEvent({ id: i + 1 }));

describe('writing to streams', () => {
  it('waits for a slow reader and loses nothing', async () => {
    const out = new SlowSink();
    let progress = 0;
    const result = await writeJsonl(fromArray(many(3000)), out, { onEvent: (n) => { progress = n; } });
    expect(result.events).toBe(3000);
    expect(progress).toBe(3000);
    expect(out.refusals).toBeGreaterThan(0);
    // Over a megabyte written, never more than about one chunk (64 Ki) waiting at a time.
    expect(out.text.length).toBeGreaterThan(1_000_000);
    expect(out.maxBuffered).toBeLessThan(3 * 64 * 1024);
    const ids = out.text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual(many(3000).map((e) => e.id));
  });

  it('fails when the output fails, for a small export and a large one', async () => {
    await expect(writeJsonl(fromArray(many(1)), new FailingSink())).rejects.toThrow(/no space left/);
    await expect(writeCsv(fromArray(many(3000)), new FailingSink())).rejects.toThrow(/no space left/);
    await expect(writeGraphml(fromArray(many(3)), new FailingSink())).rejects.toThrow(/no space left/);
    // The last chunk accepted, its failure reported only afterwards: still a failure.
    await expect(writeJsonl(fromArray(many(1)), new LateFailingSink())).rejects.toThrow(/broken pipe/);
  });

  it('fails when reading the events fails', async () => {
    async function* broken(): AsyncGenerator<StoredEvent> {
      yield storedEvent();
      throw new Error('connection lost');
    }
    await expect(capture((out) => writeJsonl(broken(), out))).rejects.toThrow(/connection lost/);
  });
});

describe('a file written whole or not at all', () => {
  it('appears under its name only when committed', async () => {
    const dir = tempFolder();
    const path = join(dir, 'events.jsonl');
    const file = await AtomicFile.create(path);
    await writeJsonl(fromArray(many(5)), file.stream);
    expect(existsSync(path)).toBe(false);
    await file.commit();
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(5);
    expect(readdirSync(dir)).toEqual(['events.jsonl']);
  });

  it('leaves an earlier file untouched and no temporary file when aborted', async () => {
    const dir = tempFolder();
    const path = join(dir, 'events.csv');
    writeFileSync(path, 'the earlier export\n');
    const file = await AtomicFile.create(path);
    await expect(writeCsv((async function* () { yield storedEvent(); throw new Error('interrupted'); })(), file.stream)).rejects.toThrow(/interrupted/);
    await file.abort();
    expect(readFileSync(path, 'utf8')).toBe('the earlier export\n');
    expect(readdirSync(dir)).toEqual(['events.csv']);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(AtomicFile.create(join(tempFolder(), 'missing', 'out.tsv'))).rejects.toThrow(/ENOENT/);
  });
});
