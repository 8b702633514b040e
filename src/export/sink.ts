// Text out to a stream in chunks, waiting whenever the stream asks us to: an export of any
// size then holds at most one chunk in memory however slow the reader (a pipe, a disk) is.
import { once } from 'node:events';

/** Bytes are not counted exactly: 64 Ki UTF-16 units is "a few hundred lines" of any format. */
const DEFAULT_CHUNK = 64 * 1024;

export class TextSink {
  private buffer = '';
  private failure: Error | null = null;
  // Without a listener, an 'error' on stdout (EPIPE when `| head` stops reading) would crash
  // the process; kept here, it is thrown from the next write instead.
  private readonly onError = (error: Error): void => { this.failure ??= error; };

  constructor(private readonly out: NodeJS.WritableStream, private readonly chunkSize = DEFAULT_CHUNK) {
    out.on('error', this.onError);
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.chunkSize) await this.flush();
  }

  /** Hands what is buffered to the stream, and waits for it to drain if it is full. */
  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.out.write(chunk)) await this.drained();
    if (this.failure) throw this.failure;
  }

  /** Flushes and stops listening; the stream itself stays open (stdout is not ours to end). */
  async close(): Promise<void> {
    try {
      await this.flush();
      // A stream reports a failed write (a full disk, a closed pipe) on a later tick: give it
      // that tick, so that a failure of the last chunk is not taken for success.
      await new Promise<void>((resolve) => { setImmediate(resolve); });
      if (this.failure) throw this.failure;
    } finally {
      this.detach();
    }
  }

  /** Stops listening without writing what is buffered: for when the export failed anyway. */
  detach(): void {
    this.buffer = '';
    this.out.off('error', this.onError);
  }

  private async drained(): Promise<void> {
    // 'drain' never comes to a stream that failed or closed: wait for whichever comes first.
    const controller = new AbortController();
    try {
      await Promise.race([
        once(this.out, 'drain', { signal: controller.signal }),
        once(this.out, 'close', { signal: controller.signal }),
        once(this.out, 'error', { signal: controller.signal }).catch(() => undefined),
      ]);
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    } finally {
      controller.abort();
    }
  }
}
