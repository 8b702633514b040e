// The benchmark corpus: a deterministic stream of synthetic international-politics articles.
// It is a generator so that 200,000 sentences never sit in memory at once, and it is seeded
// so that each benchmark pass can regenerate exactly the same text instead of storing it.
import { createHash } from 'node:crypto';
import type { Document } from '../types.js';
import { writeArticle } from './article.js';
import { buildCast } from './cast.js';
import { SeededRandom } from './random.js';

export const DEFAULT_SEED = 'attache-bench-1';
export const DEFAULT_SENTENCES = 200_000;
export const MIN_ARTICLE_SENTENCES = 10;
export const MAX_ARTICLE_SENTENCES = 40;

export interface CorpusOptions {
  /** Total sentences to write across all articles. */
  sentences: number;
  seed?: string;
}

/** One generated article with what the generator knows about it. */
export interface BenchArticle {
  document: Document;
  /** Sentences written into document.text. */
  sentences: number;
  /** Of those, sentences that report a factual event. */
  eventSentences: number;
}

export interface BenchDocumentFields {
  id: string;
  title: string;
  published: string;
  text: string;
}

/** Fills a Document the way ingest would for a plain-text article, with origin "bench". */
export function makeBenchDocument(fields: BenchDocumentFields): Document {
  const text = fields.text.normalize('NFC');
  return {
    id: fields.id,
    origin: 'bench',
    url: null,
    title: fields.title,
    published: fields.published,
    text,
    lang: 'en',
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

/**
 * Sentences for the next article: 10–40, except that the corpus must end exactly on the
 * requested count without leaving a runt article shorter than 10 at the end.
 */
function nextArticleLength(rng: SeededRandom, remaining: number): number {
  const length = rng.int(MIN_ARTICLE_SENTENCES, MAX_ARTICLE_SENTENCES);
  if (remaining - length >= MIN_ARTICLE_SENTENCES) return length;
  if (remaining <= MAX_ARTICLE_SENTENCES) return remaining;
  return remaining - MIN_ARTICLE_SENTENCES;
}

/** Streams articles until exactly `options.sentences` sentences have been written. */
export function* generateCorpus(options: CorpusOptions): Generator<BenchArticle> {
  const seed = options.seed ?? DEFAULT_SEED;
  const cast = buildCast(seed);
  const rng = new SeededRandom(seed);
  let remaining = Math.max(0, Math.floor(options.sentences));
  for (let index = 0; remaining > 0; index++) {
    const length = nextArticleLength(rng, remaining);
    const article = writeArticle(rng, cast, length);
    remaining -= length;
    yield {
      document: makeBenchDocument({
        id: `bench-${String(index).padStart(6, '0')}`,
        title: article.title,
        published: article.published,
        text: article.text,
      }),
      sentences: article.sentences,
      eventSentences: article.eventSentences,
    };
  }
}
