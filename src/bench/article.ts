// Writes one synthetic news article: a story between two countries (a meeting, a dispute, a
// conflict, a relief effort), a lead sentence that reports its main event, then a mix of
// further events, quotes and background in short paragraphs, with dates that agree with
// the article's publication date ("on Tuesday" is a Tuesday a few days before).
import {
  capitalise, MentionTracker, possessivePronoun, subjectPronoun,
  type Actor, type Cast, type CountryCast, type OrganisationCast, type Body,
} from './cast.js';
import { EVENT_TEMPLATES, STORY_KINDS, type EventTemplate, type Scene, type SlotKind, type StoryKind } from './event-templates.js';
import {
  ATTRIBUTIONS_AFTER, ATTRIBUTIONS_BEFORE, COOPERATIVE_TAILS, FILLER_TEMPLATES, HOSTILE_TAILS, type FillerScene,
} from './filler-templates.js';
import type { SeededRandom } from './random.js';
import {
  ACCUSATIONS, COOPERATION_AREAS, MONTHS, TALK_TOPICS, WEEKDAYS, type CountryEntry,
} from './vocabulary.js';
import type { PloverCategory } from '../types.js';

export interface WrittenArticle {
  title: string;
  /** ISO date. */
  published: string;
  /** Paragraphs separated by a blank line; sentences within a paragraph by one space. */
  text: string;
  /** Sentences written; each template renders exactly one. */
  sentences: number;
  /** Sentences written from a factual event template (the events a perfect coder would find). */
  eventSentences: number;
}

const NEUTRAL_VENUES = ['Geneva', 'Vienna', 'New York', 'Doha', 'Brussels', 'Singapore', 'Istanbul', 'Nairobi'];
const FIRST_DAY = Date.UTC(2022, 0, 1);
const DAY_MS = 86_400_000;
/** Share of sentences after the lead that report an event; the rest is background and quotes. */
const EVENT_SHARE = 0.45;

