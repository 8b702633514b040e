// A scratch folder for one benchmark section (a JSONL corpus, a ledger's data folder) that is
// removed afterwards whatever happens: when the work resolves, when it throws, and when the
// run is interrupted with Ctrl-C — a full-size ledger is hundreds of megabytes, and a bench
// that leaves one behind in /tmp on every aborted run soon fills the disk.
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export async function withTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(os.tmpdir(), prefix));
  // On a signal there is no `finally`: remove the folder synchronously, then let the signal
  // take its default course (terminate) by sending it again with our handler gone.
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(dir, { recursive: true, force: true });
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    return await work(dir);
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    await rm(dir, { recursive: true, force: true });
  }
}
