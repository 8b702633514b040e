// A file that appears whole or not at all: written under a temporary name beside the target
// (same folder, so the rename stays on one file system and is atomic), flushed to disk, then
// renamed over the target. A failed or interrupted export leaves any earlier file untouched.
import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';

export class AtomicFile {
  private settled = false;

  private constructor(readonly path: string, readonly tempPath: string, readonly stream: WriteStream) {}

  /** Creates the temporary file; fails at once if the folder does not exist or is not writable. */
  static async create(path: string): Promise<AtomicFile> {
    const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // "wx": never write into a file that happens to exist under the temporary name.
    const stream = createWriteStream(tempPath, { flags: 'wx' });
    // once() rejects when 'error' comes first (no such folder, no permission).
    await once(stream, 'open');
    return new AtomicFile(path, tempPath, stream);
  }

  /** Ends the stream, syncs it to disk and renames it into place. */
  async commit(): Promise<void> {
    if (this.settled) throw new Error(`${this.path}: already committed or aborted`);
    this.settled = true;
    try {
      // A stream that failed earlier will never finish: its error is the answer.
      if (this.stream.errored) throw this.stream.errored;
      if (this.stream.destroyed) throw new Error(`${this.tempPath}: closed before the export ended`);
      if (!this.stream.writableFinished) {
        const finished = once(this.stream, 'finish');
        this.stream.end();
        await finished;
      }
      if (!this.stream.closed) await once(this.stream, 'close');
      const handle = await open(this.tempPath, 'r+');
      try {
        // Without a sync, a crash just after the rename could leave a complete name on empty data.
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(this.tempPath, this.path);
    } catch (error) {
      await rm(this.tempPath, { force: true }).catch(() => {});
      throw error;
    }
  }

  /** Throws the temporary file away; the target is not touched. */
  async abort(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    this.stream.destroy();
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => {});
    await rm(this.tempPath, { force: true });
  }

  /** For a signal handler, where nothing asynchronous will run any more. */
  abortSync(): void {
    if (this.settled) return;
    this.settled = true;
    this.stream.destroy();
    rmSync(this.tempPath, { force: true });
  }
}
