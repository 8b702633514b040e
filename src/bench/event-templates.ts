// Sentence templates that report an event, grouped by PLOVER category, each naming the verb it
// exercises. They are deliberately varied (active and coordinated subjects, possessives,
// "with"/"to"/"on" targets, reported speech, negated and hypothetical forms) because the
// coder's speed depends on what it has to parse, and a corpus of one sentence shape would
// flatter it. Each template renders one clause without final punctuation; the article
// builder capitalises it and adds the full stop, so one template = exactly one sentence.
import type { PloverCategory } from '../types.js';
import {
  ACCUSATIONS, BORDER_PLACES as PLACES, COOPERATION_AREAS as AREAS, DEMANDS as DEMAND,
  ITEMS_OF_AID as AID_ITEMS, OCCASIONS as OCCASION, TALK_TOPICS as TALK, type CountryEntry,
} from './vocabulary.js';

/** The kind of actor a template wants in a slot. */
export type SlotKind =
  | 'leader' | 'official' | 'state' | 'forces' | 'police' | 'organisation' | 'group' | 'party' | 'crowd';

/** What a template may ask of the article while rendering. Mentions are resolved lazily. */
export interface Scene {
  /** Source as subject; target as object, as subject of a subordinate clause, as possessive. */
  s(): string;
  t(): string;
  tSubject(): string;
  sPoss(): string;
  tPoss(): string;
  /** "his", "her", "its", "their" for the source / the target. */
  sPron(): string;
  tPron(): string;
  /** "he", "she", "it", "they" for the source. */
  sHe(): string;
  /** The countries of source and target (the target's country even when the target is a group). */
  sc: CountryEntry;
  tc: CountryEntry;
  /** A date phrase with a leading space (" on Tuesday", " on March 3"), or "" half the time. */
  when(): string;
  /** A place fitting a meeting: a capital of either side or a neutral city. */
  venue(): string;
  pick(items: readonly string[]): string;
  /** A number as news writes it ("1,200"). */
  num(min: number, max: number): string;
  year(): string;
}

export interface EventTemplate {
  category: PloverCategory;
  /** The verb or verb phrase the template exercises, for coverage checks and statistics. */
  verb: string;
  source: SlotKind;
  target: SlotKind | 'none';
  /** False for negated or hypothetical events, which a coder must not code as facts. */
  factual: boolean;
  render(x: Scene): string;
}

const GOALS = ['restore peace in the region', 'reform the economy', 'fight corruption', 'protect the environment',
  'promote regional integration', 'improve relations with its neighbours', 'end the conflict'];
const DECISIONS = ['release political prisoners', 'join the regional trade bloc', 'reopen its embassy',
  'hold early elections', 'cancel part of the debt', 'open its markets to foreign investors'];
const JOINT_STEPS = ['expand direct flights', 'set up a joint commission', 'double bilateral trade by 2030',
  'resume talks on a free trade agreement', 'build a new railway link', 'simplify visa procedures'];
const ISSUES = ['its treatment of migrants', 'the arrests of opposition figures', 'the border closures',
  'its nuclear programme', 'the detention of journalists', 'the new fishing quotas', 'the dam project'];
const HOSTILE_ACTS = ['missile test', 'crackdown on protesters', 'decision to annex the territory',
  'attack on the aid convoy', 'military build-up', 'expulsion of foreign reporters'];
const PROPOSALS = ['a joint border force', 'new peace talks', 'a regional security pact', 'a referendum on the territory',
  'a currency union', 'a ceasefire monitored by foreign troops'];
const CLAIMS = ['sent troops across the border', 'supplied weapons to the rebels', 'detained foreign journalists',
  'rigged the election', 'shot down the drone'];
const HELP = ['financial help', 'emergency food supplies', 'military equipment', 'support for its candidacy',
  'technical assistance'];
const CONDITIONS = ['the attacks continued', 'its troops crossed the border', 'the talks failed',
  'the blockade was not lifted', 'its citizens were harmed'];
const TREATIES = ['arms control treaty', 'fisheries agreement', 'water-sharing accord', 'non-aggression pact',
  'transit agreement'];
const SUMMITS = ['regional summit', 'UN General Assembly', 'G20 summit', 'climate conference', 'security forum'];
const WATERS = ['the disputed waters', 'the strait', 'the gulf', 'international waters', 'the northern sea lanes'];
const VICTIMS = ['civilians', 'people', 'soldiers', 'police officers', 'border guards'];

