// Sentences that carry no event: background, figures, quotes, housekeeping lines. Real articles
// are at least half such sentences, and a coder has to read them all to find nothing, so the
// benchmark must make it read them too. Like event templates, each renders one clause
// without its final full stop.
import type { CountryEntry } from './vocabulary.js';
import { BACKGROUND_CONTEXTS, MONTHS } from './vocabulary.js';

export interface FillerScene {
  /** The two countries the article is about. */
  a: CountryEntry;
  b: CountryEntry;
  /** A person of either side, as subject (may carry an apposition) or after "said". */
  speaker(): string;
  speakerAfterVerb(): string;
  /** An international organisation, as a noun phrase. */
  organisation(): string;
  when(): string;
  pick(items: readonly string[]): string;
  num(min: number, max: number): string;
  year(): string;
}

const QUOTES = [
  'We are ready to work closely with all our partners', 'Dialogue remains the only way forward',
  'This is a historic day for both our peoples', 'We will defend our sovereignty by all means',
  'Our doors remain open to negotiations', 'The international community cannot remain silent',
  'We expect concrete steps, not words', 'This agreement opens a new chapter in our relations',
  'Nobody wins from this conflict', 'We will not be intimidated', 'Our friendship has stood the test of time',
  'The situation on the ground is extremely worrying', 'We have made real progress today',
];
const GOODS = ['coffee', 'gas', 'wheat', 'copper', 'textiles', 'rice', 'oil', 'machinery'];
const ANALYSTS = ['analysts', 'diplomats', 'observers', 'regional experts', 'economists'];
const REPORTERS = ['the foreign ministry', 'state media', 'the presidential office', 'a government spokesperson',
  'officials', 'the state news agency'];

export const FILLER_TEMPLATES: readonly ((x: FillerScene) => string)[] = [
  (x) => `the two countries established diplomatic relations in ${x.year()} and have since signed more than ${x.num(10, 90)} agreements in areas ranging from trade to education`,
  (x) => `trade between ${x.a.name} and ${x.b.name} reached $${x.num(1, 90)} billion last year, up from $${x.num(1, 9)} billion a decade earlier, according to official figures`,
  (x) => `${x.a.name}, which has a population of about ${x.num(2, 300)} million people, is one of the largest economies in the region`,
  (x) => `the talks come amid ${x.pick(BACKGROUND_CONTEXTS)} and growing pressure on both governments to show results`,
  (x) => `${x.pick(ANALYSTS)} said the move signalled a shift in the region's diplomacy, although few expected an immediate change on the ground`,
  () => 'the ministry did not give further details, and calls to its press office went unanswered',
  () => 'officials did not say when the next round of talks would take place or who would attend',
  (x) => `the ${x.a.adjective} economy grew by ${x.num(1, 7)}.${x.num(1, 9)} percent last year, helped by exports of ${x.pick(GOODS)} and a recovery in tourism`,
  (x) => `elections in ${x.b.name} are due ${x.pick(['next year', 'in the autumn', 'within two years', 'next spring'])}, and the government faces a strong challenge from the opposition`,
  () => 'it was not immediately clear how many people were affected or whether the authorities had opened an investigation',
  () => "the statement, which was published on the ministry's website, did not mention any timetable for the next steps",
  (x) => `${x.a.capital} and ${x.b.capital} are about ${x.num(300, 9000)} kilometres apart, but their leaders have met regularly in recent years`,
  (x) => `the ${x.b.adjective} currency fell ${x.num(1, 9)} percent against the dollar after the announcement, its biggest drop in months`,
  (x) => `${x.b.name} has faced ${x.pick(BACKGROUND_CONTEXTS)} in recent months, which has weighed on the popularity of the government`,
  () => 'more details are expected later this week, when officials from both sides are due to brief journalists',
  (x) => `the next summit is scheduled to take place in ${x.b.capital} in ${x.pick(MONTHS)}, and preparations are already under way`,
  (x) => `it is the first such visit by a ${x.a.adjective} leader in ${x.num(3, 30)} years, and it was preceded by months of careful preparation`,
  (x) => `${x.organisation()} has long followed the situation closely and has repeatedly offered to help`,
  (x) => `the dispute between the two neighbours dates back to ${x.year()}, when the border was drawn by a commission that neither side now recognises`,
  () => 'a spokesperson for the ministry declined to comment on the reports when contacted by telephone',
  (x) => `negotiations have been stalled since ${x.pick(MONTHS)} last year, when the last round ended without a joint statement`,
  (x) => `the border between ${x.a.name} and ${x.b.name} stretches for about ${x.num(100, 4000)} kilometres through mountains, forests and river valleys`,
  (x) => `prices of bread and fuel in ${x.b.name} have doubled over the past two years, and many families now struggle to make ends meet`,
  (x) => `about ${x.num(10, 900)},000 people have fled their homes since the start of the year, according to ${x.organisation()}`,
  (x) => `${x.a.name} is one of the largest buyers of ${x.b.adjective} ${x.pick(GOODS)}, and business groups on both sides have called for closer ties`,
  (x) => `both sides described the atmosphere of the talks as ${x.pick(['friendly', 'frank', 'constructive', 'tense', 'cordial'])}, but gave few details`,
  (x) => `the details of the plan were not made public, ${x.pick(REPORTERS)} said`,
  (x) => `the ${x.b.adjective} parliament is expected to debate the issue ${x.pick(['next week', 'later this month', 'before the summer recess'])}, and several deputies have already voiced doubts`,
  (x) => `local newspapers in ${x.b.capital} gave the story prominent coverage, with several running it on their front pages`,
  (x) => `the government in ${x.a.capital} has made closer ties with its neighbours a priority since taking office`,
  // Quotes: one quoted clause, so the sentence stays one sentence.
  (x) => `"${x.pick(QUOTES)}," ${x.speaker()} said`,
  (x) => `"${x.pick(QUOTES)}," said ${x.speakerAfterVerb()}`,
  (x) => `${x.speaker()} told reporters: "${x.pick(QUOTES)}."`,
  (x) => `"${x.pick(QUOTES)}," ${x.speaker()} told a news conference in ${x.a.capital}`,
  (x) => `"${x.pick(QUOTES)}," ${x.speaker()} said in a televised address, adding that the coming weeks would be decisive`,
];

