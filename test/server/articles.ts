// Short invented political news for the server tests (people and outlets are made up), and a
// helper that codes and stores them. Two outlets report the same signing, so one cluster
// holds two articles.
import { makeDocument } from '../../src/ingest/index.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import { createCoder } from '../../src/pipeline.js';

export interface TestArticle {
  id: string;
  date: string;
  url: string;
  title: string;
  text: string;
}

export const ARTICLES: readonly TestArticle[] = [
  {
    id: 'lisbon-accord',
    date: '2026-04-07',
    url: 'https://tagus-post.example/2026/04/accord',
    title: 'Portugal and Morocco sign fisheries accord',
    text: 'Portuguese Prime Minister Helena Vaz signed a fisheries agreement with Moroccan Prime Minister Karim Bennani in Lisbon on April 6. '
      + 'Vaz praised Morocco as a reliable partner.\n\nBennani invited Vaz to visit Rabat later this year.',
  },
  {
    id: 'rabat-report',
    date: '2026-04-08',
    url: 'https://atlas-herald.example/news/accord',
    title: 'Vaz and Bennani seal fisheries deal',
    text: 'Portuguese Prime Minister Helena Vaz signed a fisheries agreement with Moroccan Prime Minister Karim Bennani on April 6, Moroccan officials said.',
  },
  {
    id: 'andes-protest',
    date: '2026-05-12',
    url: 'https://andes-wire.example/protest',
    title: 'Peru protests Bolivian border move',
    text: 'Peru accused Bolivia of moving troops toward the shared border on May 11. '
      + 'Peruvian Foreign Minister Lucia Quispe summoned the Bolivian ambassador to protest.',
  },
  {
    id: 'baltic-call',
    date: '2026-05-20',
    url: 'https://baltic-courier.example/call',
    title: 'Latvian and Polish leaders speak by phone',
    text: 'Latvian President Andris Kalnins held phone talks with Polish President Marek Wojcik on May 19. '
      + 'The two presidents discussed energy security and pledged to deepen defence cooperation.',
  },
  {
    id: 'sahel-shelling',
    date: '2026-03-04',
    url: 'https://sahel-dispatch.example/shelling',
    title: 'Shelling reported near the border',
    text: 'Sudanese forces shelled positions of the Chadian army near the border on March 3, Chadian officials said. '
      + 'Chad condemned the attack and demanded an explanation from Khartoum.',
  },
];

/** Codes and stores the articles; returns the ledger's document id of each, by article id. */
export async function storeArticles(ledger: Ledger, articles: readonly TestArticle[] = ARTICLES): Promise<Map<string, number>> {
  const coder = createCoder();
  const ids = new Map<string, number>();
  for (const article of articles) {
    const document = makeDocument({ id: article.id, origin: `${article.id}.txt`, text: article.text, published: article.date, url: article.url, title: article.title });
    const result = await ledger.store(coder.codeDocument(document));
    ids.set(article.id, result.documentId);
  }
  return ids;
}
