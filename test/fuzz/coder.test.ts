// Fuzzing the coder: text no article is made of (no punctuation for 10,000 sentences, one
// enormous word, only punctuation, random Unicode, dictionary words in random order, crowds of
// names). Each case must code without an exception (other than the time-limit error), give
// well-formed events, and finish within a bound; the time limit itself must stop a document.
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/index.js';
import { loadOntology } from '../../src/ontology/load.js';
import { CodingTimeLimitError } from '../../src/coding/time-limit.js';
import { createCoder, type CodedDocument } from '../../src/pipeline.js';
import { oddUnicode, SeededRandom } from './fuzz-helpers.js';

const coder = createCoder();

/** Per-case bound: each case codes in a second or two; this is far below a hang on a slow machine. */
const CODE_CASE_MS = 15_000;

function code(id: string, text: string): { coded: CodedDocument; ms: number } {
  const document = makeDocument({ id, origin: id, text, published: '2026-03-01' });
  const started = performance.now();
  const coded = coder.codeDocument(document);
  return { coded, ms: performance.now() - started };
}

/** Events point into the text they came from, and the sentences tile it in order. */
function expectWellFormed({ coded, ms }: { coded: CodedDocument; ms: number }): void {
  const { text } = coded.document;
  expect(ms).toBeLessThan(CODE_CASE_MS);
  expect(coded.sentenceCount).toBe(coded.sentences.length);
  let previousEnd = 0;
  for (const span of coded.sentences) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    previousEnd = span.end;
  }
  for (const event of coded.events) {
    const { start, end } = event.evidence;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(end).toBeGreaterThan(start);
    expect(event.evidence.text).toBe(text.slice(start, end));
    expect(event.doc).toBe(coded.document.id);
    expect(event.sentence).toBeGreaterThanOrEqual(0);
    expect(event.sentence).toBeLessThan(coded.sentenceCount);
    expect(event.confidence).toBeGreaterThanOrEqual(0);
    expect(event.confidence).toBeLessThanOrEqual(1);
    expect(event.cameo).toMatch(/^\d{2,4}$/);
    expect(typeof event.source.text).toBe('string');
  }
}

const ontology = loadOntology();
const WORDS = [
  ...ontology.verbs.verbs.slice(0, 400).flatMap((block) => block.lemmas.slice(0, 3)),
  ...ontology.countries.slice(0, 120).flatMap((country) => [country.name, ...country.adjectives.slice(0, 1)]),
  'the', 'a', 'of', 'to', 'and', 'in', 'said', 'not', 'will', 'may', 'by', 'with', 'on', 'he', 'she', 'they', 'it',
  'President', 'Minister', 'Foreign', 'leader', 'two', 'talks', 'visit', 'visited', 'met', 'called', 'praised',
];
const PEOPLE = ontology.people.slice(0, 3000).map((person) => person.name);

describe('the coder on adversarial text', () => {
  it('codes 10,000 sentences without punctuation', () => {
    const random = new SeededRandom('no-punctuation');
    const sentences = Array.from({ length: 10_000 }, () => Array.from({ length: random.int(6, 14) }, () => random.pick(WORDS)).join(' '));
    expectWellFormed(code('no-punctuation', sentences.join(' ')));
  });

  it('codes one 200,000-character word', () => {
    const random = new SeededRandom('long-word');
    let word = '';
    while (word.length < 200_000) word += String.fromCharCode(random.int(97, 122));
    expectWellFormed(code('long-word', `President Macron visited ${word} on Monday.`));
  });

  it('codes text made only of punctuation', () => {
    const random = new SeededRandom('punctuation');
    const marks = ['.', ',', '!', '?', ';', ':', '-', '—', '(', ')', '"', "'", '…', '«', '»', '/', '&', '*', ' ', '\n'];
    for (let n = 0; n < 5; n++) {
      const text = Array.from({ length: 20_000 }, () => random.pick(marks)).join('');
      if (makeDocument({ id: 'p', origin: 'p', text }).text === '') continue;
      expectWellFormed(code(`punctuation-${n}`, text));
    }
  });

  it('codes random Unicode (RTL marks, joiners, combining marks, surrogate halves, NUL, emoji)', () => {
    const random = new SeededRandom('unicode');
    for (let n = 0; n < 20; n++) {
      const text = oddUnicode(random, random.int(10, 5_000));
      if (makeDocument({ id: 'u', origin: 'u', text }).text === '') continue;
      expectWellFormed(code(`unicode-${n}`, text));
    }
  });

  it('codes dictionary words in random order, with random punctuation', () => {
    const random = new SeededRandom('word-salad');
    for (let n = 0; n < 20; n++) {
      const words = Array.from({ length: random.int(50, 3_000) }, () => {
        const word = random.pick(WORDS);
        return random.chance(0.08) ? `${word}${random.pick(['.', ',', '!', '?', ' said', "'s", '-'])}` : word;
      });
      expectWellFormed(code(`salad-${n}`, words.join(random.chance(0.2) ? '\n' : ' ')));
    }
  });

  it('codes huge numbers of names', () => {
    const random = new SeededRandom('names');
    // Paragraph after paragraph of known people doing things to each other, and one sentence
    // of thousands of names joined by "and" (coordination, the registry, pronoun resolution).
    const paragraphs = Array.from({ length: 400 }, () => `${random.pick(PEOPLE)} met ${random.pick(PEOPLE)} and ${random.pick(PEOPLE)} in ${random.pick(WORDS)}. He praised her.`);
    const crowd = Array.from({ length: 3_000 }, () => random.pick(PEOPLE)).join(' and ');
    expectWellFormed(code('names-paragraphs', paragraphs.join('\n\n')));
    expectWellFormed(code('names-crowd', `${crowd} visited Paris.`));
    const inventedNames = Array.from({ length: 20_000 }, () => `${String.fromCharCode(random.int(65, 90))}${'abcdefghij'.slice(0, random.int(2, 9))}`).join(' ');
    expectWellFormed(code('names-invented', inventedNames));
  });
});

describe('the per-document time limit', () => {
  const text = 'Russian President Vladimir Putin congratulated To Lam on his election. '.repeat(2_000);
  const document = makeDocument({ id: 'slow-article', origin: 'slow.txt', text, published: '2026-03-01' });

  it('stops a document past its limit with an error naming it', () => {
    const started = performance.now();
    let thrown: unknown;
    try {
      coder.codeDocument(document, undefined, { timeLimitMs: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodingTimeLimitError);
    expect((thrown as Error).message).toMatch(/^slow-article: coding stopped after 0\.001 s \(the per-document time limit/);
    // Stopped within a few sentences, not after the whole document.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('lets the same document through under the default limit, and with none', () => {
    expect(coder.codeDocument(document).events.length).toBeGreaterThan(100);
    expect(createCoder({ timeLimitMs: 0 }).codeDocument(document).sentenceCount).toBe(2_000);
  });
});
