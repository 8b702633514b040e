import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolderFiles } from '../../src/ingest/folder.js';
import { collect, fixture, makeTempDir } from './helpers.js';

async function list(dir: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const path of listFolderFiles(dir)) paths.push(path);
  return paths;
}

describe('folder reader', () => {
  it('walks recursively in sorted order, skipping hidden entries and unknown extensions', async () => {
    const root = fixture('folder');
    expect(await list(root)).toEqual(['a/10.txt', 'a/2.txt', 'a/sub/note.html', 'b.txt', 'c.jsonl'].map((p) => join(root, p)));
  });

  it('reads every kind of file it finds, in that order', async () => {
    const { documents, errors } = await collect([fixture('folder')]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(['10', '2', 'note', 'b', 'folder-line']);
    expect(documents.map((d) => d.text).join(' ')).not.toMatch(/hidden|Unknown extensions/);
  });

  it('follows symbolic links without looping', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'inner'));
    writeFileSync(join(dir, 'inner', 'one.txt'), 'Envoys met.');
    symlinkSync(dir, join(dir, 'inner', 'loop'));
    const { documents } = await collect([dir]);
    expect(documents.map((d) => d.id)).toEqual(['one']);
  });

  it('reports a folder with nothing to read, and goes on with the next input', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'readme.md'), 'not an article');
    const { errors, documents } = await collect([dir, fixture('txt/undated.txt')]);
    expect(errors).toEqual([{ input: dir, message: `${dir} contains no readable files (.txt .text .html .htm .jsonl .ndjson .rss .atom .xml)` }]);
    expect(documents.map((d) => d.id)).toEqual(['undated']);
  });

  it('reports bad files inside a folder by their path and reads the rest', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'a.txt'), 'Ministers met.');
    writeFileSync(join(dir, 'b.txt'), '');
    writeFileSync(join(dir, 'c.txt'), 'Talks resumed.');
    const { errors, documents } = await collect([dir]);
    expect(errors).toEqual([{ input: join(dir, 'b.txt'), message: `${join(dir, 'b.txt')} is empty` }]);
    expect(documents.map((d) => d.id)).toEqual(['a', 'c']);
  });
});
