// Generated articles written as a JSONL file, the format `attache ingest corpus.jsonl` reads
// ({"id", "text", "date", "url", "title"} a line), so that the ledger benchmark ingests a file
// the way a user does rather than handing documents to the ledger directly.
import { writeFile } from 'node:fs/promises';
import { generateCorpus, type BenchArticle } from './corpus.js';

export interface JsonlCorpusFigures {
  path: string;
  articles: number;
  sentences: number;
  /** Sentences that report a factual event, as the generator wrote them. */
  eventSentences: number;
  bytes: number;
}

/**
 * A practically endless stream of articles from one seed. The generator stops on a sentence
 * count, not an article count, and how many articles the ledger needs is only known as it
 * fills, so it is asked for far more sentences than any run takes; being lazy, it costs nothing.
 */
export function articleStream(seed: string): Iterator<BenchArticle> {
  return generateCorpus({ sentences: 1e12, seed });
}

/** One JSONL line. A URL like a real feed's: the ledger looks articles up by URL and names the outlet from it. */
export function jsonlLine(article: BenchArticle): string {
  const { document } = article;
  return `${JSON.stringify({
    id: document.id,
    title: document.title,
    date: document.published,
    url: `https://news.bench.example/articles/${document.id}`,
    text: document.text,
  })}\n`;
}

/** Takes up to `count` articles from `articles` and writes them to `path`, streamed. */
export async function writeJsonlCorpus(path: string, articles: Iterator<BenchArticle>, count: number): Promise<JsonlCorpusFigures> {
  const figures: JsonlCorpusFigures = { path, articles: 0, sentences: 0, eventSentences: 0, bytes: 0 };
  function* lines(): Generator<string> {
    while (figures.articles < count) {
      const next = articles.next();
      if (next.done === true) return;
      const line = jsonlLine(next.value);
      figures.articles++;
      figures.sentences += next.value.sentences;
      figures.eventSentences += next.value.eventSentences;
      figures.bytes += Buffer.byteLength(line);
      yield line;
    }
  }
  // writeFile takes an iterable and writes it chunk by chunk: the corpus is never one string.
  await writeFile(path, lines(), 'utf8');
  return figures;
}
