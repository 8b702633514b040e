// The coding side of an ingest: each input item, in input order, as what the storing side
// needs: an unreadable input, an article the ledger holds already (skipped without coding), or
// the coded article. Articles are coded in the pool a few ahead per thread, so that coding
// runs while the main thread stores earlier ones.
import type { IngestItem } from '../ingest/index.js';
import type { Ledger } from '../ledger/ledger.js';
import type { CodedDocument } from '../pipeline.js';
import type { CodingPool } from './coding-pool.js';
import { inOrder } from './coding-pool.js';

export type PreparedArticle =
  | { kind: 'error'; message: string }
  | { kind: 'stored already' }
  | { kind: 'coded'; coded: CodedDocument };

export function codeForLedger(items: AsyncIterable<IngestItem>, ledger: Ledger, pool: CodingPool): AsyncGenerator<{ item: IngestItem; result: PromiseSettledResult<PreparedArticle> }> {
  const prepare = async (item: IngestItem): Promise<PreparedArticle> => {
    if (item.kind === 'error') return { kind: 'error', message: item.message };
    if (await ledger.hasContent(item.document.contentHash)) return { kind: 'stored already' };
    return { kind: 'coded', coded: await pool.code(item.document) };
  };
  return inOrder(items, prepare, pool.ahead);
}
