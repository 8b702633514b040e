// The baseline the coder is measured against: bare wink-nlp reading each article, walking its
// sentences and tokens and tagging parts of speech — the least any wink-based coder must do.
// The ratio coder/baseline then says what attaché's own work (actors, patterns, dates) costs
// on top, independently of how fast the machine is.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleProcessor } from './pass.js';

export function createBaselineProcessor(): ArticleProcessor {
  // Only sentence boundaries and part of speech: a bare tokenise-and-tag pass, the same
  // annotators the coder asks wink-nlp for (its default pipeline also runs NER and sentiment).
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const { its } = nlp;
  return (document) => {
    const doc = nlp.readDoc(document.text);
    let sentences = 0;
    let tokens = 0;
    // Read tags sentence by sentence, as a coder would, rather than one flat token list.
    doc.sentences().each((sentence: ItemSentence) => {
      sentences++;
      const tags = sentence.tokens().out(its.pos);
      tokens += tags.length;
    });
    return { sentences, tokens, events: null };
  };
}
