// The project's own trigger rules for the diplomatic core of the domain. They are tried
// before the CAMEO verb dictionary (data/verbs.json), which covers the rest of PLOVER.
import type { Channel, PloverCategory } from '../types.js';

/** Where a rule looks for its target, in order. */
export type TargetSlot = 'possessor' | 'object' | 'to' | 'with' | 'for' | 'in' | 'on' | 'upon' | 'between' | 'of' | 'against' | 'from' | 'at' | 'by' | 'outside' | 'near' | 'along' | 'over';

export interface TriggerRule {
  id: string;
  cameo: string;
  /** Verb lemmas that trigger the rule. */
  verbs?: string[];
  /** With `verbs`: a noun (lemma) that must follow within `window` tokens ("send ... congratulations").
   *  Without `verbs`: the noun itself is the trigger ("phone talks"). */
  nouns?: string[];
  window?: number;
  channel?: Channel;
  target: TargetSlot[];
  /** Congratulations given with no recipient in the clause go to the document's focus. */
  implicitTarget?: boolean;
  /** An intention ("hope to", "readiness to"): what is intended decides the code. */
  intent?: boolean;
  /** For nominal triggers: one of these words must come right before ("at a meeting with"). */
  preceded?: string[];
  /** For nominal triggers: the noun must belong to an actor ("X's leadership", "the vision of X"). */
  possessed?: boolean;
  /** What the verb does is between its subjects ("X and Y upgraded their ties"): a compound subject is source and target. */
  mutual?: boolean;
  /** The particle of a phrasal verb, right after it: "call off" a strike is not "call" one. */
  particle?: string;
  /** The verb counts only without an object: "protesters marched", not "this demonstrates that". */
  intransitive?: boolean;
  /**
   * Where the PLOVER manual files an action elsewhere than the CAMEO→PLOVER table does
   * (resignations are RETREAT in the manual; CAMEO has no closer code than 0831).
   */
  plover?: PloverCategory;
  mode?: string;
  /** The verb counts only with a "to" infinitive after its object: "told X to leave". */
  infinitive?: boolean;
  /** The deed needs no other party: a state of emergency is declared over the source's own country. */
  standsAlone?: boolean;
}

/** What protesters stage, and may call off. */
const PROTEST_NOUNS = ['strike', 'walkout', 'boycott', 'protest', 'protests', 'demonstration', 'rally', 'sit-in', 'blockade', 'hunger'];

const GIVE = ['send', 'extend', 'offer', 'convey', 'express', 'give', 'address', 'deliver', 'present', 'voice', 'forward', 'reiterate'];
const AFFIRM = ['affirm', 'reaffirm', 'express', 'voice', 'underline', 'underscore', 'stress', 'emphasise', 'emphasize', 'reiterate', 'pledge', 'confirm', 'highlight', 'show', 'state', 'declare', 'note'];

