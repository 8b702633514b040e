// Deeds announced as nouns: "Norway announced the suspension of flights to Belarus" is Norway
// suspending flights to Belarus, "ordered the expulsion of two diplomats" an expulsion.
// The announcing verb says nothing the dictionary can code (CAMEO 010, a statement); the
// noun names the deed. The deed is coded as its verb would be, read over the same words with
// the noun put back as that verb ("suspend flights to Belarus").
import type { Token } from '../types.js';
import type { Trigger } from './triggers.js';

/** Verbs that carry out or make public the deed their object names. */
const ANNOUNCING_VERBS = new Set(['announce', 'declare', 'order', 'decide', 'approve', 'begin', 'start', 'complete', 'unveil']);

/** Nouns of political deeds and the verb each is made from. */
const NOMINALISATIONS: Record<string, string> = {
  suspension: 'suspend', withdrawal: 'withdraw', pullout: 'withdraw', expulsion: 'expel', deportation: 'deport',
  closure: 'close', release: 'release', deployment: 'deploy', evacuation: 'evacuate', imposition: 'impose',
  cancellation: 'cancel', severance: 'sever', resumption: 'resume', restoration: 'restore', lifting: 'lift',
  ban: 'ban', boycott: 'boycott', blockade: 'blockade', recall: 'recall', extradition: 'extradite',
  arrest: 'arrest', arrests: 'arrest', detention: 'detain', execution: 'execute', invasion: 'invade',
  seizure: 'seize', recognition: 'recognize', freeze: 'freeze', halt: 'halt', annexation: 'annex',
};

/** Words between the verb and the noun: "a", "the", "its", "an immediate", "a two-week", "a troop". */
const BETWEEN_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'NOUN']);
const MAX_BETWEEN = 3;

export function mayAnnounceDeed(token: Token): boolean {
  return ANNOUNCING_VERBS.has(token.lemma);
}

/**
 * The deed the verb at `i` announces, coded by `codeAt` over the words with the verb, its
 * determiners and the noun (and an "of" after it) read as the noun's verb; null where no
 * deed noun follows or its verb codes nothing. The trigger spans the real words; whether it
 * is passive is for the caller to read off them.
 */
export function announcedDeed(tokens: readonly Token[], i: number, codeAt: (tokens: readonly Token[], i: number) => Trigger | null): Trigger | null {
  let nounAt = i + 1;
  let verb: string | undefined;
  // The first deed noun among the next few words: "a troop withdrawal" is a withdrawal.
  for (; nounAt < tokens.length && nounAt - i <= MAX_BETWEEN + 1; nounAt++) {
    const word = tokens[nounAt]!;
    verb = word.pos === 'NOUN' ? NOMINALISATIONS[word.lemma] ?? NOMINALISATIONS[word.norm] : undefined;
    if (verb !== undefined || !BETWEEN_TAGS.has(word.pos)) break;
  }
  const noun = tokens[nounAt];
  if (verb === undefined || noun === undefined) return null;
  // "the suspension of arms sales": what the deed is done to follows "of", as an object.
  const last = tokens[nounAt + 1]?.norm === 'of' ? nounAt + 1 : nounAt;
  const asVerb: Token = { ...noun, norm: verb, lemma: verb, pos: 'VERB', negated: false };
  const read = [...tokens.slice(0, i), asVerb, ...tokens.slice(last + 1)];
  const deed = codeAt(read, i);
  if (!deed) return null;
  const shift = last - i;
  const reason = deed.reason;
  return {
    ...deed,
    at: i,
    end: deed.end > i ? deed.end + shift : last,
    reason: () => `"${tokens[i]!.text} ... ${noun.text}", read as "${verb}": ${reason()}`,
  };
}
