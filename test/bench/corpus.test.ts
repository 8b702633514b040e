// The benchmark corpus must be the same text for the same seed (passes regenerate it), have
// the sentence count asked for as a real sentence splitter sees it, and read like news about
// many kinds of events — or the throughput figures measure the wrong thing.
import { createHash } from 'node:crypto';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateCorpus, makeBenchDocument, MAX_ARTICLE_SENTENCES, MIN_ARTICLE_SENTENCES, type BenchArticle,
} from '../../src/bench/corpus.js';

const SENTENCES = 2_000;

function collect(sentences: number, seed?: string): BenchArticle[] {
  return [...generateCorpus(seed === undefined ? { sentences } : { sentences, seed })];
}

function corpusDigest(articles: readonly BenchArticle[]): string {
  const hash = createHash('sha256');
  for (const a of articles) hash.update(`${a.document.title}\n${a.document.published}\n${a.document.text}\n\n`);
  return hash.digest('hex');
}

/** Event verbs as they appear in the text; the corpus must use most of them. */
const EVENT_VERB_PATTERNS: Record<string, RegExp> = {
  meet: /\bmet\b/, host: /\bhosted\b/, visit: /\bvisited\b/, 'phone talks': /\bphone talks\b|\bby telephone\b/,
  congratulate: /\bcongratulated\b/, praise: /\bpraised\b/, 'sign an agreement': /\bsigned an? (\w+ )?agreement\b/,
  pledge: /\bpledged\b/, criticise: /\bcriticis?zed\b|\bcriticised\b/, accuse: /\baccused\b/, condemn: /\bcondemned\b/,
  demand: /\bdemanded\b/, urge: /\burged\b/, threaten: /\bthreatened\b/, sanction: /\bimposed sanctions\b/,
  expel: /\bexpelled\b/, protest: /\bprotested\b|\blodged a formal protest\b/, attack: /\battacked\b/,
  shell: /\bshelled\b/, arrest: /\barrested\b/, 'deploy troops': /\bdeployed [\d,]+ troops\b/,
  'send aid': /\bsent humanitarian aid\b/, 'release prisoners': /\breleased [\d,]+ \w+ prisoners\b/,
  withdraw: /\bwithdrew\b/, reject: /\brejected\b/, deny: /\bdenied\b/,
};

describe('benchmark corpus', () => {
  let articles: BenchArticle[];
  beforeAll(() => {
    articles = collect(SENTENCES);
  });

  it('is the same text for the same seed, and different text for another seed', () => {
    expect(corpusDigest(collect(SENTENCES))).toBe(corpusDigest(articles));
    expect(corpusDigest(collect(SENTENCES, 'another seed'))).not.toBe(corpusDigest(articles));
  });

  it('writes exactly the requested number of sentences, in articles of 10 to 40', () => {
    expect(articles.reduce((n, a) => n + a.sentences, 0)).toBe(SENTENCES);
    for (const a of articles) {
      expect(a.sentences).toBeGreaterThanOrEqual(MIN_ARTICLE_SENTENCES);
      expect(a.sentences).toBeLessThanOrEqual(MAX_ARTICLE_SENTENCES);
    }
    // Small corpora end exactly too, even below one article's minimum.
    expect(collect(7).reduce((n, a) => n + a.sentences, 0)).toBe(7);
    expect(collect(41).reduce((n, a) => n + a.sentences, 0)).toBe(41);
  });

  it('has the requested sentence count within 1% when wink-nlp splits it', () => {
    const nlp = winkNLP(model);
    let split = 0;
    for (const a of articles) split += nlp.readDoc(a.document.text).sentences().length();
    expect(Math.abs(split - SENTENCES) / SENTENCES).toBeLessThanOrEqual(0.01);
  });

  it('reports many kinds of events with many different verbs', () => {
    const text = articles.map((a) => a.document.text).join('\n');
    const found = Object.entries(EVENT_VERB_PATTERNS).filter(([, pattern]) => pattern.test(text)).map(([verb]) => verb);
    expect(found.length, `verbs found: ${found.join(', ')}`).toBeGreaterThanOrEqual(14);
    // Sentences without events, dates and pronouns are part of the mix as well.
    expect(text).toMatch(/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    expect(text).toMatch(/\bon (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
    expect(text).toMatch(/\b(He|She) \w+ed\b/);
    const events = articles.reduce((n, a) => n + a.eventSentences, 0);
    expect(events / SENTENCES).toBeGreaterThan(0.3);
    expect(events / SENTENCES).toBeLessThan(0.7);
  });

  it('names leaders with titles and countries, as news does', () => {
    const text = articles.map((a) => a.document.text).join('\n');
    expect(text).toMatch(/\b[A-Z][a-z]+ (President|Prime Minister|Foreign Minister) [A-Z]/);
    expect(text).toMatch(/\bthe (President|Prime Minister|Foreign Minister|[A-Z][a-z]+ Minister) of [A-Z][a-z]+/);
  });

  it('produces documents with valid fields', () => {
    const ids = new Set<string>();
    for (const { document: d } of articles) {
      expect(ids.has(d.id)).toBe(false);
      ids.add(d.id);
      expect(d.origin).toBe('bench');
      expect(d.url).toBeNull();
      expect(d.lang).toBe('en');
      expect(d.title).toMatch(/^[A-Z]/);
      expect(d.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(d.published ?? ''))).toBe(false);
      expect(d.text.normalize('NFC')).toBe(d.text);
      expect(d.text).toContain('\n\n');
      expect(d.contentHash).toBe(createHash('sha256').update(d.text).digest('hex'));
    }
  });

  it('streams: the first article of a huge corpus comes at once', () => {
    const started = performance.now();
    const first = generateCorpus({ sentences: 1e12 }).next();
    expect(first.done).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('makeBenchDocument normalises the text and hashes it', () => {
    const d = makeBenchDocument({ id: 'x', title: 'T', published: '2025-03-04', text: 'Cafe\u0301 talks.' });
    expect(d.text).toBe('Café talks.');
    expect(d.contentHash).toBe(createHash('sha256').update('Café talks.').digest('hex'));
  });
});