export const TRIGGER_RULES: TriggerRule[] = [
  // Ending one's own protest yields to the other side: CAMEO 082, ease political dissent
  // (first: the phone and PROTEST rules would otherwise take "call" and "end").
  { id: 'call-off-protest', cameo: '082', verbs: ['call'], particle: 'off', nouns: PROTEST_NOUNS, window: 5, target: ['with', 'against'] },
  { id: 'end-protest', cameo: '082', verbs: ['end', 'suspend', 'halt', 'cancel', 'abandon'], nouns: PROTEST_NOUNS, window: 4, target: ['with', 'against'] },
  // SUPPORT: praise, congratulate, thank (CAMEO 051)
  { id: 'congratulate', cameo: '051', verbs: ['congratulate', 'felicitate'], target: ['object', 'to'], implicitTarget: true },
  { id: 'give-congratulations', cameo: '051', verbs: GIVE, nouns: ['congratulation', 'congratulations', 'felicitation', 'greeting', 'greetings', 'wishes'], window: 6, target: ['to', 'on'], implicitTarget: true },
  { id: 'congratulatory-letter', cameo: '051', verbs: [...GIVE, 'receive', 'write'], nouns: ['letter'], window: 5, channel: 'letter', target: ['to'], implicitTarget: true },
  { id: 'congratulatory-message', cameo: '051', verbs: [...GIVE, 'receive', 'write'], nouns: ['message', 'cable', 'telegram'], window: 5, channel: 'message', target: ['to'], implicitTarget: true },
  { id: 'praise', cameo: '051', verbs: ['praise', 'laud', 'commend', 'hail', 'applaud', 'salute', 'acclaim', 'compliment', 'extol'], target: ['object', 'for'] },
  { id: 'appreciate', cameo: '051', verbs: ['appreciate', 'value', 'admire', 'honour', 'honor', 'recognise', 'recognize'], target: ['object'] },
  { id: 'thank', cameo: '051', verbs: ['thank'], target: ['object', 'to'] },
  { id: 'express-thanks', cameo: '051', verbs: GIVE, nouns: ['thanks', 'thank', 'gratitude', 'appreciation', 'admiration', 'respect'], window: 5, target: ['to', 'for'] },
  { id: 'express-confidence', cameo: '051', verbs: [...AFFIRM, 'have', 'place'], nouns: ['confidence', 'trust', 'faith'], window: 4, target: ['in'] },
  { id: 'wish-success', cameo: '051', verbs: ['wish'], nouns: ['success', 'successes', 'happiness', 'health', 'luck'], window: 8, target: ['object'] },
  { id: 'welcome', cameo: '051', verbs: ['welcome', 'endorse', 'back', 'support'], target: ['object'] },
  { id: 'affirm-support', cameo: '051', verbs: AFFIRM, nouns: ['support', 'backing', 'solidarity'], window: 9, target: ['for', 'to', 'with'] },
  // Crediting someone's leadership or contributions is praise, whoever reports it.
  { id: 'credit', cameo: '051', nouns: ['leadership', 'prestige', 'contribution', 'reputation', 'stature', 'vision', 'achievement', 'attainment', 'dedication', 'mettle', 'statesmanship'], possessed: true, target: ['possessor'] },
  { id: 'apologise', cameo: '055', verbs: ['apologise', 'apologize'], target: ['to', 'object'] },
  { id: 'defend', cameo: '052', verbs: ['defend'], target: ['object'] },
  { id: 'recognise-state', cameo: '054', verbs: ['recognise', 'recognize'], nouns: ['independence', 'sovereignty', 'state'], window: 4, target: ['object'] },

  // CONSULT: talks, meetings, visits, invitations (CAMEO 04x)
  { id: 'phone-talks', cameo: '041', verbs: ['hold', 'have', 'conduct', 'make'], nouns: ['phone', 'telephone', 'call'], window: 3, channel: 'phone', target: ['with', 'to'] },
  // "received a phone call from X": X called (the caller is the source, see isReception).
  { id: 'receive-call', cameo: '041', verbs: ['receive', 'take'], nouns: ['phone', 'telephone', 'call'], window: 3, channel: 'phone', target: ['from'] },
  // Before 'phone': "called on X to ..." and "called for a ceasefire" are requests, not calls;
  // the particle must follow the verb ("called Erdogan on Monday" is a phone call).
  { id: 'call-on', cameo: '102', verbs: ['call'], particle: 'on', target: ['on'] },
  { id: 'call-upon', cameo: '102', verbs: ['call'], particle: 'upon', target: ['upon'] },
  { id: 'call-for', cameo: '020', verbs: ['call'], particle: 'for', target: ['for', 'on', 'from'] },
  { id: 'phone', cameo: '041', verbs: ['phone', 'telephone', 'call'], target: ['object'], channel: 'phone' },
  { id: 'hold-talks', cameo: '040', verbs: ['hold', 'have', 'conduct', 'begin', 'start', 'open', 'resume'], nouns: ['talk', 'talks', 'meeting', 'consultation', 'discussion', 'negotiation', 'dialogue', 'summit'], window: 3, channel: 'meeting', target: ['with', 'between'] },
  { id: 'meet', cameo: '040', verbs: ['meet', 'confer', 'consult', 'negotiate', 'talk', 'discuss'], target: ['with', 'object'], channel: 'meeting' },
  // "spoke by phone with X", "spoke to X": talks, whose channel the clause may name; speaking
  // to no actor ("spoke to reporters") is no event.
  { id: 'speak-with', cameo: '040', verbs: ['speak', 'converse', 'chat'], target: ['with', 'to'] },
  { id: 'receive', cameo: '043', verbs: ['receive', 'host', 'welcome'], target: ['object'], channel: 'meeting' },
  { id: 'brief', cameo: '040', verbs: ['brief'], target: ['object'], channel: 'meeting' },
  { id: 'visit', cameo: '042', verbs: ['visit', 'tour'], target: ['object'], channel: 'visit' },
  { id: 'at-meeting', cameo: '040', nouns: ['meeting', 'talks', 'talk', 'briefing', 'summit', 'reception'], preceded: ['at', 'during', 'in'], channel: 'meeting', target: ['with'] },
  { id: 'invite', cameo: '040', verbs: ['invite'], target: ['object'] },
  { id: 'mediate', cameo: '045', verbs: ['mediate'], target: ['between', 'object'] },

  // AGREE: intentions to cooperate or meet (CAMEO 03x), agreements (057 by the project's guidelines)
  { id: 'accept-invitation', cameo: '036', verbs: ['accept'], nouns: ['invitation'], window: 3, target: ['object'] },
  { id: 'accept', cameo: '030', verbs: ['accept', 'approve', 'embrace'], target: ['object', 'with', 'from'] },
  { id: 'agree', cameo: '030', verbs: ['agree', 'pledge', 'promise', 'vow', 'commit', 'swear'], target: ['with', 'to'] , intent: true },
  { id: 'express-intent', cameo: '030', verbs: [...AFFIRM, 'have'], nouns: ['readiness', 'willingness', 'wish', 'hope', 'desire', 'commitment', 'determination', 'intention', 'priority', 'resolve', 'eagerness', 'interest'], window: 9, target: ['with', 'between', 'to'], intent: true },
  { id: 'hope', cameo: '030', verbs: ['hope', 'wish', 'want', 'intend', 'plan', 'seek'], target: ['with', 'between'], intent: true },
  { id: 'ready', cameo: '030', verbs: ['stand', 'be'], nouns: ['ready', 'willing', 'determined', 'committed', 'eager', 'prepared'], window: 2, target: ['with', 'between', 'to'], intent: true },
  { id: 'attach-importance', cameo: '030', verbs: ['attach', 'give', 'accord', 'place', 'assign'], nouns: ['importance', 'priority', 'significance'], window: 4, target: ['with', 'to'], intent: true },
  { id: 'sign-agreement', cameo: '057', verbs: ['sign', 'conclude', 'ink', 'initial'], nouns: ['agreement', 'treaty', 'accord', 'memorandum', 'deal', 'pact', 'protocol', 'declaration', 'contract', 'charter'], window: 6, target: ['with', 'between'] },
  { id: 'elevate-ties', cameo: '057', nouns: ['elevation', 'upgrade', 'upgrading'], window: 0, target: ['between', 'with', 'to'] },
  // Raising relations a step (back to ambassadors, to normal) is diplomatic cooperation, as the CAMEO dictionary codes restoring them.
  { id: 'upgrade-relations', cameo: '050', verbs: ['upgrade', 'normalise', 'normalize'], nouns: ['ties', 'relations', 'relationship'], window: 4, target: ['with', 'between'], mutual: true },

  // COOPERATE: working together (said of the future, an intention: AGREE)
  { id: 'cooperate', cameo: '060', verbs: ['cooperate', 'collaborate', 'coordinate', 'partner'], target: ['with', 'between'] },
  { id: 'work-with', cameo: '060', verbs: ['work'], nouns: ['closely', 'together', 'with', 'alongside', 'hand'], window: 2, target: ['with'] },

  // SANCTION: relations reduced. The manual files international sanctions here ("discontinue"),
  // where the CAMEO→PLOVER table puts CAMEO 163 under COERCE.
  { id: 'impose-sanctions', cameo: '163', verbs: ['impose', 'slap', 'introduce', 'tighten', 'extend', 'expand', 'levy', 'announce', 'adopt', 'approve'], nouns: ['sanction', 'sanctions', 'embargo'], window: 4, target: ['on', 'against'], plover: 'SANCTION', mode: 'discontinue' },
  { id: 'cut-relations', cameo: '161', verbs: ['suspend', 'sever', 'cut', 'break', 'downgrade', 'freeze'], nouns: ['ties', 'relations', 'links', 'contacts', 'relationship'], window: 4, target: ['with'] },

  // AID, MOBILIZE, REJECT: material help, force posture, refusals
  { id: 'give-aid', cameo: '070', verbs: ['send', 'provide', 'give', 'deliver', 'donate', 'grant', 'supply', 'ship', 'hand', 'airlift', 'pledge'], nouns: ['aid', 'assistance', 'arms', 'weapons', 'food', 'medicine', 'supplies', 'loan', 'loans', 'relief', 'equipment', 'funds', 'money', 'grain', 'vaccines', 'missiles', 'systems', 'tanks', 'ammunition', 'rockets', 'jets', 'artillery', 'drones', 'munitions', 'shells', 'doctors', 'medics', 'nurses', 'rescuers', 'firefighters'], window: 6, target: ['to', 'object', 'for'] },
  { id: 'grant-asylum', cameo: '075', verbs: ['grant', 'give', 'offer'], nouns: ['asylum', 'refuge'], window: 4, target: ['to', 'object'] },
  // Sending forces somewhere is deploying them; sending arms or tanks is aid (give-aid, above).
  { id: 'deploy', cameo: '154', verbs: ['deploy', 'mobilize', 'mobilise', 'mass', 'reinforce', 'strengthen', 'station', 'move', 'send', 'dispatch'], nouns: ['troops', 'forces', 'soldiers', 'army', 'military', 'warships', 'tanks', 'units', 'reservists', 'battalions'], window: 4, target: ['to', 'in', 'near', 'along', 'on'] },
  // Exercises and drills are a show of force (CAMEO 150); joint ones are re-filed as military
  // cooperation where they are coded (code-document.ts), as the PLOVER manual asks.
  { id: 'military-exercise', cameo: '150', verbs: ['hold', 'conduct', 'stage', 'launch', 'begin', 'start', 'carry'], nouns: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'wargames', 'war-games'], window: 5, target: ['with', 'near', 'along'] },
  { id: 'reject', cameo: '120', verbs: ['reject', 'dismiss', 'rebuff', 'spurn', 'refuse', 'turn', 'veto', 'oppose'], nouns: ['appeal', 'proposal', 'plan', 'offer', 'call', 'calls', 'demand', 'demands', 'request', 'ultimatum', 'invitation', 'idea', 'initiative', 'bid', 'resolution', 'deal', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'criticism', 'charges', 'deployment', 'changes', 'report', 'reports', 'findings', 'statement', 'verdict', 'ruling', 'conclusions', 'decision', 'terms', 'conditions', 'bill', 'motion', 'draft', 'amendment', 'amendments', 'nomination', 'candidacy'], window: 6, target: ['object', 'from', 'by', 'of'] },
  // Sending inspectors or monitors is looking into what the host does (PLOVER's INVESTIGATE).
  { id: 'send-inspectors', cameo: '090', verbs: ['send', 'dispatch', 'deploy'], nouns: ['inspectors', 'investigators', 'monitors', 'observers', 'inspector', 'investigator'], window: 4, target: ['to', 'in'] },
  { id: 'order', cameo: '100', verbs: ['order', 'instruct', 'direct'], target: ['object'] },
  // Telling is an order only with what to do ("told Kyiv to withdraw"); "told reporters" is speech.
  { id: 'tell-to', cameo: '100', verbs: ['tell'], infinitive: true, target: ['object'] },
  // Pressing someone to act is demanding it of them (REQUEST), not coercion.
  { id: 'press-to', cameo: '100', verbs: ['pressure', 'pressurise', 'pressurize', 'press'], infinitive: true, target: ['object'] },

  // CONCEDE, RETREAT: easing restrictions (verbal concessions), surrender, resignation, expulsions
  { id: 'ease-restrictions', cameo: '081', verbs: ['lift', 'ease', 'relax', 'end', 'cancel', 'scrap', 'revoke', 'repeal'], nouns: ['curfew', 'restrictions', 'restriction', 'ban', 'measures', 'emergency', 'martial', 'closure'], window: 5, target: ['on', 'in', 'for', 'against'] },
  { id: 'surrender', cameo: '0874', verbs: ['surrender', 'capitulate'], target: ['to'] },
  { id: 'resign', cameo: '0831', verbs: ['resign', 'quit', 'abdicate'], plover: 'RETREAT', mode: 'resign', target: [] },
  { id: 'expel', cameo: '166', verbs: ['expel', 'oust', 'deport'], nouns: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'envoys', 'inspectors', 'observers', 'monitors', 'staff', 'journalists', 'peacekeepers', 'attache', 'consul'], window: 5, target: ['from', 'of', 'object'] },

  // PROTEST: demonstrations, strikes, boycotts (CAMEO 14x)
  { id: 'stage-protest', cameo: '141', verbs: ['stage', 'hold', 'launch', 'begin', 'start', 'organise', 'organize', 'mount', 'join', 'go', 'call'], nouns: ['rally', 'demonstration', 'protest', 'march', 'sit-in', 'riot'], window: 4, target: ['against', 'outside', 'at'] },
  { id: 'hunger-strike', cameo: '142', verbs: ['stage', 'hold', 'launch', 'begin', 'start', 'go', 'continue'], nouns: ['hunger'], window: 4, target: ['against'] },
  { id: 'strike', cameo: '143', verbs: ['stage', 'hold', 'launch', 'begin', 'start', 'go', 'call'], nouns: ['strike', 'walkout', 'boycott'], window: 4, target: ['against'] },
  { id: 'protest', cameo: '140', verbs: ['protest', 'riot'], target: ['against', 'object', 'outside', 'at'] },
  { id: 'demonstrate', cameo: '141', verbs: ['demonstrate', 'rally', 'march'], intransitive: true, target: ['against', 'outside', 'at'] },
  // Blocking a road or a crossing is obstruction (CAMEO 144); the dictionary lists only "road" and "traffic".
  { id: 'obstruct', cameo: '144', verbs: ['block', 'barricade', 'obstruct'], nouns: ['road', 'roads', 'highway', 'highways', 'motorway', 'bridge', 'bridges', 'crossing', 'crossings', 'port', 'ports', 'railway', 'railways', 'rail', 'traffic', 'access', 'entrance', 'entrances', 'street', 'streets', 'transport', 'junction', 'junctions', 'intersection', 'route', 'routes'], window: 4, target: ['to'] },
  { id: 'in-protest', cameo: '140', nouns: ['protest', 'protests'], preceded: ['in'], target: ['against', 'at', 'over'] },

  // COERCE, martial-law mode: a state of emergency or siege, or martial law, declared over a place (CAMEO 1724).
  { id: 'state-of-emergency', cameo: '1724', verbs: ['declare', 'impose', 'proclaim', 'introduce', 'extend', 'announce', 'order'], nouns: ['emergency', 'siege', 'martial'], window: 5, target: ['in', 'on', 'over'], standsAlone: true },

  // COERCE, cyber mode: attacks on computers and websites (CAMEO 176; the dictionary has "hack").
  { id: 'deface', cameo: '176', verbs: ['deface'], nouns: ['website', 'websites', 'site', 'sites', 'page', 'pages', 'portal', 'portals'], window: 5, target: ['object', 'of'] },
  { id: 'cyber-attack', cameo: '176', verbs: ['launch', 'carry', 'conduct', 'mount', 'stage'], nouns: ['cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks'], window: 4, target: ['on', 'against'] },

  // REQUEST, ACCUSE: the verbal conflict core
  { id: 'seek', cameo: '100', verbs: ['seek', 'request', 'ask'], nouns: ['refuge', 'asylum', 'help', 'aid', 'assistance', 'support', 'protection', 'extradition'], window: 4, target: ['in', 'from', 'of'] },
  { id: 'urge', cameo: '102', verbs: ['urge', 'appeal', 'exhort', 'implore'], target: ['object', 'to'] },
  { id: 'demand', cameo: '100', verbs: ['demand', 'request', 'ask', 'insist'], target: ['object', 'from', 'of', 'by', 'on'] },
  { id: 'accuse', cameo: '112', verbs: ['accuse', 'blame'], target: ['object', 'for'] },
  { id: 'sue', cameo: '115', verbs: ['sue', 'prosecute', 'indict', 'charge'], target: ['object'] },
  { id: 'criticise', cameo: '111', verbs: ['criticise', 'criticize', 'condemn', 'denounce', 'deplore', 'slam', 'rebuke', 'censure', 'decry'], target: ['object'] },
];
