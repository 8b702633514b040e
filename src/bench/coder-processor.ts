// attaché's whole coder as a benchmark processor: one document at a time, through the stable
// pipeline interface. Imported when a section runs, so that loading the coder (its
// dictionaries) counts as setup time, and so that `--only baseline` still runs while the
// coder does not load.
import type { ArticleProcessor } from './pass.js';

export async function createCoderProcessor(): Promise<ArticleProcessor> {
  const { createCoder } = await import('../pipeline.js');
  const coder = createCoder();
  return (document) => {
    const coded = coder.codeDocument(document);
    return { ...countCoded(coded), events: coded.events.length };
  };
}

/**
 * Sentences in a coded document: its `sentenceCount` (the coder streams, and hands back
 * sentence spans, not tokens, so no token count is reported for it).
 */
export function countCoded(coded: object): { sentences: number; tokens: number | null } {
  const shape = coded as { sentenceCount?: unknown; sentences?: unknown };
  if (typeof shape.sentenceCount !== 'number' && Array.isArray(shape.sentences)) return { sentences: shape.sentences.length, tokens: null };
  return { sentences: typeof shape.sentenceCount === 'number' ? shape.sentenceCount : 0, tokens: null };
}
