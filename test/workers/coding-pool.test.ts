// The coding pool: threads code as the main thread does, and results come back in input order.
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../src/pipeline.js';
import { createCodingPool, inOrder } from '../../src/workers/coding-pool.js';
import { generateCorpus } from '../../src/bench/corpus.js';

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

describe('inOrder', () => {
  it('yields results in the order of the items however the work finishes', async () => {
    const delays = [30, 5, 20, 1, 10, 0];
    const finished: number[] = [];
    const work = (delay: number): Promise<number> => new Promise((resolve) => setTimeout(() => { finished.push(delay); resolve(delay * 2); }, delay));
    const out: number[] = [];
    for await (const { result } of inOrder(from(delays), work, 3)) out.push(result.status === 'fulfilled' ? result.value : -1);
    expect(out).toEqual(delays.map((d) => d * 2));
    expect(finished).not.toEqual(delays); // the work did finish out of order
  });

  it('passes a failure on as a rejected result without stopping the others', async () => {
    const work = async (n: number): Promise<number> => { if (n === 2) throw new Error('two'); return n; };
    const out: string[] = [];
    for await (const { result } of inOrder(from([1, 2, 3]), work, 2)) out.push(result.status === 'fulfilled' ? String(result.value) : (result.reason as Error).message);
    expect(out).toEqual(['1', 'two', '3']);
  });
});

describe('createCodingPool', () => {
  it('codes in a thread what the coder codes in the main thread', async () => {
    const documents = [...generateCorpus({ sentences: 120, seed: 'pool' })].map((a) => a.document);
    const coder = createCoder();
    const pool = createCodingPool(1);
    try {
      expect(pool.threads).toBe(1);
      const threaded = await Promise.all(documents.map((d) => pool.code(d)));
      expect(threaded.map((c) => c.events)).toEqual(documents.map((d) => coder.codeDocument(d).events));
      expect(threaded.some((c) => c.events.length > 0)).toBe(true);
      // The thread sends back what it coded; the document is the caller's own object again.
      threaded.forEach((c, i) => expect(c.document).toBe(documents[i]));
      expect(threaded.map((c) => [c.sentenceCount, c.sentences])).toEqual(documents.map((d) => {
        const coded = coder.codeDocument(d);
        return [coded.sentenceCount, coded.sentences];
      }));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('keeps more documents under way than it has threads, so that none waits for work', async () => {
    const pool = createCodingPool(2);
    try {
      expect(pool.ahead).toBeGreaterThanOrEqual(2 * pool.threads);
      const documents = [...generateCorpus({ sentences: 200, seed: 'pool-ahead' })].map((a) => a.document);
      const out: string[] = [];
      for await (const { item, result } of inOrder(from(documents), (d) => pool.code(d), pool.ahead)) {
        if (result.status === 'fulfilled') out.push(result.value.document.id);
        expect(result.status === 'fulfilled' && result.value.document).toBe(item);
      }
      expect(out).toEqual(documents.map((d) => d.id));
    } finally {
      await pool.close();
    }
    expect(createCodingPool(0).ahead).toBe(1);
  }, 60_000);
});
