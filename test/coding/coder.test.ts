// The coder on sentences written for these tests: structure, coreference, negation, dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../src/ingest/index.js';
import { createCoder } from '../../src/pipeline.js';
import type { EventRecord } from '../../src/types.js';

const coder = createCoder();

function code(text: string, published: string | null = '2026-03-10'): EventRecord[] {
  return coder.codeDocument(makeDocument({ id: 'test', origin: 'test', text, published })).events;
}

/** A fixture article written for these tests, with its " date YYYY-MM-DD " first line. */
function codeFixture(name: string): EventRecord[] {
  const raw = readFileSync(new URL(`../fixtures/coding/${name}`, import.meta.url), 'utf8');
  const [, published, text] = /^ date (\d{4}-\d\d-\d\d) ([\s\S]*)$/.exec(raw)!;
  return code(text!, published!);
}

function find(events: EventRecord[], plover: string): EventRecord | undefined {
  return events.find((e) => e.plover === plover);
}

describe('event coding', () => {
  it('codes phone talks with both actors, the channel and the resolved date', () => {
    const events = code('Kenyan President William Ruto held phone talks with Tanzanian President Samia Suluhu Hassan on Monday.');
    const talks = find(events, 'CONSULT');
    expect(talks).toBeDefined();
    expect(talks!.cameo).toBe('041');
    expect(talks!.channel).toBe('phone');
    expect(talks!.source).toMatchObject({ name: 'William Ruto', country: 'KEN', role: 'President', sector: 'GOV' });
    expect(talks!.target).toMatchObject({ name: 'Samia Suluhu Hassan', country: 'TZA' });
    expect(talks!.date).toBe('2026-03-09');
  });

  it('does not code negated or hypothetical events as facts', () => {
    expect(find(code('Kenyan President William Ruto did not meet Ugandan President Yoweri Museveni.'), 'CONSULT')).toBeUndefined();
    expect(code('Kenyan President William Ruto may visit Uganda next month.')).toHaveLength(0);
  });

  it('reads a title chain with two roles and an "of" country', () => {
    const events = code('Chairman of the Liberal Party of Canada and Prime Minister of Canada Mark Carney thanked Mexico for its help.');
    const thanks = find(events, 'SUPPORT');
    expect(thanks?.source).toMatchObject({ name: 'Mark Carney', country: 'CAN' });
    expect(thanks?.target).toMatchObject({ country: 'MEX' });
  });

  it('gives one event per member of a compound actor', () => {
    const events = code('Chilean President Gabriel Boric and Peruvian President Jose Jeri congratulated Bolivian President Rodrigo Paz on his inauguration.')
      .filter((e) => e.plover === 'SUPPORT');
    expect(events.map((e) => e.source.name).sort()).toEqual(['Gabriel Boric', 'Jose Jeri']);
    expect(new Set(events.map((e) => e.target?.name))).toEqual(new Set(['Rodrigo Paz']));
  });

  it('resolves descriptions, short names and pronouns to the person they stand for', () => {
    const events = code([
      'Mongolian President Ukhnaa Khurelsukh arrived in Astana on Sunday.',
      'The Mongolian leader praised Kazakhstan for its support.',
      'He later thanked Kazakh President Kassym-Jomart Tokayev.',
      'Khurelsukh also invited Tokayev to visit Ulaanbaatar.',
    ].join(' '));
    const sources = new Set(events.map((e) => e.source.name));
    expect(sources).toEqual(new Set(['Ukhnaa Khurelsukh']));
    expect(events.some((e) => e.plover === 'CONSULT' && e.target?.name === 'Kassym-Jomart Tokayev')).toBe(true);
  });

  it('compares names without diacritics and keeps the fullest form', () => {
    const events = code('General Secretary Tô Lâm received the French ambassador. Later, Lam thanked France for its support.');
    const thanks = find(events, 'SUPPORT');
    expect(thanks?.source.name).toBe('Tô Lâm');
  });

  it('reads an object pronoun as the person the sentence named last, not its subject', () => {
    const events = code('Ghanaian President Kofi Mensah spoke at the summit. Senegalese President Awa Diallo congratulated Kenyan President William Ruto and invited him to visit Dakar.');
    const invitation = events.find((e) => e.plover === 'CONSULT' && e.source.name === 'Awa Diallo');
    expect(invitation?.target?.name).toBe('William Ruto');
  });

  it('reads a letter the subject received as sent by the "from" phrase, to the subject', () => {
    const [event] = code('Kenyan President William Ruto received a congratulatory letter from Tanzanian President Samia Suluhu Hassan on Monday.');
    expect(event).toMatchObject({ plover: 'SUPPORT', channel: 'letter', source: { name: 'Samia Suluhu Hassan' }, target: { name: 'William Ruto' } });
  });

  it('gives a protest the target whose deed is protested', () => {
    const events = code('Chilean students staged a hunger strike in Santiago on Monday in protest against the closure of the border by Argentine troops.');
    expect(events.find((e) => e.plover === 'PROTEST')).toMatchObject({ source: { country: 'CHL' }, target: { country: 'ARG' } });
  });

  it('takes the channel from a phrase after the verb ("in a letter")', () => {
    const [event] = code('Kenyan President William Ruto congratulated Tanzanian President Samia Suluhu Hassan on her re-election in a letter on Monday.');
    expect(event).toMatchObject({ plover: 'SUPPORT', channel: 'letter', date: '2026-03-09' });
  });

  it('takes the source of a passive from its by-phrase', () => {
    const events = code('Congratulations were extended by Ghanaian President John Mahama to Nigerian President Bola Tinubu.');
    const support = find(events, 'SUPPORT');
    expect(support?.source.name).toBe('John Mahama');
    expect(support?.target?.name).toBe('Bola Tinubu');
  });

  it('codes what an actor will do as an intention and a refusal as a rejection', () => {
    expect(find(code('Japan will send emergency aid to Nepal.'), 'AGREE')?.target?.country).toBe('NPL');
    expect(find(code('Serbia refused to recognise Kosovo.'), 'REJECT')?.source.country).toBe('SRB');
  });

  it('points the evidence at the sentence in the normalised text', () => {
    const text = 'Markets were calm.\n\nBrazilian Foreign Minister Mauro Vieira criticised Argentina for its tariffs.';
    const document = makeDocument({ id: 'offsets', origin: 'test', text, published: '2026-03-10' });
    const [event] = coder.codeDocument(document).events;
    expect(event).toBeDefined();
    expect(document.text.slice(event!.evidence.start, event!.evidence.end)).toBe(event!.evidence.text);
    expect(event!.evidence.text.startsWith('Brazilian Foreign Minister')).toBe(true);
    expect(event!.plover).toBe('ACCUSE');
  });

  it('fills quad class, Goldstein score and confidence from the CAMEO code', () => {
    const [event] = code('Indian Prime Minister Narendra Modi condemned Pakistan.');
    expect(event).toMatchObject({ plover: 'ACCUSE', quad: 'verbal-conflict' });
    expect(event!.goldstein).toBeLessThan(0);
    expect(event!.confidence).toBeGreaterThan(0);
    expect(event!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('an article in the style of the founding documents (written for this test)', () => {
  it('codes each leader\'s congratulation, the phone talks, the invitation and its acceptance', () => {
    const events = codeFixture('congratulations-laos.txt');
    const summary = new Set(events.map((e) => `${e.source.name ?? e.source.country} ${e.plover} ${e.target?.name ?? e.target?.country} ${e.channel ?? '-'} ${e.date}`));
    expect(summary).toContain('Luong Cuong SUPPORT Thongloun Sisoulith letter 2026-05-20');
    expect(summary).toContain('Luong Cuong AGREE LAO letter 2026-05-20');
    expect(summary).toContain('Xi Jinping CONSULT Thongloun Sisoulith phone 2026-05-19');
    expect(summary).toContain('Thongloun Sisoulith AGREE Xi Jinping phone 2026-05-19');
    expect(summary).toContain('Hun Manet SUPPORT Thongloun Sisoulith - 2026-05-20');
    // The dateline is a place, and the negated message is no event.
    expect(events.some((e) => e.source.country === 'LAO' && e.source.name === null)).toBe(false);
    expect(events.some((e) => e.source.name === 'Shigeru Ishiba')).toBe(false);
  });
});

describe('a conflict report (written for this test)', () => {
  it('codes the attack, the accusation and threat, and the unnamed armed actors', () => {
    const events = codeFixture('fighting-near-border.txt');
    const summary = new Set(events.map((e) => `${e.source.name ?? e.source.country} ${e.plover} ${e.target?.name ?? e.target?.country ?? '-'}`));
    expect(summary).toContain('SDN ASSAULT Rapid Support Forces');
    expect(summary).toContain('Rapid Support Forces ACCUSE SDN');
    expect(summary).toContain('Rapid Support Forces THREATEN -');
    expect(summary).toContain('SDN REJECT -');
    const attack = events.find((e) => e.plover === 'ASSAULT');
    expect(attack?.source.sector).toBe('MIL');
    expect(attack?.date).toBe('2026-06-01');
  });
});

describe('a weekday alone', () => {
  // 2026-03-09 is a Monday: chrono's nearest Tuesday is the next day.
  it('is the last such day for what happened, and the next for what will happen', () => {
    const strike = find(code('Dock workers in Chile went on strike on Tuesday over pension cuts.', '2026-03-09'), 'PROTEST');
    expect(strike?.date).toBe('2026-03-03');
    const shelling = find(code('Russian troops shelled Kharkiv on Friday.', '2026-03-09'), 'ASSAULT');
    expect(shelling?.date).toBe('2026-03-06');
    // The intention is the event, stated on the article's day; the talks' Tuesday is ahead.
    const intent = find(code('Chile will hold talks with Peru on Tuesday.', '2026-03-09'), 'AGREE');
    expect(intent?.date).toBe('2026-03-09');
    const planned = find(code('Chile and Peru agreed to meet on Tuesday.', '2026-03-09'), 'AGREE');
    expect(planned?.date).toBe('2026-03-09');
  });
});

describe('obstruction, cyber attacks and alleged deeds', () => {
  it('codes blocking roads as obstruction, standing alone when the road leads to the actor\'s own country', () => {
    const highway = find(code('Peruvian protesters blocked the main highway into Lima for six hours.'), 'PROTEST');
    expect(highway).toMatchObject({ cameo: '144', mode: 'obstruct', source: { country: 'PER' }, target: null });
    // "to La Paz" is Bolivia, the miners' own country: no other party, but still their act.
    const roads = find(code('Bolivian miners blocked roads to La Paz.'), 'PROTEST');
    expect(roads).toMatchObject({ cameo: '144', source: { country: 'BOL' }, target: null });
  });

  it('codes defacing websites and launching a cyberattack as COERCE in its cyber mode', () => {
    const defaced = find(code('Iranian hackers defaced hundreds of Israeli websites on Sunday.'), 'COERCE');
    expect(defaced).toMatchObject({ cameo: '176', mode: 'cyber', source: { country: 'IRN' }, target: { country: 'ISR' } });
    const launched = find(code('Chinese hackers launched a cyberattack on Taiwan\'s government websites.'), 'COERCE');
    expect(launched).toMatchObject({ cameo: '176', mode: 'cyber', source: { country: 'CHN' }, target: { country: 'TWN' } });
  });

  it('does not code what an accusation says someone did as a deed', () => {
    const events = code('The Iranian foreign ministry accused Malaysia of obstructing humanitarian access on Monday.');
    expect(events.map((e) => e.plover)).toEqual(['ACCUSE']);
    expect(find(code('Norway accused Sudan of supporting armed groups.'), 'SUPPORT')).toBeUndefined();
  });
});

describe('protests by states, as the PLOVER manual files them', () => {
  it('a state protesting is disapproval (ACCUSE); people protesting, or protesting by a hunger strike, is PROTEST', () => {
    const japan = code("Japan protested the Chinese navy's incursion into its waters.");
    expect(find(japan, 'ACCUSE')).toMatchObject({ cameo: '110', source: { country: 'JPN' }, target: { country: 'CHN' } });
    expect(find(japan, 'PROTEST')).toBeUndefined();
    expect(find(code('Thousands of students protested against the government in Belgrade.'), 'PROTEST')?.source.country).toBe('SRB');
    const strike = code('A Syrian lawmaker went on hunger strike on Sunday to protest the arrests of journalists.');
    expect(strike.map((e) => e.plover)).toEqual(['PROTEST']);
  });

  it('summoning an ambassador to protest is coded as the grievance alone, from the summoner to the ambassador', () => {
    const summons = code('Greece summoned the Kenyan ambassador to protest the treatment of migrants.');
    expect(summons.map((e) => e.plover)).toEqual(['ACCUSE']);
    expect(summons[0]).toMatchObject({ source: { country: 'GRC' }, target: { country: 'KEN', sector: 'GOV' } });
    // A summons for no grievance the sentence gives stays a meeting.
    expect(code('Greece summoned the Kenyan ambassador on Monday.').map((e) => e.plover)).toEqual(['CONSULT']);
  });
});

describe('what a protest is staged for', () => {
  it('is not coded apart (the PLOVER manual), and aims the protest at whoever it asks', () => {
    const rally = code('Thousands of students rallied in Minsk on Sunday to demand the release of political prisoners.');
    expect(rally.map((e) => e.plover)).toEqual(['PROTEST']);
    const blockade = code('Farmers in Algeria blocked the main highway on Sunday to demand higher prices from the Algerian government.');
    expect(blockade.map((e) => e.plover)).toEqual(['PROTEST']);
    expect(blockade[0]?.target).toMatchObject({ country: 'DZA', sector: 'GOV' });
    // A demand of its own, not what a protest is for, is still a REQUEST.
    expect(find(code('The Algerian government demanded an apology from France.'), 'REQUEST')?.target?.country).toBe('FRA');
  });
});

describe('deeds announced as nouns', () => {
  it('are coded as the deed ("announced a suspension of flights to X" suspends them), not as a statement or an order', () => {
    expect(find(code('Norway announced a suspension of flights to Belarus on Friday.'), 'SANCTION'))
      .toMatchObject({ source: { country: 'NOR' }, target: { country: 'BLR' } });
    const expulsion = code('The Polish government ordered the expulsion of two Russian diplomats.');
    expect(expulsion.map((e) => e.plover)).toEqual(['SANCTION']);
    expect(expulsion[0]).toMatchObject({ cameo: '166', target: { country: 'RUS', sector: 'GOV' } });
    expect(find(code('Britain approved the deployment of troops to Estonia.'), 'MOBILIZE')?.source.country).toBe('GBR');
    expect(find(code('Russia announced a troop withdrawal from the border with Ukraine.'), 'RETREAT')?.target?.country).toBe('UKR');
    // A noun that names no deed leaves the verb to the dictionary (its pattern "announce ... plan").
    expect(code('Norway announced a new plan for its fisheries.').map((e) => e.cameo)).toEqual(['032']);
  });
});

describe('states of emergency', () => {
  it('declared or imposed over a place are COERCE martial law, with no other party needed', () => {
    for (const text of ['Ecuador declared a state of emergency in Quito.', 'The Peruvian government declared a state of emergency in Lima after the protests.']) {
      expect(code(text).map((e) => [e.plover, e.cameo, e.mode])).toEqual([['COERCE', '1724', 'martial-law']]);
    }
    // Lifting one is a concession, as before.
    expect(code('The Ecuadorian government lifted the state of emergency in Quito.').map((e) => e.plover)).toEqual(['CONCEDE']);
  });
});

describe('reported deeds', () => {
  it('stay the doer\'s: who reports a deed does not speak for it, and "reported that" is no part of the actor', () => {
    const expelled = find(code('China expelled two Canadian diplomats on Friday, the Chinese state news agency reported.'), 'SANCTION');
    expect(expelled?.source).toMatchObject({ text: 'China', country: 'CHN', sector: null });
    const attacked = find(code('State media reported that Iranian troops attacked Iraqi positions near the border.'), 'ASSAULT');
    expect(attacked?.source).toMatchObject({ text: 'Iranian troops', country: 'IRN', sector: 'MIL' });
  });
});

describe('channels and PLOVER modes', () => {
  it('makes a phone channel the mode only of a category whose PLOVER modes include it', () => {
    const events = code('Chilean President Gabriel Boric held phone talks with Peruvian President Dina Boluarte on Monday. '
      + 'Boric thanked Boluarte for the rescue teams and pledged to reopen the border crossing.');
    const talks = find(events, 'CONSULT');
    expect(talks).toMatchObject({ channel: 'phone', mode: 'phone' });
    const others = events.filter((e) => e.plover !== 'CONSULT');
    expect(others.length).toBeGreaterThan(0);
    for (const event of others) {
      expect(event.channel).toBe('phone');
      expect(event.mode).not.toBe('phone');
    }
  });
});

describe('criticism of a deed', () => {
  it('aims the criticism at whoever did the deed ("by" or "of" after the object)', () => {
    const seizure = code('The Chilean government condemned the seizure of the fishing boats by Argentina on Friday.');
    expect(seizure.find((e) => e.plover === 'ACCUSE')).toMatchObject({ source: { country: 'CHL' }, target: { country: 'ARG' } });
    const decision = code('Nigeria criticised the decision of Ghana to close the border.');
    expect(decision.find((e) => e.plover === 'ACCUSE')).toMatchObject({ source: { country: 'NGA' }, target: { country: 'GHA' } });
  });

  it('names no target when the criticised deed has no doer in the sentence', () => {
    expect(code('Kenya condemned the attack on the market.').filter((e) => e.plover === 'ACCUSE' && e.target !== null)).toEqual([]);
  });
});

describe('titles from the project\'s role additions', () => {
  it('reads "US Trade Representative" as a government role of the United States, not as "The US"', () => {
    const [event] = code('The US Trade Representative rejected the demand from Brazil.');
    expect(event?.source).toMatchObject({ text: 'The US Trade Representative', country: 'USA', sector: 'GOV', role: 'Trade Representative' });
  });

  it('gives a full name one letter off a known person\'s (a wire\'s typo) that person\'s country, and nothing looser', () => {
    const countryOf = (name: string): string | null | undefined => find(code(`President ${name} criticised the French envoy.`), 'ACCUSE')?.source.country;
    expect(countryOf('Angela Merkal')).toBe('DEU');
    expect(countryOf('Recep Tayyip Erdogen')).toBe('TUR');
    // Two letters off, or another first name: not the same person.
    expect(countryOf('Angela Merkkal')).toBeFalsy();
    expect(countryOf('Helga Merkal')).toBeFalsy();
  });
});


describe('groups named by their kind alone', () => {
  it('are of the country where the sentence places them', () => {
    const riot = find(code('Students rioted in Dhaka against the government of Bangladesh on Monday.'), 'PROTEST');
    expect(riot?.source).toMatchObject({ country: 'BGD', sector: 'EDU' });
    expect(riot?.target?.country).toBe('BGD');
    const strike = find(code('Thousands of workers went on strike in Serbia on Monday.'), 'PROTEST');
    expect(strike?.source).toMatchObject({ country: 'SRB', sector: 'LAB' });
    const rally = find(code('The farmers held a rally in Paris against the European Union\'s farm reform.'), 'PROTEST');
    expect(rally?.source).toMatchObject({ country: 'FRA', sector: 'AGR' });
  });

  it('are of the country named right after "in", a city or a country by its name', () => {
    const arrest = find(code('Police in Haiti arrested dozens of opposition activists on Monday.'), 'COERCE');
    expect(arrest?.source).toMatchObject({ country: 'HTI', sector: 'COP' });
    const blockade = find(code('Rebels in the Ivory Coast blocked the roads into Abidjan on Tuesday.'), 'PROTEST');
    expect(blockade?.source).toMatchObject({ country: 'CIV', sector: 'REB' });
  });

  it('police are of the one country where the sentence says the deed happened, when no other country is named', () => {
    const arrest = find(code('Police arrested dozens of protesters in Minsk on Monday.'), 'COERCE');
    expect(arrest?.source).toMatchObject({ country: 'BLR', sector: 'COP' });
    expect(arrest?.target).toMatchObject({ country: 'BLR' });
    // Another country in the sentence: who acted is not clear, so the police stay unplaced.
    expect(find(code('Police arrested two Turkish reporters in Minsk on Monday.'), 'COERCE')).toBeUndefined();
    // Soldiers are not placed so: an army fights abroad.
    expect(code('The army shelled rebel positions in Gaza.').filter((e) => e.source.country === 'PSE')).toEqual([]);
    // A noun's modifier is no actor: "the refugee crisis" is not Greece's refugees.
    const talks = code('The Greek president met Nyerere on October 14 in Athens to discuss the refugee crisis.');
    expect(talks.filter((e) => e.target?.sector === 'REF')).toEqual([]);
  });

  it('a people named after a country\'s adjective ("Bosnian Croats", "Iraqi Kurds") is of that country', () => {
    expect(find(code('Bosnian Croats accused the Serbian army of shelling their villages.'), 'ACCUSE')?.source)
      .toMatchObject({ text: 'Bosnian Croats', country: 'BIH' });
    const accused = find(code('Iraqi Kurds accused Turkey of bombing their villages.'), 'ACCUSE');
    expect(accused?.source).toMatchObject({ text: 'Iraqi Kurds', country: 'IRQ' });
    expect(accused?.target?.country).toBe('TUR');
    // Alone, a demonym is its own country's people.
    expect(find(code('Serbs accused the Croatian army of shelling their villages.'), 'ACCUSE')?.source.country).toBe('SRB');
  });

  it('a state\'s forces named by a possessive pronoun ("its forces") are that state\'s, and never the target of its own deed', () => {
    const withdrawal = code('Serbia said on Monday its forces had withdrawn from the border area.').find((e) => e.plover === 'RETREAT' && e.source.text === 'its forces');
    expect(withdrawal?.source).toMatchObject({ text: 'its forces', country: 'SRB', sector: 'MIL' });
    // "its" is the government that acts; the troops are what it acts with, and the target is
    // the country named after them.
    const pulled = find(code('The Turkish government pulled its troops back from the border with Iraq.'), 'RETREAT');
    expect(pulled?.source.country).toBe('TUR');
    expect(pulled?.target?.country).toBe('IRQ');
    const closed = find(code('The Kenyan foreign ministry closed its border with Somalia.'), 'COERCE');
    expect(closed?.target?.country).toBe('SOM');
  });

  it('are of the country of the actor they are joined to by "and", where no place is named', () => {
    const agreed = find(code('The Sudanese government and the rebels have agreed to a ceasefire.'), 'AGREE');
    expect(agreed?.source).toMatchObject({ country: 'SDN', sector: 'GOV' });
    expect(agreed?.target).toMatchObject({ country: 'SDN', sector: 'REB' });
  });

  it('get no country where the sentence names no place, and soldiers are never placed', () => {
    expect(find(code('Students rioted against the government on Monday.'), 'PROTEST')).toBeUndefined();
    // Soldiers in a place may be anyone's: "soldiers" in Gaza are not Gaza's.
    const raid = code('Soldiers raided a refugee camp in Jenin on Monday.');
    expect(raid.some((e) => e.source.sector === 'MIL' && e.source.country === 'PSE')).toBe(false);
  });
});

describe('what was proposed or demanded, not done', () => {
  it('codes the rejection of a proposal, not the proposal\'s content', () => {
    const events = code('Russia rejected a Ukrainian proposal for holding talks in Istanbul.');
    expect(events.map((e) => e.plover)).toEqual(['REJECT']);
    expect(code('Chile rejected a Bolivian offer to sign a trade agreement next year.').map((e) => e.plover)).toEqual(['REJECT']);
    expect(code('Chad turned down an African Union appeal for sending monitors along its frontier.').map((e) => e.plover)).toEqual(['REJECT']);
  });

  it('codes a demand, not the demanded deed, in a "that" clause in the base form', () => {
    expect(code('France demanded that Iran release the detained diplomats.').map((e) => e.plover)).toEqual(['REQUEST']);
    // Past tense: reported as done, and coded for the clause's own subject, not for the speaker
    // (whose verb's dictionary pattern must not reach into the clause).
    const reported = code('France said that Iran released the detained diplomats.');
    expect(reported.map((e) => `${e.source.country} ${e.plover}`)).toEqual(['IRN RETREAT']);
  });

  it('reads what a speaker says will be done as an intention: force said of the future is a threat', () => {
    expect(code('Hamas said it would resume rocket attacks on Israel.').map((e) => e.plover)).toEqual(['THREATEN']);
    expect(code('Hamas said it had resumed rocket attacks on Israel.').map((e) => e.plover)).toEqual(['ASSAULT']);
  });

  it('reads a noun after a possessive as a noun: "its promise to hold elections" promises nothing', () => {
    expect(find(code('Zambia broke its promise to hold elections.'), 'AGREE')).toBeUndefined();
    expect(find(code('Zambia promised to hold elections.'), 'AGREE')).toBeDefined();
  });

  it('still codes a deed next to a request that is not its complement', () => {
    expect(find(code('Israel bombed Gaza despite an Egyptian appeal for calm, killing 12 people.'), 'ASSAULT')?.source.country).toBe('ISR');
  });
});

describe('targets the clause structure names', () => {
  it('aims a threat at whoever its condition is on', () => {
    const threat = find(code('Turkey threatened to close its border if Syria sent more troops north.'), 'THREATEN');
    expect(threat?.source.country).toBe('TUR');
    expect(threat?.target?.country).toBe('SYR');
    expect(find(code('Ghana threatened to recall its envoy unless Togo freed the detained journalists.'), 'THREATEN')?.target?.country).toBe('TGO');
  });

  it('gives a dictionary verb\'s "between" phrase both its sides', () => {
    const events = code('Oman began a mediation effort between Yemen and Saudi Arabia on Monday.').filter((e) => e.plover === 'CONSULT');
    expect(events.map((e) => e.target?.country).sort()).toEqual(['SAU', 'YEM']);
  });
});

describe('"call" with and without a particle', () => {
  it('is a request when "for", "on" or "upon" follows it, and a phone call when a person does', () => {
    expect(find(code('The United Nations called for a ceasefire in Gaza.'), 'REQUEST')?.source.country).toBe('IGO');
    const forRussia = find(code('The European Union called for Russia to withdraw its troops.'), 'REQUEST');
    expect(forRussia?.target?.country).toBe('RUS');
    expect(find(code('Egypt called upon Israel to halt its offensive.'), 'REQUEST')?.target?.country).toBe('ISR');
    const phoned = find(code('Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Monday.'), 'CONSULT');
    expect(phoned).toMatchObject({ channel: 'phone', target: { country: 'TUR' } });
  });
});

describe('irregular past tenses the tagger reads as nouns', () => {
  it('are the dictionary\'s verbs after a subject ("Ukraine shot down"), and nouns elsewhere', () => {
    expect(find(code('Ukraine shot down 30 Russian drones overnight.'), 'ASSAULT')).toMatchObject({ source: { country: 'UKR' }, target: { country: 'RUS' } });
    expect(code('The shot was heard across Ukraine.')).toEqual([]);
  });
});

describe('a clause with a subject of its own that names no actor', () => {
  it('is not the sentence subject\'s act, while a listed subject still is', () => {
    expect(code('Poland is one of the largest buyers of Chilean copper, and business groups on both sides have called for closer ties.')).toEqual([]);
    const listed = code('Lao President Thongloun Sisoulith said that the Lao Party, Government, and people called for closer ties with Cambodia.');
    expect(listed.some((e) => e.plover === 'REQUEST' && e.source.country === 'LAO')).toBe(true);
  });
});

describe('seats and capitals', () => {
  it('read "the Kremlin" as the Russian government, and Belgrade as Serbia\'s capital', () => {
    expect(find(code("The Kremlin praised Hungary's stance."), 'SUPPORT')).toMatchObject({ source: { country: 'RUS' }, target: { country: 'HUN' } });
    expect(find(code('Belgrade rejected the proposal from Pristina.'), 'REJECT')?.source.country).toBe('SRB');
  });
});

describe('"the <country> party"', () => {
  it('is the party of that country the document has named', () => {
    const events = code("Delegates of the Communist Party of Cuba visited Hanoi on Monday. Vietnamese Foreign Minister Bui Thanh Son briefed the Cuban party's leaders on the congress on Tuesday.");
    const briefing = events.find((e) => e.sentence === 1 && e.plover === 'CONSULT');
    expect(briefing?.target).toMatchObject({ name: 'Communist Party of Cuba', country: 'CUB' });
  });
});

describe('dictionary names with a plural\'s apostrophe', () => {
  it('match as the tagger splits them, and without the apostrophe too', () => {
    for (const text of ["The Kurdistan Workers' Party attacked a police station.", 'The Kurdistan Workers Party attacked a police station.']) {
      expect(find(code(text), 'ASSAULT')?.source).toMatchObject({ country: 'TUR', sector: 'REB' });
    }
  });
});

describe('military exercises', () => {
  it('are a show of force by one country, and military cooperation when two hold them together', () => {
    const alone = find(code('India held military exercises near the border with Pakistan on Monday.'), 'MOBILIZE');
    expect(alone?.source.country).toBe('IND');
    expect(find(code('India held military exercises near the border with Pakistan on Monday.'), 'COOPERATE')).toBeUndefined();
    const joint = find(code('India held joint military exercises with Russia on Monday.'), 'COOPERATE');
    expect([joint?.source.country, joint?.target?.country]).toEqual(['IND', 'RUS']);
    const pair = find(code('Chinese and Russian warships began naval drills on Monday.'), 'COOPERATE');
    expect([pair?.source.country, pair?.target?.country]).toEqual(['CHN', 'RUS']);
  });

  it('never make a sea named after a country into that country, nor Northern Ireland into Ireland', () => {
    expect(code('Irish police arrested two men in Northern Ireland.').some((e) => e.target?.country === 'IRL')).toBe(false);
    const events = code('China and Russia held joint naval exercises in the Sea of Japan.');
    expect(events.some((e) => e.source.country === 'JPN' || e.target?.country === 'JPN')).toBe(false);
  });
});

describe('ethnic groups', () => {
  it('are of the country where the sentence places them, not of their demonym', () => {
    const raid = find(code('Serbian police killed two ethnic Albanians in a raid in southern Serbia on Friday.'), 'ASSAULT');
    expect(raid?.source.country).toBe('SRB');
    expect(raid?.target?.country).toBe('SRB');
    const demand = find(code('Ethnic Hungarians in Romania demanded more autonomy from the government.'), 'REQUEST');
    expect(demand?.source.country).toBe('ROU');
    const attack = find(code('Ethnic Armenian rebels in Azerbaijan attacked a police post.'), 'ASSAULT');
    expect(attack?.source).toMatchObject({ country: 'AZE', sector: 'REB' });
  });

  it('are of the country an "of" phrase names: "the Serbs of Bosnia"', () => {
    expect(find(code('The Serbs of Bosnia rejected the peace plan.'), 'REJECT')?.source.country).toBe('BIH');
    expect(find(code('The Hungarians of southern Slovakia demanded autonomy.'), 'REQUEST')?.source.country).toBe('SVK');
  });

  it('keep their demonym where the sentence names no place, and "ethnic" is what makes the difference', () => {
    expect(find(code('Ethnic Russians protested outside the parliament on Monday.'), 'PROTEST')?.source.country).toBe('RUS');
    expect(find(code('Armenian rebels in Azerbaijan attacked a police post.'), 'ASSAULT')?.source.country).toBe('ARM');
  });
});

describe('verbs whose lemma wink-nlp gets wrong', () => {
  it('reads "staged", "waged" and "fined" as stage, wage and fine', () => {
    const demonstration = find(code('Kenyan activists staged a demonstration against the Ugandan government.'), 'PROTEST');
    expect(demonstration?.source.country).toBe('KEN');
    expect(demonstration?.target?.country).toBe('UGA');
    expect(find(code('Sudanese rebels waged war against the government of Sudan.'), 'ASSAULT')?.source).toMatchObject({ country: 'SDN', sector: 'REB' });
    expect(find(code('A Kenyan court fined the British company.'), 'COERCE')?.target?.country).toBe('GBR');
  });
});

describe('protests called off', () => {
  it('are a concession (CAMEO 082), not a protest, and a past tense after "has" is no phone call', () => {
    const ended = code('Kenyan nurses have called off their week-long strike after talks with the Kenyan government.');
    expect(find(ended, 'CONSULT')).toBeUndefined();
    const conceded = find(ended, 'CONCEDE');
    expect(conceded?.cameo).toBe('082');
    expect(conceded?.target?.country).toBe('KEN');
    expect(find(code('Polish miners ended their hunger strike on Tuesday.'), 'CONCEDE')?.source.country).toBe('POL');
    expect(find(code('Polish miners started a hunger strike on Tuesday.'), 'PROTEST')?.cameo).toBe('142');
  });
});

describe('relations raised between two countries', () => {
  it('are diplomatic cooperation between the two subjects', () => {
    const upgraded = find(code('Kenya and Uganda upgraded relations to the level of ambassadors.'), 'SUPPORT');
    expect(upgraded?.cameo).toBe('050');
    expect([upgraded?.source.country, upgraded?.target?.country]).toEqual(['KEN', 'UGA']);
    expect(find(code('Kenya normalised relations with Uganda on Monday.'), 'SUPPORT')?.target?.country).toBe('UGA');
  });
});

describe('sanctions and cut relations', () => {
  it('are SANCTION, as the PLOVER manual files international sanctions ("discontinue")', () => {
    const sanctions = find(code('The United States imposed sanctions on Iran on Monday.'), 'SANCTION');
    expect(sanctions).toMatchObject({ cameo: '163', mode: 'discontinue' });
    expect(sanctions?.target?.country).toBe('IRN');
    expect(find(code('The European Union imposed an arms embargo on Belarus.'), 'SANCTION')?.target?.country).toBe('BLR');
    const cut = find(code('Kenya suspended diplomatic ties with Somalia on Monday.'), 'SANCTION');
    expect(cut?.cameo).toBe('161');
    expect(cut?.target?.country).toBe('SOM');
  });
});

describe('getting ready to use force', () => {
  it('is a show of force (MOBILIZE), and the force itself is not yet a fact', () => {
    const events = code('The Serbian army prepared to restart shelling rebel positions on Monday.');
    expect(find(events, 'MOBILIZE')?.cameo).toBe('150');
    expect(find(events, 'ASSAULT')).toBeUndefined();
    expect(find(events, 'AGREE')).toBeUndefined();
    // Getting ready to meet stays an intention to meet.
    expect(find(code('Kenya is prepared to host talks with Uganda.'), 'MOBILIZE')).toBeUndefined();
  });
});

describe('objects, subjects and pairs the clause structure gives', () => {
  it('takes what a possessive qualifies as the object when it is an actor, else the possessor', () => {
    const met = find(code('Kenyan Foreign Minister Musalia Mudavadi met his Ghanaian counterpart Samuel Ablakwa in Nairobi.'), 'CONSULT');
    expect(met?.target).toMatchObject({ name: 'Samuel Ablakwa', country: 'GHA' });
    expect(find(code('Ghana condemned Togo\'s military drills near the border.'), 'ACCUSE')?.target?.country).toBe('TGO');
  });

  it('codes a call received as a call from its caller', () => {
    const call = find(code('The Qatari emir received a phone call from the Turkish president on Monday.'), 'CONSULT');
    expect(call).toMatchObject({ cameo: '041', channel: 'phone' });
    expect(call?.source?.country).toBe('TUR');
    expect(call?.target?.country).toBe('QAT');
  });

  it('keeps "and the United States" in a compound subject', () => {
    const talks = find(code('Canada and the United States resumed talks on trade.'), 'CONSULT');
    expect([talks?.source?.country, talks?.target?.country].sort()).toEqual(['CAN', 'USA']);
  });

  it('gives a relative clause\'s verb to the noun it is about', () => {
    const demand = find(code('Ugandan police dispersed students in Kampala who demanded the release of Kenyan activists.'), 'REQUEST');
    // The students demand it, not the police of the main clause.
    expect(demand?.source?.text).toBe('students');
  });

  it('does not take soldiers or police for the leader a document named before them', () => {
    const events = code('President William Ruto hosted Ghanaian President John Mahama in Nairobi.\n\nGhanaian soldiers killed twelve gunmen near the northern border.');
    const killing = find(events, 'ASSAULT');
    expect(killing?.source).toMatchObject({ name: null, country: 'GHA', sector: 'MIL' });
    // What is done after talks is no part of them: no channel carried over.
    expect(killing?.channel).toBeNull();
  });

  it('places people of no stated country in the city they act in', () => {
    const arrest = find(code('Police in Accra arrested dozens of Togolese traders.'), 'COERCE');
    expect(arrest?.source).toMatchObject({ country: 'GHA', sector: 'COP' });
  });

  it('codes speaking by phone with someone as phone talks, and "with his counterpart" as the counterpart', () => {
    const call = find(code('Ghanaian President John Mahama spoke by phone with Kenyan President William Ruto.'), 'CONSULT');
    expect(call).toMatchObject({ cameo: '041', channel: 'phone' });
    expect(call?.target?.name).toBe('William Ruto');
    const talks = find(code('The Kenyan foreign minister held talks with his Ghanaian counterpart in Accra.'), 'CONSULT');
    expect(talks?.target?.country).toBe('GHA');
    expect(code('The minister spoke to reporters after the session.')).toHaveLength(0);
  });

  it('codes no talks with nobody, nor a clause subject it cannot place as the sentence\'s', () => {
    expect(code('Elections in Kenya are due next year, and the government faces a strong challenge from the opposition.')).toHaveLength(0);
    expect(code('Ghana has faced a wave of protests over fuel prices in recent months.')).toHaveLength(0);
  });

  it('reads the dictionary\'s verbs with a particle as one verb, the particle after the object too', () => {
    const back = find(code('The Ugandan army pulled its forces back from the border with Kenya.'), 'RETREAT');
    expect(back?.source.country).toBe('UGA');
    expect(find(code('Ghana pulled out of the talks with Togo.'), 'SANCTION')?.target?.country).toBe('TGO');
    expect(find(code('Ghana pulled out of the talks with Togo.'), 'COERCE')).toBeUndefined();
  });

  it('codes telling as an order only with what to do, and not what that was as done', () => {
    expect(code('Ghanaian President John Mahama told reporters: "This agreement opens a new chapter."')).toHaveLength(0);
    const order = code('Ghanaian President John Mahama told the Togolese government to withdraw its troops.');
    expect(find(order, 'REQUEST')?.target?.country).toBe('TGO');
    expect(find(order, 'RETREAT')).toBeUndefined();
  });

  it('rejects a report as it rejects a proposal', () => {
    expect(find(code('Eritrea rejected the United Nations report on forced conscription.'), 'REJECT')?.target?.country).toBe('IGO');
  });

  it('takes a country\'s own state as the target of a curfew or a blockade there, not of a border it closes', () => {
    expect(find(code('Kenyan police imposed a curfew in Nairobi on Monday.'), 'COERCE')?.target?.country).toBe('KEN');
    expect(find(code('French farmers will blockade Paris on Monday.'), 'THREATEN')?.target?.country).toBe('FRA');
    // "its" still stands for the actor itself: no event aimed at its own country.
    expect(code('The Kenyan army closed its border on Monday.').some((e) => e.target?.country === 'KEN')).toBe(false);
  });
});

describe('dictionary words matched as stems', () => {
  it('do not run on into the noun for who does the deed ("protesters" is not "protest")', () => {
    // CONFINE's "- * PROTEST" (holding a protest) once coded detaining protesters as a protest.
    const detained = code('Georgian authorities detained dozens of protesters in Tbilisi on Friday.');
    expect(detained.map((e) => e.plover)).toContain('COERCE');
    expect(detained.map((e) => e.plover)).not.toContain('PROTEST');
  });
});

describe('names with Arabic\'s article in lower case', () => {
  it('are names: "al-Qaeda" is the organisation, as "Al-Qaeda" is', () => {
    const threat = find(code('The al-Qaeda network threatened to attack the United States on Sunday.'), 'THREATEN');
    expect(threat?.source).toMatchObject({ name: 'al-Qaeda', sector: 'REB' });
    expect(threat?.target?.country).toBe('USA');
  });
});

describe('titles that name an organisation after "to" or "of"', () => {
  it('read "Ambassador to the United Nations" as a state\'s envoy there, and its Secretary-General as its official', () => {
    const envoy = find(code('The Kenyan Ambassador to the United Nations Martin Kimani criticised Russia on Monday.'), 'ACCUSE');
    expect(envoy?.source).toMatchObject({ name: 'Martin Kimani', country: 'KEN', role: 'Ambassador' });
    const chief = find(code('Secretary-General of the United Nations Antonio Guterres criticised Russia on Monday.'), 'ACCUSE');
    expect(chief?.source).toMatchObject({ name: 'Antonio Guterres', country: 'IGO', sector: 'IGO' });
  });
});

describe('refusals and demands', () => {
  it('codes declining to act as a refusal, not as the act', () => {
    const declined = code('Finance Minister Ali Hassan declined to resign after the protests of the opposition.');
    expect(declined.map((e) => e.plover)).toContain('REJECT');
    expect(declined.map((e) => e.plover)).not.toContain('RETREAT');
    expect(find(code('Kenya declined to withdraw its troops from Somalia.'), 'RETREAT')).toBeUndefined();
  });

  it('does not code what a demand asks others to do, an infinitive after the demanded verb included', () => {
    const demanded = code('Poland demanded that its NATO allies refuse to buy Russian gas.');
    expect(find(demanded, 'REQUEST')?.source.country).toBe('POL');
    expect(find(demanded, 'REJECT')).toBeUndefined();
  });
});

describe('groups and titles defined by another party', () => {
  it('gives a group loyal to an actor that actor\'s country', () => {
    const attack = find(code('Militants loyal to Kenyan opposition leader Raila Odinga attacked a police station.'), 'ASSAULT');
    expect(attack?.source).toMatchObject({ country: 'KEN', name: null });
  });

  it('reads "the head of Russia\'s central bank" as one Russian actor', () => {
    const met = find(code('The head of Russia\'s central bank met Chinese officials.'), 'CONSULT');
    expect(met?.source.country).toBe('RUS');
    expect(met?.target?.country).toBe('CHN');
  });

  it('does not take a country for its allies', () => {
    const attack = find(code('Turkish troops attacked Russia\'s allies in Syria.'), 'ASSAULT');
    expect(attack?.source.country).toBe('TUR');
    expect(attack?.target?.country).not.toBe('RUS');
  });
});

describe('investigations', () => {
  it('are aimed at whoever did what is investigated, named in a "by" phrase of the object', () => {
    const abuses = find(code('Serbia is investigating alleged abuses by Serbian police against Albanian protesters.'), 'ACCUSE');
    expect(abuses?.target).toMatchObject({ country: 'SRB', sector: 'COP' });
    expect(find(code('Kenya opened an investigation into bribes paid by Chinese firms to Kenyan officials.'), 'ACCUSE')?.target?.country).toBe('CHN');
    expect(find(code('Ghana investigated Togo on Monday.'), 'ACCUSE')?.target?.country).toBe('TGO');
  });

  it('include sending inspectors or monitors to a country', () => {
    const sent = find(code('The IAEA dispatched inspectors to Syria to check a suspected reactor site.'), 'ACCUSE');
    expect(sent?.cameo).toBe('090');
    expect(sent?.source.country).toBe('IGO');
    expect(sent?.target?.country).toBe('SYR');
    expect(find(code('The OSCE has sent monitors to Georgia to observe the elections.'), 'ACCUSE')?.target?.country).toBe('GEO');
  });
});

describe('armed groups named by their kind', () => {
  it('place gunmen where the sentence does, and read a past form the tagger took for a noun as the verb', () => {
    // The tagger reads "Gunmen abducted" as a name and a noun; "abducted" is not listed in
    // the dictionary, its verb "abduct" is.
    const abduction = find(code('Gunmen abducted 40 students from a school in northern Nigeria.'), 'ASSAULT');
    expect(abduction?.cameo).toBe('181');
    expect(abduction?.source).toMatchObject({ country: 'NGA', sector: 'UAF' });
    expect(abduction?.target?.country).toBe('NGA');
  });
});

describe('denials', () => {
  it('do not code the deed they deny', () => {
    expect(code('Serbia denied that its troops had crossed into Kosovo.').some((e) => e.plover === 'ASSAULT')).toBe(false);
    expect(code('Rwanda dismissed reports that its army had attacked Congolese villages.').some((e) => e.plover === 'ASSAULT')).toBe(false);
    expect(find(code('Kenya said that its troops had crossed into Somalia.'), 'ASSAULT')?.target?.country).toBe('SOM');
  });
});

describe('draft laws', () => {
  it('are rejected as proposals are, and what they would do is not done', () => {
    const events = code('The Thai parliament rejected a bill to amend the constitution.');
    expect(events.map((e) => e.plover)).toEqual(['REJECT']);
    expect(events[0]?.source).toMatchObject({ country: 'THA', sector: 'LEG' });
  });
});

describe('borders', () => {
  it('place a deed near them without making the country beyond its target, unless the deed is a show of force', () => {
    const raid = find(code('The Pakistani army said it had killed 12 militants in a raid near the Afghan border.'), 'ASSAULT');
    expect(raid?.source.country).toBe('PAK');
    expect(raid?.target?.country).not.toBe('AFG');
    expect(find(code('Russia massed troops on the Ukrainian border.'), 'MOBILIZE')?.target?.country).toBe('UKR');
    expect(find(code('Rebels in Chad fired rockets at Sudanese border posts.'), 'ASSAULT')?.target?.country).toBe('SDN');
  });
});

describe('sending forces, aid and envoys', () => {
  it('codes sending warships or troops as a deployment there, and sending tanks or doctors as aid', () => {
    const warships = find(code('China sent two warships to the Taiwan Strait.'), 'MOBILIZE');
    expect(warships?.target?.country).toBe('TWN');
    expect(find(code('Russia dispatched troops to Kazakhstan.'), 'MOBILIZE')?.target?.country).toBe('KAZ');
    expect(find(code('Germany sent tanks to Ukraine.'), 'AID')?.target?.country).toBe('UKR');
    expect(find(code('Nepal sent a team of 40 doctors to Ghana.'), 'AID')?.target?.country).toBe('GHA');
  });

  it('reads "to" after a title as a posting only for envoys', () => {
    const envoy = find(code('Special Envoy to Sudan Tom Perriello met Sudanese officials.'), 'CONSULT');
    expect(envoy?.source.name).toBe('Tom Perriello');
    expect(envoy?.target?.country).toBe('SDN');
  });

  it('does not code a gerund that a noun is about ("the decision of deploying troops")', () => {
    const events = code('Turkish students protested the decision of deploying troops to Iraq.');
    expect(events.map((e) => e.plover)).toContain('PROTEST');
    expect(events.map((e) => e.plover)).not.toContain('MOBILIZE');
  });
});

describe('denials with the claimant named', () => {
  it('do not code the denied deed either', () => {
    expect(code("Ukraine denied the Tanzanian government's claims that it had sent troops across the border.")).toHaveLength(0);
  });
});

describe('armed forces withdrawing', () => {
  it('withdraw militarily (RETREAT 0874), where a state leaving talks only yields', () => {
    expect(find(code('Russian forces withdrew from the town of Kherson on Friday.'), 'RETREAT')?.cameo).toBe('0874');
    expect(find(code('Kenya withdrew from the talks.'), 'RETREAT')).toBeUndefined();
  });
});

describe('names of states and bodies of the past', () => {
  it('resolve to the successor state or to the organisation', () => {
    const embargo = find(code('The European Community imposed an arms embargo on Yugoslavia.'), 'SANCTION');
    expect(embargo?.source).toMatchObject({ country: 'IGO', name: 'European Community' });
    expect(embargo?.target?.country).toBe('SRB');
    expect(find(code('Soviet troops withdrew from Afghanistan.'), 'RETREAT')?.source.country).toBe('RUS');
    expect(find(code('UNITA rebels attacked the town of Huambo.'), 'ASSAULT')?.source).toMatchObject({ country: 'AGO', sector: 'REB' });
  });
});

describe('what a demand asks to be said', () => {
  it('is not coded as a deed ("demanded an admission that ...")', () => {
    const events = code('The Polish parliament demanded an admission by Moscow that Soviet forces had killed thousands of prisoners.');
    expect(events.map((e) => e.plover)).toEqual(['REQUEST']);
    expect(events[0]?.target?.country).toBe('RUS');
  });
});

describe('speech verbs and attributions', () => {
  it('leave the event to the deed in the clause they introduce', () => {
    const events = code('Anna Novak, the Polish foreign minister, said Poland would support Ukraine.');
    expect(events).toHaveLength(1);
    expect(events[0]?.target?.country).toBe('UKR');
  });

  it('read "PLACE, the military said" as an attribution, not a person with a title', () => {
    const clash = find(code('The Philippine army killed 12 communist guerrillas in a clash in the southern province of Davao, the military said.'), 'ASSAULT');
    expect(clash?.source.country).toBe('PHL');
    expect(clash?.target).toBeNull();
  });
});

describe('visits and the talks they open', () => {
  const visit = 'Kenyan President William Ruto arrived in Addis Ababa on Wednesday for a state visit at the invitation of Ethiopian Prime Minister Abiy Ahmed. '
    + 'The two leaders held talks on regional security and signed a defence cooperation agreement.';

  it('code a visit with its channel, and "the two leaders" as the visitor and the host who invited him', () => {
    const events = code(visit, '2026-03-12');
    expect(find(events, 'CONSULT')?.channel).toBe('visit');
    const talks = events.filter((e) => e.sentence === 1);
    expect(talks.map((e) => e.plover).sort()).toEqual(['AGREE', 'CONSULT']);
    for (const event of talks) {
      expect(event.source.name).toBe('William Ruto');
      expect(event.target?.name).toBe('Abiy Ahmed');
    }
  });

  it('read "the two countries" as the states, dated by the year the text gives, outside the talks', () => {
    const events = code('Kenyan President William Ruto held phone talks with Ethiopian Prime Minister Abiy Ahmed on Monday. '
      + 'The two countries established diplomatic relations in 1964.', '2026-03-12');
    const relations = events.find((e) => e.sentence === 1);
    expect(relations?.source).toMatchObject({ country: 'KEN', name: null });
    expect(relations?.target).toMatchObject({ country: 'ETH', name: null });
    expect(relations?.date).toBe('1964');
    expect(relations?.channel).toBeNull();
  });

  it('keep what the two sides discussed after phone talks on the phone', () => {
    const events = code('Latvian President Andris Kalnins held phone talks with Polish President Marek Wojcik on Monday. '
      + 'The two presidents discussed energy security and pledged to deepen defence cooperation.');
    const later = events.filter((e) => e.sentence === 1);
    expect(later.map((e) => e.plover).sort()).toEqual(['AGREE', 'CONSULT']);
    for (const event of later) {
      expect(event.channel).toBe('phone');
      expect(event.target?.name).toBe('Marek Wojcik');
    }
  });

  it('leave a country its deeds after one of its people has spoken', () => {
    const events = code('Kenyan Foreign Minister Musalia Mudavadi spoke to reporters in Nairobi on Monday. Kenya recalled its ambassador from Uganda.');
    const recall = find(events, 'SANCTION');
    expect(recall?.source).toMatchObject({ country: 'KEN', name: null });
    expect(recall?.target?.country).toBe('UGA');
  });
});

describe('more readings the tagger makes hard', () => {
  it('read "police shot dead" as the verb, "shot" having been tagged a noun after a noun', () => {
    const shooting = find(code('Kenyan police shot dead three protesters in Nairobi.'), 'ASSAULT');
    expect(shooting?.source).toMatchObject({ country: 'KEN', sector: 'COP' });
    expect(shooting?.target).toMatchObject({ country: 'KEN', sector: 'CVL' });
  });

  it('do not code what an actor agreed to let another do', () => {
    const events = code('Turkey agreed to let Sweden join NATO after months of negotiations.');
    expect(events.map((e) => e.plover)).toEqual(['AGREE']);
    expect(events[0]?.source.country).toBe('TUR');
  });

  it('give rebels joined to a government its country, wherever the sentence places them', () => {
    const events = code('The Sudanese government and the rebels signed a truce in Addis Ababa.');
    expect(events.map((e) => e.source.country)).toEqual(['SDN', 'SDN']);
  });
});

describe('"the government" of no stated country', () => {
  it('is the own government of people who are not the state, and nobody\'s known for a state', () => {
    expect(find(code('Kenyan students protested against the government on Monday.'), 'PROTEST')?.target).toMatchObject({ country: 'KEN', sector: 'GOV' });
    expect(find(code('The opposition in Georgia accused the government of rigging the elections.'), 'ACCUSE')?.target).toMatchObject({ country: 'GEO', sector: 'GOV' });
    expect(code('The United States criticised the government for the crackdown.')).toHaveLength(0);
  });
});

describe('congratulations by phone and in words', () => {
  it('open talks between the two, so that "the two presidents" after them are the caller and the called', () => {
    const events = code('Russian President Vladimir Putin congratulated Mongolian President Ukhnaa Khurelsukh by phone on May 20. '
      + 'The two presidents agreed to meet in Vladivostok in September.', '2026-05-21');
    const meeting = events.find((e) => e.sentence === 1);
    expect(meeting?.plover).toBe('AGREE');
    expect(meeting?.source.name).toBe('Vladimir Putin');
    expect(meeting?.target?.name).toBe('Ukhnaa Khurelsukh');
  });

  it('go to whoever the article is about when a coordinated verb has an object of its own', () => {
    const events = code('Mongolian President Ukhnaa Khurelsukh was re-elected on Sunday. '
      + 'Kazakh President Kassym-Jomart Tokayev extended his warm congratulations and wished the Mongolian people peace.', '2026-05-21');
    const congratulation = events.find((e) => e.sentence === 1 && e.plover === 'SUPPORT');
    expect(congratulation?.target?.name).toBe('Ukhnaa Khurelsukh');
  });
});

describe('cities', () => {
  it('place a deed in their country, as capitals do, and stand for it as a verb\'s object', () => {
    expect(find(code('Police arrested a Turkish journalist in Istanbul.'), 'COERCE')?.source).toMatchObject({ country: 'TUR', sector: 'COP' });
    expect(find(code('Thousands of students rioted in Lagos on Monday.'), 'PROTEST')?.source).toMatchObject({ country: 'NGA', sector: 'EDU' });
    expect(find(code('Russian forces shelled Kharkiv overnight.'), 'ASSAULT')?.target?.country).toBe('UKR');
  });

  it('are no part of a person\'s name that begins with the same word', () => {
    const letter = find(code('Korean Foreign Minister Choi Young-ho sent a congratulatory letter to Cambodian Foreign Minister Lawrence Wijaya.'), 'SUPPORT');
    expect(letter?.target).toMatchObject({ name: 'Lawrence Wijaya', country: 'KHM' });
  });
});

describe('pressure and participles', () => {
  it('codes pressing someone to act as a demand of them, and not the act', () => {
    const pressed = code('The United States pressed Israel to allow more aid into Gaza.');
    expect(pressed.map((e) => e.plover)).toEqual(['REQUEST']);
    expect(pressed[0]?.target?.country).toBe('ISR');
    const bracketed = code('Iranian authorities pressured workers of the Tehran Bus Company (Vahed) to cancel their strike.');
    expect(bracketed.map((e) => e.plover)).toEqual(['REQUEST']);
  });

  it('does not take a participle that describes a noun ("the recently imposed law") for a deed', () => {
    const text = 'Hundreds of Malians marched against hardships under the newly imposed blockade by Tuareg rebels.';
    const explained = coder.explainDocument(makeDocument({ id: 'test', origin: 'test', text, published: '2026-03-10' }));
    expect(explained.explanations.map((e) => e.trigger)).toEqual(['marched']);
    expect(explained.events.map((e) => e.plover)).toEqual(['PROTEST']);
  });
});

describe('a sentence that leaves the occasion', () => {
  it('takes neither the channel nor the day of the talks before it ("Separately, ...")', () => {
    const events = code('Finnish President Alexander Stubb held talks with Estonian President Alar Karis in Tallinn on Tuesday. '
      + 'Separately, Estonian Prime Minister Kristen Michal urged the European Union to speed up sanctions against Russia.', '2026-03-04');
    const request = find(events, 'REQUEST');
    expect(request?.channel).toBeNull();
    expect(request?.date).toBe('2026-03-04');
    expect(find(events, 'CONSULT')?.date).toBe('2026-03-03');
  });
});

describe('coordinated verbs', () => {
  it('share the day the text gives the first ("on Wednesday criticised ... and demanded")', () => {
    const events = code('Brazilian Foreign Minister Mauro Vieira on Wednesday criticised the United States for new tariffs and demanded that Washington lift them.', '2026-03-05');
    expect(find(events, 'ACCUSE')?.date).toBe('2026-03-04');
    expect(find(events, 'REQUEST')?.date).toBe('2026-03-04');
  });
});

describe('invitations and proposals during talks', () => {
  const call = 'General Secretary To Lam held phone talks with Indian Prime Minister Narendra Modi on the evening of April 14. ';

  it('read "X accepted" with nothing named as accepting the invitation X was given', () => {
    const events = code(`${call}He invited the Indian Prime Minister to visit Vietnam at a convenient time. Modi accepted with pleasure.`, '2026-04-15');
    const accepted = events.find((e) => e.sentence === 2 && e.plover === 'AGREE');
    expect(accepted?.cameo).toBe('036');
    expect(accepted?.source.name).toBe('Narendra Modi');
    expect(accepted?.target?.name).toBe('To Lam');
  });

  it('read ", and X accepted" after a verb\'s object as a clause of its own, not a compound subject', () => {
    const events = code(`${call}He invited the Indian Prime Minister to visit Vietnam, and Modi accepted with pleasure.`, '2026-04-15');
    const accepted = events.find((e) => e.sentence === 1 && e.plover === 'AGREE');
    expect(accepted?.source.name).toBe('Narendra Modi');
    expect(accepted?.target?.name).toBe('To Lam');
    // Without the comma, a compound subject after a verb of saying is still one.
    const signed = code('Witnesses said Qatar and the Thai government signed an agreement on fisheries.');
    expect(find(signed, 'AGREE')?.source.country).toBe('QAT');
    expect(find(signed, 'AGREE')?.target?.country).toBe('THA');
  });

  it('make a proposal to the other side when "the two sides" are to act', () => {
    const events = code(`${call}Lam proposed that the two sides increase trade to 20 billion USD.`, '2026-04-15');
    expect(events.find((e) => e.sentence === 1 && e.plover === 'REQUEST')?.target?.country).toBe('IND');
  });
});
