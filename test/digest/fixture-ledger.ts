// An in-memory ledger holding the project's own congratulation-round articles
// (test/fixtures/digest/): two of them report the same letter from Kenya's president.
import { readFileSync } from 'node:fs';
import { makeDocument } from '../../src/ingest/index.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { openTestLedger } from '../ledger-under-test.js';
import { createCoder } from '../../src/pipeline.js';
import type { Document } from '../../src/types.js';

export interface FixtureArticle {
  id: string;
  title: string;
  url: string;
  published: string;
}

export const ARTICLES: readonly FixtureArticle[] = [
  { id: 'steppe-herald', title: 'Leaders greet Mongolia\'s re-elected premier', url: 'https://steppe-herald.example/premier-greetings', published: '2026-03-04' },
  { id: 'nairobi-daily', title: 'Kenya hails Mongolian prime minister', url: 'https://nairobi-daily.example/kenya-mongolia', published: '2026-03-05' },
  { id: 'andes-wire', title: 'Quispe meets Ibarra, rebukes La Paz', url: 'https://andes-wire.example/quispe-ibarra', published: '2026-03-06' },
];

export function articleText(id: string): string {
  return readFileSync(new URL(`../fixtures/digest/${id}.txt`, import.meta.url), 'utf8');
}

export function articleDocument(article: FixtureArticle): Document {
  return makeDocument({ ...article, origin: `fixtures/digest/${article.id}.txt`, text: articleText(article.id) });
}

export async function fixtureLedger(): Promise<Ledger> {
  const ledger = await openTestLedger();
  const coder = createCoder();
  for (const article of ARTICLES) await ledger.store(coder.codeDocument(articleDocument(article)));
  return ledger;
}