const TEMPLATES_BY_CATEGORY = new Map<PloverCategory, EventTemplate[]>();
for (const template of EVENT_TEMPLATES) {
  const list = TEMPLATES_BY_CATEGORY.get(template.category) ?? [];
  list.push(template);
  TEMPLATES_BY_CATEGORY.set(template.category, list);
}
const ALL_CATEGORIES = [...TEMPLATES_BY_CATEGORY.keys()];
const COOPERATIVE = new Set<PloverCategory>(['CONSULT', 'SUPPORT', 'AGREE', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const STORY_KIND_NAMES = Object.keys(STORY_KINDS) as StoryKind[];

const HEADLINES: Record<StoryKind, readonly ((a: CountryEntry, b: CountryEntry, r: SeededRandom) => string)[]> = {
  diplomacy: [
    (a, b) => `${a.name} and ${b.name} pledge closer ties`,
    (a, b) => `${a.adjective} leader visits ${b.name}`,
    (a, b, r) => `${a.name}, ${b.name} sign ${r.pick(COOPERATION_AREAS)} deal`,
    (a, b, r) => `${a.name} and ${b.name} hold talks on ${r.pick(TALK_TOPICS)}`,
  ],
  dispute: [
    (a, b, r) => `${a.name} accuses ${b.name} of ${r.pick(ACCUSATIONS)}`,
    (a, b) => `${a.name} imposes sanctions on ${b.name}`,
    (a, b) => `Row between ${a.name} and ${b.name} deepens`,
    (a, b) => `${a.name} expels ${b.adjective} diplomats`,
  ],
  conflict: [
    (a, b) => `Fighting flares near the border between ${a.name} and ${b.name}`,
    (a, b) => `${a.name} deploys troops as tensions with ${b.name} rise`,
    (a) => `${a.adjective} forces shell border villages`,
  ],
  relief: [
    (a, b) => `${a.name} sends aid to ${b.name}`,
    (a, b) => `${a.name} frees ${b.adjective} prisoners`,
    (a, b) => `Aid reaches ${b.name} as ${a.name} pledges more help`,
  ],
};

/** 1200 → "1,200"; by hand because Intl formatting is slow enough to show in a hot loop. */
export function withThousandsSeparators(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Ends a clause as a sentence: capital first letter, full stop unless it already ends one. */
function asSentence(clause: string): string {
  const text = capitalise(clause);
  return /[.!?]"?$/.test(text) ? text : `${text}.`;
}

/** The participants and setting of one article. */
interface Setting {
  kind: StoryKind;
  a: CountryCast;
  b: CountryCast;
  third: CountryCast;
  organisation: OrganisationCast;
  group: Body;
  publishedMs: number;
}

class ArticleWriter {
  private readonly mentions: MentionTracker;
  private dateUsed = false;
  /** Filler templates not yet used in this article; real articles do not repeat a line. */
  private freshFillers: ((x: FillerScene) => string)[] = [...FILLER_TEMPLATES];

  constructor(private readonly rng: SeededRandom, private readonly setting: Setting) {
    this.mentions = new MentionTracker(rng);
  }

  write(sentenceCount: number): { paragraphs: string[][]; eventSentences: number } {
    const paragraphs: string[][] = [];
    let paragraph: string[] = [];
    // News leads stand alone or with one more sentence; later paragraphs run one to four.
    let paragraphSize = this.rng.int(1, 2);
    let eventSentences = 0;
    for (let i = 0; i < sentenceCount; i++) {
      this.mentions.nextSentence();
      this.dateUsed = false;
      const isEvent = i === 0 || this.rng.chance(EVENT_SHARE);
      if (isEvent) {
        const { sentence, factual } = this.eventSentence(i === 0);
        paragraph.push(sentence);
        if (factual) eventSentences++;
      } else {
        paragraph.push(this.fillerSentence());
      }
      if (paragraph.length >= paragraphSize) {
        paragraphs.push(paragraph);
        paragraph = [];
        paragraphSize = this.rng.int(1, 4);
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph);
    return { paragraphs, eventSentences };
  }

  private eventSentence(isLead: boolean): { sentence: string; factual: boolean } {
    const categories = STORY_KINDS[this.setting.kind];
    const category = !isLead && this.rng.chance(0.2) ? this.rng.pick(ALL_CATEGORIES) : this.rng.pick(categories);
    const candidates = TEMPLATES_BY_CATEGORY.get(category) ?? [];
    let template = this.rng.pick(candidates);
    // The lead reports a fact; hypothetical events come later in an article, as in news.
    while (isLead && !template.factual) template = this.rng.pick(candidates);
    let clause = template.render(this.scene(template));
    if (this.rng.chance(isLead ? 0.8 : 0.5)) {
      clause += this.rng.pick(COOPERATIVE.has(template.category) ? COOPERATIVE_TAILS : HOSTILE_TAILS)(this.rng);
    }
    if (!isLead) {
      const roll = this.rng.next();
      if (roll < 0.12) clause += this.rng.pick(ATTRIBUTIONS_AFTER);
      else if (roll < 0.2) clause = this.rng.pick(ATTRIBUTIONS_BEFORE) + clause;
      else if (roll < 0.28 && !this.dateUsed) clause = `${this.datePhrase()}, ${clause}`;
    }
    return { sentence: asSentence(clause), factual: template.factual };
  }

  private fillerSentence(): string {
    const { a, b } = this.setting;
    const speakerSide = (): CountryCast => (this.rng.chance(0.6) ? a : b);
    const speakerActor = (): Actor => this.slot(this.rng.chance(0.5) ? 'leader' : 'official', speakerSide());
    const scene: FillerScene = {
      a: a.country,
      b: b.country,
      speaker: () => this.mentions.mention(speakerActor(), 'subject'),
      speakerAfterVerb: () => this.mentions.mention(speakerActor(), 'object'),
      organisation: () => this.mentions.mention(this.setting.organisation.body, 'object'),
      when: () => this.when(),
      pick: (items) => this.rng.pick(items),
      num: (min, max) => this.num(min, max),
      year: () => String(this.rng.int(1948, 2019)),
    };
    if (this.freshFillers.length === 0) this.freshFillers = [...FILLER_TEMPLATES];
    const index = this.rng.int(0, this.freshFillers.length - 1);
    const template = this.freshFillers.splice(index, 1)[0];
    if (template === undefined) throw new Error('no filler template left');
    return asSentence(template(scene));
  }

  private scene(template: EventTemplate): Scene {
    const { a, b, third } = this.setting;
    // Mostly the story's first country acts on the second; sometimes the roles swap, and
    // sometimes a third country joins in, as other governments comment on a story.
    const roll = this.rng.next();
    const [sourceSide, targetSide] = roll < 0.6 ? [a, b] : roll < 0.88 ? [b, a] : [third, this.rng.chance(0.5) ? a : b];
    const source = this.slot(template.source, sourceSide);
    const target = template.target === 'none' ? null : this.slot(template.target, targetSide, true);
    const targetOrThrow = (): Actor => {
      if (target === null) throw new Error(`template "${template.verb}" has no target`);
      return target;
    };
    return {
      s: () => this.mentions.mention(source, 'subject'),
      t: () => this.mentions.mention(targetOrThrow(), 'object'),
      tSubject: () => this.mentions.mention(targetOrThrow(), 'subject'),
      sPoss: () => this.mentions.possessive(source),
      tPoss: () => this.mentions.possessive(targetOrThrow()),
      sPron: () => possessivePronoun(source),
      tPron: () => possessivePronoun(targetOrThrow()),
      sHe: () => subjectPronoun(source),
      sc: sourceSide.country,
      tc: targetSide.country,
      when: () => this.when(),
      venue: () => {
        const r = this.rng.next();
        return r < 0.4 ? sourceSide.country.capital : r < 0.8 ? targetSide.country.capital : this.rng.pick(NEUTRAL_VENUES);
      },
      pick: (items) => this.rng.pick(items),
      num: (min, max) => this.num(min, max),
      year: () => String(this.rng.int(1990, 2021)),
    };
  }

  /** Picks the actor of a country that fills a template's slot. */
  private slot(kind: SlotKind, side: CountryCast, asTarget = false): Actor {
    const { organisation, group } = this.setting;
    switch (kind) {
      case 'leader': {
        const r = this.rng.next();
        if (r < 0.5) return side.leaders[0] ?? side.state;
        if (r < 0.75) return this.rng.pick(side.leaders);
        return side.ministers[0] ?? side.state; // the foreign minister
      }
      case 'official':
        return this.rng.chance(0.6) ? this.rng.pick(side.ministers) : this.rng.pick([...side.officials, ...side.leaders]);
      case 'state': return side.state;
      case 'forces': return side.forces;
      case 'police': return side.police;
      case 'party': return this.rng.chance(0.5) ? side.rulingParty : side.oppositionParty;
      case 'crowd': return side.crowd;
      case 'group': return group;
      case 'organisation':
        // Bodies are summoned and asked; their heads speak and urge.
        return !asTarget && organisation.head !== null && this.rng.chance(0.4) ? organisation.head : organisation.body;
    }
  }

  /** A date phrase with its leading space, or "" half the time. */
  private when(): string {
    if (this.dateUsed || this.rng.chance(0.5)) return '';
    return ` ${this.datePhrase()}`;
  }

  private datePhrase(): string {
    this.dateUsed = true;
    const eventMs = this.setting.publishedMs - this.rng.int(0, 3) * DAY_MS;
    const date = new Date(eventMs);
    const weekday = WEEKDAYS[date.getUTCDay()] ?? 'Monday';
    const month = MONTHS[date.getUTCMonth()] ?? 'January';
    const day = date.getUTCDate();
    switch (this.rng.int(0, 6)) {
      case 0: case 1: return `on ${weekday}`;
      case 2: return `on ${month} ${day}`;
      case 3: return `on ${day} ${month}`;
      case 4: return `on ${weekday}, ${month} ${day}`;
      case 5: return `on ${weekday} ${this.rng.pick(['morning', 'evening', 'night'])}`;
      default: return 'earlier this week';
    }
  }

  private num(min: number, max: number): string {
    return withThousandsSeparators(this.rng.int(min, max));
  }
}

function chooseSetting(rng: SeededRandom, cast: Cast): Setting {
  const a = rng.pick(cast.countries);
  const b = rng.pickOtherThan(cast.countries, a);
  let third = rng.pickOtherThan(cast.countries, a);
  while (third === b) third = rng.pickOtherThan(cast.countries, a);
  return {
    kind: rng.pick(STORY_KIND_NAMES),
    a, b, third,
    organisation: rng.pick(cast.organisations),
    group: rng.pick(cast.groups),
    publishedMs: FIRST_DAY + rng.int(0, 1640) * DAY_MS,
  };
}

/** Writes one article of exactly `sentenceCount` sentences. */
export function writeArticle(rng: SeededRandom, cast: Cast, sentenceCount: number): WrittenArticle {
  const setting = chooseSetting(rng, cast);
  const { paragraphs, eventSentences } = new ArticleWriter(rng, setting).write(sentenceCount);
  const title = capitalise(rng.pick(HEADLINES[setting.kind])(setting.a.country, setting.b.country, rng));
  return {
    title,
    published: isoDate(setting.publishedMs),
    text: paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'),
    sentences: sentenceCount,
    eventSentences,
  };
}
