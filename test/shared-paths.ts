// Where the project's reference data lives: ../shared beside the project (never copied in).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const sharedDir = process.env.ATTACHE_SHARED ?? join(projectRoot, '..', 'shared');
export const seedsDir = join(sharedDir, 'seeds');
export const seedsGold = join(sharedDir, 'gold', 'seeds.jsonl');
export const ploverDevGold = join(sharedDir, 'gold', 'plover-gsr-dev.jsonl');
export const hasShared = existsSync(seedsDir) && existsSync(seedsGold) && existsSync(ploverDevGold);

if (!hasShared) {
  console.warn(`[attache tests] ${sharedDir} not found: tests that read the seeds and the gold are skipped`);
}
