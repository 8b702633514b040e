// What a protest is for. The PLOVER manual: "the topic of the protest, which will typically be
// a REQUEST, is not coded as a separate event". "Protesters rallied to demand the release of
// ...", "blocked the highway to demand higher prices": one PROTEST, aimed at whoever is asked.
import type { Token } from '../types.js';
import type { SentenceStructure } from './arguments.js';
import type { Trigger } from './triggers.js';

/** Tokens between a protest and the request it is staged for ("... on Friday to demand ..."). */
const TOPIC_WINDOW = 15;

function isProtest(trigger: Trigger): boolean {
  return trigger.cameo.startsWith('14');
}

function isRequest(trigger: Trigger): boolean {
  return trigger.cameo.startsWith('10');
}

/** "to demand", "in demanding": a request said as what something else is done for. */
function isPurpose(trigger: Trigger, tokens: readonly Token[], structure: SentenceStructure): boolean {
  return structure.isPurposeInfinitive(trigger.at)
    || (tokens[trigger.at]!.norm.endsWith('ing') && tokens[trigger.at - 1]?.norm === 'in');
}

/**
 * The protest closest before `trigger`, near enough to be what it is for; verbs between them
 * ("blocked the road leading into town to demand ...") are passed over.
 */
function protestServed(trigger: Trigger, triggers: readonly Trigger[]): Trigger | null {
  const before = triggers.filter((t) => t.end < trigger.at && isProtest(t)).pop();
  return before && trigger.at - before.end <= TOPIC_WINDOW ? before : null;
}

/** Is `trigger` the request a protest before it is staged for? */
export function isProtestTopic(trigger: Trigger, triggers: readonly Trigger[], tokens: readonly Token[], structure: SentenceStructure): boolean {
  return isRequest(trigger) && isPurpose(trigger, tokens, structure) && protestServed(trigger, triggers) !== null;
}

/** The request `protest` is staged for, if the sentence gives one right after it. */
export function topicOf(protest: Trigger, triggers: readonly Trigger[], tokens: readonly Token[], structure: SentenceStructure): Trigger | null {
  if (!isProtest(protest)) return null;
  return triggers.find((t) => t.at > protest.end && isProtestTopic(t, triggers, tokens, structure)
    && protestServed(t, triggers) === protest) ?? null;
}