function t(
  category: PloverCategory, verb: string, source: SlotKind, target: SlotKind | 'none',
  render: (x: Scene) => string, factual = true,
): EventTemplate {
  return { category, verb, source, target, factual, render };
}

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  // CONSULT: meetings, visits, calls.
  t('CONSULT', 'met', 'leader', 'leader', (x) => `${x.s()} met ${x.t()}${x.when()} in ${x.venue()} to discuss ${x.pick(TALK)}`),
  t('CONSULT', 'met', 'official', 'official', (x) => `${x.s()} met ${x.t()} on the sidelines of the ${x.pick(SUMMITS)}${x.when()}`),
  t('CONSULT', 'hosted', 'leader', 'leader', (x) => `${x.s()} hosted ${x.t()}${x.when()} for talks on ${x.pick(TALK)}`),
  t('CONSULT', 'visited', 'leader', 'none', (x) => `${x.s()} visited ${x.tc.name}${x.when()}, ${x.sPron()} first trip to the country since ${x.year()}`),
  t('CONSULT', 'arrived', 'leader', 'none', (x) => `${x.s()} arrived in ${x.tc.capital}${x.when()} for a ${x.pick(['two-day', 'three-day', 'state', 'working'])} visit`),
  t('CONSULT', 'held phone talks', 'leader', 'leader', (x) => `${x.s()} held phone talks with ${x.t()}${x.when()}`),
  t('CONSULT', 'spoke by telephone', 'leader', 'leader', (x) => `${x.s()} spoke by telephone with ${x.t()} about ${x.pick(TALK)}${x.when()}`),
  t('CONSULT', 'received', 'leader', 'official', (x) => `${x.s()} received ${x.t()} in ${x.sc.capital}${x.when()}`),
  t('CONSULT', 'held talks', 'state', 'state', (x) => `${x.s()} and ${x.t()} held a new round of consultations on ${x.pick(TALK)}${x.when()}`),
  t('CONSULT', 'discussed', 'leader', 'leader', (x) => `${x.s()} discussed ${x.pick(TALK)} with ${x.t()} in a phone call${x.when()}`),
  t('CONSULT', 'met', 'leader', 'leader', (x) => `${x.s()} did not meet ${x.t()} during the visit`, false),
  t('CONSULT', 'visit', 'leader', 'none', (x) => `${x.s()} may visit ${x.tc.name} later this year`, false),
  t('CONSULT', 'travel', 'leader', 'none', (x) => `${x.s()} is expected to travel to ${x.tc.capital} next month`, false),

  // SUPPORT: congratulations, praise, approval.
  t('SUPPORT', 'congratulated', 'leader', 'leader', (x) => `${x.s()} congratulated ${x.t()} on ${x.pick(OCCASION)}${x.when()}`),
  t('SUPPORT', 'congratulated', 'leader', 'leader', (x) => `${x.s()} congratulated ${x.t()} on ${x.tPron()} re-election in a letter${x.when()}`),
  t('SUPPORT', 'sent a congratulatory letter', 'leader', 'leader', (x) => `${x.s()} sent a congratulatory letter to ${x.t()}${x.when()}`),
  t('SUPPORT', 'sent a message', 'leader', 'leader', (x) => `${x.s()} sent a message of congratulations to ${x.t()} on ${x.pick(OCCASION)}`),
  t('SUPPORT', 'praised', 'leader', 'leader', (x) => `${x.s()} praised ${x.tPoss()} efforts to ${x.pick(GOALS)}`),
  t('SUPPORT', 'praised', 'organisation', 'state', (x) => `${x.s()} praised ${x.t()} for ${x.pick(['its reforms', 'its handling of the crisis', 'its role in the peace talks', 'hosting refugees'])}`),
  t('SUPPORT', 'welcomed', 'state', 'state', (x) => `${x.s()} welcomed ${x.tPoss()} decision to ${x.pick(DECISIONS)}`),
  t('SUPPORT', 'expressed support', 'leader', 'state', (x) => `${x.s()} expressed support for ${x.tPoss()} bid to host the ${x.pick(SUMMITS)}`),
  t('SUPPORT', 'thanked', 'leader', 'leader', (x) => `${x.s()} thanked ${x.t()} for ${x.tPron()} support${x.when()}`),
  t('SUPPORT', 'offered condolences', 'leader', 'state', (x) => `${x.s()} offered condolences to ${x.t()} after the ${x.pick(['earthquake', 'floods', 'deadly fire', 'bus crash', 'landslide'])}`),

  // AGREE: agreements, pledges, invitations.
  t('AGREE', 'signed an agreement', 'state', 'state', (x) => `${x.s()} and ${x.t()} signed an agreement on ${x.pick(AREAS)}${x.when()}`),
  t('AGREE', 'signed an agreement', 'official', 'official', (x) => `${x.s()} signed a ${x.pick(AREAS)} agreement with ${x.t()} in ${x.venue()}${x.when()}`),
  t('AGREE', 'pledged', 'leader', 'state', (x) => `${x.s()} pledged to deepen cooperation with ${x.t()} in ${x.pick(AREAS)}`),
  t('AGREE', 'agreed', 'state', 'state', (x) => `${x.s()} agreed with ${x.t()} to ${x.pick(JOINT_STEPS)}${x.when()}`),
  t('AGREE', 'invited', 'leader', 'leader', (x) => `${x.s()} invited ${x.t()} to visit ${x.sc.name} at a convenient time`),
  t('AGREE', 'accepted the invitation', 'leader', 'leader', (x) => `${x.s()} accepted ${x.tPoss()} invitation to visit ${x.tc.name}`),
  t('AGREE', 'affirmed readiness', 'leader', 'state', (x) => `${x.s()} affirmed ${x.sPron()} readiness to work closely with ${x.t()}`),
  t('AGREE', 'signed an agreement', 'state', 'state', (x) => `${x.s()} has not yet signed the ${x.pick(TREATIES)} with ${x.t()}`, false),

  // COOPERATE: material cooperation.
  t('COOPERATE', 'held joint exercises', 'forces', 'forces', (x) => `${x.s()} held joint military exercises with ${x.t()} in ${x.pick(WATERS)}${x.when()}`),
  t('COOPERATE', 'shared intelligence', 'state', 'state', (x) => `${x.s()} agreed to share intelligence with ${x.t()} on ${x.pick(['smuggling networks', 'armed groups', 'cyber threats', 'human trafficking'])}`),
  t('COOPERATE', 'restored relations', 'state', 'state', (x) => `${x.s()} restored diplomatic relations with ${x.t()}${x.when()}`),
  t('COOPERATE', 'reopened embassy', 'state', 'none', (x) => `${x.s()} reopened ${x.sPron()} embassy in ${x.tc.capital}${x.when()}`),
  t('COOPERATE', 'extradited', 'state', 'state', (x) => `${x.s()} extradited ${x.num(2, 12)} suspects to ${x.t()}`),

  // AID: material help.
  t('AID', 'sent aid', 'state', 'state', (x) => `${x.s()} sent humanitarian aid to ${x.t()}${x.when()}`),
  t('AID', 'pledged aid', 'leader', 'state', (x) => `${x.s()} pledged $${x.num(5, 900)} million in aid to ${x.t()}`),
  t('AID', 'delivered', 'organisation', 'none', (x) => `${x.s()} delivered ${x.num(20, 4000)} tonnes of ${x.pick(AID_ITEMS)} to ${x.tc.name}${x.when()}`),
  t('AID', 'provided assistance', 'state', 'state', (x) => `${x.s()} provided military assistance to ${x.t()}`),
  t('AID', 'airlifted', 'forces', 'none', (x) => `${x.s()} airlifted ${x.pick(AID_ITEMS)} to flood-hit areas of ${x.tc.name}`),
  t('AID', 'sent doctors', 'state', 'none', (x) => `${x.s()} sent a team of ${x.num(10, 90)} doctors to ${x.tc.name}`),

  // CONCEDE: releases, easing, ceasefires.
  t('CONCEDE', 'released', 'state', 'none', (x) => `${x.s()} released ${x.num(3, 250)} ${x.tc.adjective} prisoners${x.when()}`),
  t('CONCEDE', 'freed', 'police', 'none', (x) => `${x.s()} freed ${x.num(2, 40)} detained ${x.tc.adjective} fishermen`),
  t('CONCEDE', 'lifted sanctions', 'state', 'state', (x) => `${x.s()} lifted sanctions on ${x.t()}${x.when()}`),
  t('CONCEDE', 'agreed to a ceasefire', 'state', 'group', (x) => `${x.s()} agreed to a ceasefire with ${x.t()}`),
  t('CONCEDE', 'eased restrictions', 'state', 'none', (x) => `${x.s()} eased restrictions on ${x.tc.adjective} imports`),
  t('CONCEDE', 'allowed inspectors', 'state', 'organisation', (x) => `${x.s()} allowed inspectors from ${x.t()} into ${x.sPron()} nuclear facilities`),
  t('CONCEDE', 'returned', 'state', 'state', (x) => `${x.s()} returned the seized vessel to ${x.t()}`),

  // RETREAT: withdrawals.
  t('RETREAT', 'withdrew', 'state', 'none', (x) => `${x.s()} withdrew ${x.sPron()} troops from ${x.pick(PLACES)}${x.when()}`),
  t('RETREAT', 'withdrew', 'forces', 'none', (x) => `${x.s()} withdrew from ${x.pick(PLACES)}${x.when()}`),
  t('RETREAT', 'pulled out', 'state', 'state', (x) => `${x.s()} pulled out of the talks with ${x.t()}`),
  t('RETREAT', 'pulled back', 'state', 'none', (x) => `${x.s()} pulled ${x.sPron()} forces back from the border with ${x.tc.name}`),
  t('RETREAT', 'withdrew from treaty', 'state', 'state', (x) => `${x.s()} withdrew from the ${x.pick(TREATIES)} with ${x.t()}`),
  t('RETREAT', 'dismantled', 'forces', 'none', (x) => `${x.s()} dismantled checkpoints along the border with ${x.tc.name}`),

  // REQUEST: demands, appeals.
  t('REQUEST', 'demanded', 'leader', 'state', (x) => `${x.s()} demanded that ${x.tSubject()} ${x.pick(DEMAND)}`),
  t('REQUEST', 'urged', 'organisation', 'state', (x) => `${x.s()} urged ${x.t()} to ${x.pick(DEMAND)}${x.when()}`),
  t('REQUEST', 'urged', 'leader', 'state', (x) => `${x.s()} urged ${x.t()} to ${x.pick(DEMAND)}`),
  t('REQUEST', 'called on', 'state', 'state', (x) => `${x.s()} called on ${x.t()} to ${x.pick(DEMAND)}`),
  t('REQUEST', 'asked for', 'leader', 'organisation', (x) => `${x.s()} asked ${x.t()} for ${x.pick(HELP)}`),
  t('REQUEST', 'appealed', 'leader', 'organisation', (x) => `${x.s()} appealed to ${x.t()} for ${x.pick(HELP)}${x.when()}`),
  t('REQUEST', 'requested a meeting', 'state', 'organisation', (x) => `${x.s()} requested an emergency meeting of ${x.t()} on ${x.pick(TALK)}`),

  // ACCUSE: accusations, criticism, condemnation.
  t('ACCUSE', 'accused', 'state', 'state', (x) => `${x.s()} accused ${x.t()} of ${x.pick(ACCUSATIONS)}${x.when()}`),
  t('ACCUSE', 'accused', 'leader', 'leader', (x) => `${x.s()} accused ${x.t()} of ${x.pick(ACCUSATIONS)}`),
  t('ACCUSE', 'criticised', 'leader', 'state', (x) => `${x.s()} criticised ${x.t()} over ${x.pick(ISSUES)}`),
  t('ACCUSE', 'criticized', 'organisation', 'state', (x) => `${x.s()} sharply criticized ${x.t()} for ${x.pick(['failing to protect civilians', 'blocking the resolution', 'ignoring the court ruling'])}`),
  t('ACCUSE', 'condemned', 'state', 'state', (x) => `${x.s()} condemned ${x.tPoss()} ${x.pick(HOSTILE_ACTS)}${x.when()}`),
  t('ACCUSE', 'condemned', 'organisation', 'group', (x) => `${x.s()} condemned the attack by ${x.t()}`),
  t('ACCUSE', 'blamed', 'leader', 'state', (x) => `${x.s()} blamed ${x.t()} for ${x.pick(['the collapse of the talks', 'the explosion at the border', 'the rise in food prices', 'the power cuts'])}`),
  t('ACCUSE', 'denounced', 'party', 'leader', (x) => `${x.s()} denounced ${x.tPoss()} ${x.pick(['visit', 'remarks', 'policy', 'decision'])} as ${x.pick(['a provocation', 'a betrayal', 'unacceptable'])}`),

  // REJECT: refusals, denials, vetoes.
  t('REJECT', 'rejected', 'state', 'state', (x) => `${x.s()} rejected ${x.tPoss()} proposal for ${x.pick(PROPOSALS)}${x.when()}`),
  t('REJECT', 'rejected', 'leader', 'leader', (x) => `${x.s()} rejected ${x.tPoss()} call for ${x.pick(PROPOSALS)}`),
  t('REJECT', 'denied', 'state', 'state', (x) => `${x.s()} denied ${x.tPoss()} claims that it had ${x.pick(CLAIMS)}`),
  t('REJECT', 'refused to recognise', 'state', 'state', (x) => `${x.s()} refused to recognise ${x.tPoss()} new government`),
  t('REJECT', 'dismissed', 'official', 'state', (x) => `${x.s()} dismissed ${x.tPoss()} accusations as baseless`),
  t('REJECT', 'vetoed', 'state', 'state', (x) => `${x.s()} vetoed a resolution drafted by ${x.t()}`),
  t('REJECT', 'turned down', 'leader', 'state', (x) => `${x.s()} turned down ${x.tPoss()} request for ${x.pick(HELP)}`),

  // THREATEN: threats and ultimatums.
  t('THREATEN', 'threatened', 'leader', 'state', (x) => `${x.s()} threatened ${x.t()} with ${x.pick(['sanctions', 'military action', 'retaliation', 'tariffs'])}${x.when()}`),
  t('THREATEN', 'threatened to expel', 'state', 'none', (x) => `${x.s()} threatened to expel ${x.tc.adjective} diplomats`),
  t('THREATEN', 'warned', 'official', 'state', (x) => `${x.s()} warned ${x.t()} that ${x.sHe()} would respond with force if ${x.pick(CONDITIONS)}`),
  t('THREATEN', 'threatened to cut off', 'state', 'none', (x) => `${x.s()} threatened to cut off gas supplies to ${x.tc.name}`),
  t('THREATEN', 'issued an ultimatum', 'group', 'state', (x) => `${x.s()} issued an ultimatum to ${x.t()}${x.when()}`),

  // PROTEST: demonstrations and diplomatic protests.
  t('PROTEST', 'rallied', 'crowd', 'none', (x) => `${x.s()} rallied outside the ${x.tc.adjective} embassy in ${x.sc.capital}${x.when()}`),
  t('PROTEST', 'lodged a protest', 'state', 'state', (x) => `${x.s()} lodged a formal protest with ${x.t()} over ${x.pick(ISSUES)}`),
  t('PROTEST', 'summoned', 'state', 'none', (x) => `${x.s()} summoned the ${x.tc.adjective} ambassador to protest ${x.pick(ISSUES)}${x.when()}`),
  t('PROTEST', 'protested', 'party', 'state', (x) => `${x.s()} protested ${x.tPoss()} ${x.pick(HOSTILE_ACTS)}`),
  t('PROTEST', 'burned flags', 'crowd', 'none', (x) => `${x.s()} burned ${x.tc.adjective} flags during a march in ${x.sc.capital}`),
  t('PROTEST', 'staged a walkout', 'official', 'leader', (x) => `${x.s()} staged a walkout during ${x.tPoss()} speech at the ${x.pick(SUMMITS)}`),

  // SANCTION: sanctions, expulsions, severed ties.
  t('SANCTION', 'imposed sanctions', 'state', 'state', (x) => `${x.s()} imposed sanctions on ${x.t()}${x.when()}`),
  t('SANCTION', 'imposed sanctions', 'organisation', 'official', (x) => `${x.s()} imposed sanctions on ${x.t()} over ${x.pick(ISSUES)}`),
  t('SANCTION', 'expelled', 'state', 'none', (x) => `${x.s()} expelled ${x.num(2, 30)} ${x.tc.adjective} diplomats${x.when()}`),
  t('SANCTION', 'suspended trade', 'state', 'state', (x) => `${x.s()} suspended trade with ${x.t()}`),
  t('SANCTION', 'recalled ambassador', 'state', 'none', (x) => `${x.s()} recalled ${x.sPron()} ambassador from ${x.tc.capital}${x.when()}`),
  t('SANCTION', 'cut ties', 'state', 'state', (x) => `${x.s()} cut diplomatic ties with ${x.t()}`),
  t('SANCTION', 'froze assets', 'state', 'none', (x) => `${x.s()} froze the assets of ${x.num(3, 60)} ${x.tc.adjective} officials`),
  t('SANCTION', 'banned imports', 'state', 'none', (x) => `${x.s()} banned imports from ${x.tc.name}${x.when()}`),
  t('SANCTION', 'closed the border', 'state', 'none', (x) => `${x.s()} closed ${x.sPron()} border with ${x.tc.name}`),

  // MOBILIZE: troops, alerts, warships.
  t('MOBILIZE', 'deployed troops', 'state', 'none', (x) => `${x.s()} deployed ${x.num(200, 9000)} troops to the border with ${x.tc.name}${x.when()}`),
  t('MOBILIZE', 'put on alert', 'leader', 'none', (x) => `${x.s()} put the armed forces on high alert`),
  t('MOBILIZE', 'called up', 'state', 'state', (x) => `${x.s()} called up ${x.num(1000, 50000)} reservists amid tensions with ${x.t()}`),
  t('MOBILIZE', 'moved tanks', 'forces', 'none', (x) => `${x.s()} moved tanks and artillery towards ${x.pick(PLACES)}`),
  t('MOBILIZE', 'sent warships', 'state', 'none', (x) => `${x.s()} sent warships to ${x.pick(WATERS)} near ${x.tc.name}${x.when()}`),

  // COERCE: arrests, seizures, bans.
  t('COERCE', 'arrested', 'police', 'none', (x) => `${x.s()} arrested ${x.num(2, 80)} ${x.tc.adjective} nationals${x.when()}`),
  t('COERCE', 'detained', 'police', 'none', (x) => `${x.s()} detained a ${x.tc.adjective} journalist in ${x.sc.capital}`),
  t('COERCE', 'seized', 'forces', 'none', (x) => `${x.s()} seized a ${x.tc.adjective} fishing vessel in ${x.pick(WATERS)}`),
  t('COERCE', 'banned', 'state', 'party', (x) => `${x.s()} banned ${x.t()} ahead of the elections`),
  t('COERCE', 'deported', 'state', 'none', (x) => `${x.s()} deported ${x.num(10, 900)} ${x.tc.adjective} citizens${x.when()}`),
  t('COERCE', 'raided', 'police', 'party', (x) => `${x.s()} raided the offices of ${x.t()}${x.when()}`),
  t('COERCE', 'imposed a curfew', 'state', 'none', (x) => `${x.s()} imposed a curfew in ${x.pick(PLACES)}`),

  // ASSAULT: attacks, shelling, air strikes.
  t('ASSAULT', 'attacked', 'forces', 'forces', (x) => `${x.s()} attacked positions held by ${x.t()} near ${x.pick(PLACES)}${x.when()}`),
  t('ASSAULT', 'shelled', 'forces', 'none', (x) => `${x.s()} shelled villages near ${x.pick(PLACES)}, killing ${x.num(2, 40)} ${x.pick(VICTIMS)}`),
  t('ASSAULT', 'launched air strikes', 'forces', 'group', (x) => `${x.s()} launched air strikes on bases of ${x.t()}${x.when()}`),
  t('ASSAULT', 'fired rockets', 'group', 'none', (x) => `${x.s()} fired rockets at ${x.tc.adjective} border posts${x.when()}`),
  t('ASSAULT', 'ambushed', 'group', 'none', (x) => `${x.s()} ambushed a ${x.tc.adjective} army convoy near ${x.pick(PLACES)}`),
  t('ASSAULT', 'killed', 'group', 'none', (x) => `${x.s()} killed ${x.num(2, 30)} ${x.pick(VICTIMS)} in an attack on ${x.pick(PLACES)}`),
];

/** The PLOVER categories a story of each kind mostly reports. */
export const STORY_KINDS = {
  diplomacy: ['CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE'],
  dispute: ['ACCUSE', 'REJECT', 'REQUEST', 'PROTEST', 'SANCTION', 'THREATEN'],
  conflict: ['ASSAULT', 'MOBILIZE', 'COERCE', 'THREATEN', 'RETREAT', 'ACCUSE'],
  relief: ['AID', 'CONCEDE', 'REQUEST', 'SUPPORT', 'RETREAT', 'COOPERATE'],
} as const satisfies Record<string, readonly PloverCategory[]>;

export type StoryKind = keyof typeof STORY_KINDS;