type Picker = { pick(items: readonly string[]): string };

/**
 * Tails that make an event clause as long as a news sentence (about twenty words) without
 * adding an event: reasons, circumstances, comment. Some only suit a cooperative event,
 * some only a hostile one.
 */
const ANY_TAILS: readonly ((x: Picker) => string)[] = [
  (x) => `, amid ${x.pick(BACKGROUND_CONTEXTS)}`,
  (x) => ` as part of efforts to ${x.pick(['strengthen regional stability', 'revive the economy', 'end the long dispute', 'rebuild trust between the two sides'])}`,
  (x) => ` after weeks of ${x.pick(['tense negotiations', 'growing pressure from abroad', 'quiet diplomacy'])}`,
  (x) => `, the latest in a series of such ${x.pick(['moves', 'steps'])} this year`,
  (x) => ` despite ${x.pick(BACKGROUND_CONTEXTS)}`,
];
export const COOPERATIVE_TAILS: readonly ((x: Picker) => string)[] = [
  ...ANY_TAILS,
  (x) => `, in a move seen as ${x.pick(['a sign of warming ties', 'an attempt to ease tensions', 'a boost for regional diplomacy'])}`,
  () => ', according to a joint statement issued afterwards',
];
export const HOSTILE_TAILS: readonly ((x: Picker) => string)[] = [
  ...ANY_TAILS,
  (x) => `, citing ${x.pick(['security concerns', 'repeated violations', 'national interests', 'threats to its citizens'])}`,
  (x) => `, in a move seen as ${x.pick(['a setback for regional diplomacy', 'a test of the new government', 'a sharp escalation'])}`,
  (x) => ` after weeks of ${x.pick(['clashes along the border', 'mounting accusations', 'failed mediation'])}`,
];

/** How an event clause may be attributed, as news does ("..., the ministry said"). */
export const ATTRIBUTIONS_AFTER: readonly string[] = [
  ', the foreign ministry said', ', state media reported', ', officials said', ', according to a government statement',
  ', the state news agency reported', ', a spokesperson said', ', witnesses said',
];
export const ATTRIBUTIONS_BEFORE: readonly string[] = [
  'state media reported that ', 'officials said ', 'according to a statement, ', 'witnesses said ',
  'the ministry said ', 'a government spokesperson confirmed that ',
];
