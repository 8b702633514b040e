import { describe, it, expect } from 'vitest';

import { cameoEntry, findAgent, findCountry, foldName, loadOntology } from '../src/ontology/load.js';
import type { PloverCategory, VerbElement } from '../src/ontology/load.js';

const PLOVER: PloverCategory[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

const ontology = loadOntology();

function ploverOf(code: string | null): PloverCategory | null {
  if (!code) return null;
  const e = ontology.cameo[code];
  return e ? e.plover ?? e.ploverSuggested ?? null : null;
}

describe('loadOntology', () => {
  it('is memoised', () => {
    expect(loadOntology()).toBe(ontology);
  });

  it('loads every file with content', () => {
    expect(ontology.countries.length).toBeGreaterThan(200);
    expect(ontology.organisations.length).toBeGreaterThan(1000);
    expect(ontology.people.length).toBeGreaterThan(10000);
    expect(ontology.agents.length).toBeGreaterThan(1000);
    expect(ontology.verbs.verbs.length).toBeGreaterThan(300);
    expect(Object.keys(ontology.cameo).length).toBeGreaterThan(250);
    expect(Object.keys(ontology.plover).sort()).toEqual([...PLOVER].sort());
  });
});

describe('countries', () => {
  it('uses ISO 3166-1 alpha-3 codes, unique', () => {
    const codes = ontology.countries.map((c) => c.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const c of ['XKX', 'PSE', 'TLS', 'VNM', 'RUS', 'USA']) expect(codes).toContain(c);
    for (const c of ['KSV', 'TMP', 'USAPRI']) expect(codes).not.toContain(c);
  });

  it('resolves adjectives, names and seats of government', () => {
    expect(findCountry('Russian')?.iso3).toBe('RUS');
    expect(findCountry('Kremlin')?.iso3).toBe('RUS');
    expect(findCountry('the Kremlin')?.iso3).toBe('RUS');
    expect(findCountry('Vietnam')?.iso3).toBe('VNM');
    expect(findCountry('Việt Nam')?.iso3).toBe('VNM');
    expect(findCountry('Viet Nam')?.iso3).toBe('VNM');
    expect(findCountry('Vietnamese')?.iso3).toBe('VNM');
    // CountryInfo gives only the demonym for these ("Swede"): the project's additions add the adjective.
    for (const [adjective, iso3] of [['Swedish', 'SWE'], ['Icelandic', 'ISL'], ['Montenegrin', 'MNE'], ['Luxembourgish', 'LUX']]) {
      expect(findCountry(adjective!)?.iso3, adjective).toBe(iso3);
    }
    expect(findCountry('Hanoi')?.iso3).toBe('VNM');
    expect(findCountry('Türkiye')?.iso3).toBe('TUR');
    expect(findCountry('Timor-Leste')?.iso3).toBe('TLS');
    expect(findCountry('Republic of Korea')?.iso3).toBe('KOR');
    expect(findCountry('White House')?.iso3).toBe('USA');
    expect(findCountry('Washington')?.iso3).toBe('USA');
    expect(findCountry('Beijing')?.iso3).toBe('CHN');
    expect(findCountry('Czechia')?.iso3).toBe('CZE');
    for (const [adj, iso] of [['Cuban', 'CUB'], ['Belarusian', 'BLR'], ['Nicaraguan', 'NIC'], ['Mongolian', 'MNG'],
      ['Japanese', 'JPN'], ['Thai', 'THA'], ['Emirati', 'ARE'], ['South Korean', 'KOR'], ['Timorese', 'TLS']] as const) {
      expect(findCountry(adj)?.iso3, adj).toBe(iso);
    }
  });

  it('matches acronyms case-sensitively', () => {
    expect(findCountry('US')?.iso3).toBe('USA');
    expect(findCountry('us')).toBeUndefined();
  });

  it('keeps strings free of markup', () => {
    const bad: string[] = [];
    for (const c of ontology.countries) {
      for (const s of [c.name, ...c.names, ...c.adjectives, ...c.capitals, ...c.cities, ...c.seats]) {
        if (/[_\[\]{}()|\\^$*]/.test(s) || s !== s.trim() || s === '') bad.push(`${c.iso3}: ${s}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives dependencies their own ISO code and their controlling state', () => {
    const byIso = new Map(ontology.countries.map((c) => [c.iso3, c] as const));
    expect(byIso.get('PRI')?.parent).toBe('USA');
    expect(byIso.get('IMN')?.parent).toBe('GBR');
    expect(byIso.get('VNM')?.parent).toBeUndefined();
  });
});

describe('people and organisations', () => {
  it('knows Vladimir Putin as Russian, with dated roles', () => {
    const putin = ontology.people.find((p) => p.name === 'Vladimir Putin');
    expect(putin?.country).toBe('RUS');
    expect(putin?.roles.some((r) => r.code === 'RUSGOV' && r.sector === 'GOV' && r.from !== null)).toBe(true);
    // Bare surnames are not aliases.
    expect(putin?.aliases).not.toContain('Putin');
  });

  it('has no surname-only aliases and only readable names', () => {
    const bad: string[] = [];
    const date = /^\d{4}-\d{2}-\d{2}$/;
    for (const p of ontology.people) {
      for (const a of p.aliases) if (a.trim().split(/\s+/).length < 2) bad.push(`${p.name}: alias ${a}`);
      if (/[_\[\]{}]/.test(p.name)) bad.push(`name ${p.name}`);
      if (!/^([A-Z]{3}|IGO)$/.test(p.country)) bad.push(`${p.name}: country ${p.country}`);
      for (const r of p.roles) {
        if ((r.from && !date.test(r.from)) || (r.to && !date.test(r.to))) bad.push(`${p.name}: dates ${r.from} ${r.to}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('resolves To Lam with a party role', () => {
    const toLam = ontology.people.find((p) => foldName(p.name) === 'to lam');
    expect(toLam?.country).toBe('VNM');
    expect(toLam?.roles.some((r) => r.sector === 'PTY' && r.title === 'General Secretary')).toBe(true);
  });

  it('knows international organisations and parties', () => {
    const byAlias = (s: string) => ontology.organisations.find((o) => o.name === s || o.aliases.includes(s));
    expect(byAlias('UN')?.country).toBe('IGO');
    expect(byAlias('NATO')?.code).toBe('IGOWSTNAT');
    expect(byAlias('EU')?.country).toBe('IGO');
    expect(byAlias('CPV')).toMatchObject({ country: 'VNM', sector: 'PTY' });
    expect(byAlias('Communist Party of Cuba')).toMatchObject({ country: 'CUB', sector: 'PTY' });
  });
});

describe('agents', () => {
  it('maps role nouns to sectors', () => {
    expect(findAgent('prime minister')?.sector).toBe('GOV');
    expect(findAgent('Prime Minister')?.sector).toBe('GOV');
    expect(findAgent('prime ministers')?.sector).toBe('GOV');
    expect(findAgent('general secretary')?.sector).toBe('PTY');
    expect(findAgent('first secretary')?.sector).toBe('PTY');
    expect(findAgent('ambassador')?.sector).toBe('GOV');
    expect(findAgent('lawmaker')?.sector).toBe('LEG');
    expect(findAgent('troops')?.sector).toBe('MIL');
    expect(findAgent('police')?.sector).toBe('COP');
    expect(findAgent('rebels')?.sector).toBe('REB');
    expect(findAgent('spokesman')?.sector).toBe('GOV');
    // !PERSON! expansion from the Phoenix file
    expect(findAgent('congresswoman')?.sector).toBe('LEG');
  });

  it('uses lowercase space-separated phrases', () => {
    expect(ontology.agents.filter((a) => !/^[^A-Z_\s]+( [^A-Z_\s]+)*$/.test(a.phrase)).map((a) => a.phrase)).toEqual([]);
  });
});

describe('cameo and plover', () => {
  it('codes 051 as SUPPORT, verbal cooperation, Goldstein 3.4', () => {
    expect(cameoEntry('051')).toMatchObject({ plover: 'SUPPORT', quad: 'verbal-cooperation', goldstein: 3.4 });
  });

  it('has the published Goldstein scores and quads', () => {
    expect(cameoEntry('040')).toMatchObject({ plover: 'CONSULT', goldstein: 1.0, quad: 'verbal-cooperation' });
    expect(cameoEntry('041')?.mode).toBe('phone');
    expect(cameoEntry('036')?.goldstein).toBe(4.0);
    expect(cameoEntry('057')?.goldstein).toBe(8.0);
    expect(cameoEntry('111')).toMatchObject({ goldstein: -2.0, quad: 'verbal-conflict' });
    expect(cameoEntry('190')).toMatchObject({ goldstein: -10.0, quad: 'material-conflict', plover: 'ASSAULT' });
    expect(cameoEntry('073')?.quad).toBe('material-cooperation');
  });

  it('records no PLOVER category where the table has none', () => {
    expect(cameoEntry('010')?.plover).toBeNull();
    expect(cameoEntry('020')?.plover).toBeNull();
    expect(cameoEntry('020')?.ploverSuggested).toBe('REQUEST');
  });

  it('covers every code used by the verb dictionary', () => {
    for (const b of ontology.verbs.verbs) {
      for (const p of b.patterns) {
        for (const c of [p.code, p.reverseCode]) if (c) expect(ontology.cameo[c], `${b.block} ${p.raw} ${c}`).toBeDefined();
      }
    }
  });

  it('gives every PLOVER category a CAMEO code and at least 5 verb patterns', () => {
    const patternCount = new Map<PloverCategory, number>();
    for (const b of ontology.verbs.verbs) {
      for (const p of b.patterns) {
        const cat = ploverOf(p.code);
        if (cat) patternCount.set(cat, (patternCount.get(cat) ?? 0) + 1);
      }
    }
    for (const cat of PLOVER) {
      const entry = ontology.plover[cat];
      expect(entry.cameo, cat).toMatch(/^\d{3,4}$/);
      expect(ontology.cameo[entry.cameo]?.plover, cat).toBe(cat);
      expect(Object.values(ontology.cameo).some((e) => e.plover === cat), cat).toBe(true);
      expect(patternCount.get(cat) ?? 0, cat).toBeGreaterThanOrEqual(5);
    }
  });

  it('takes quads, modes and contexts from the PLOVER manual', () => {
    expect(ontology.plover.SUPPORT.cameo).toBe('050');
    expect(ontology.plover.AGREE.cameo).toBe('030');
    expect(ontology.plover.CONSULT.modes).toEqual(expect.arrayContaining(['visit', 'phone', 'third-party', 'multilateral']));
    expect(ontology.plover.CONCEDE.quad).toBe('verbal-cooperation');
    expect(ontology.plover.ASSAULT.quad).toBe('material-conflict');
    expect(ontology.plover.AGREE.contexts).toEqual(expect.arrayContaining(['election', 'diplomatic', 'economic', 'military']));
  });
});

describe('verbs', () => {
  const blockOf = (lemma: string) => ontology.verbs.verbs.find((b) => b.lemmas.includes(lemma));

  it('keeps block codes, lemma codes and irregular forms', () => {
    expect(blockOf('congratulate')?.code).toBe('051');
    expect(blockOf('praise')?.code).toBe('051');
    const ask = blockOf('ask');
    expect(ask?.lemmaCodes['ask']).toBe('020');
    const accelerate = ontology.verbs.verbs.find((b) => b.block === 'ACCELERATE');
    expect(accelerate?.code).toBeNull();
    expect(accelerate?.forms).toContain('sped');
    expect(accelerate?.formOf['sped']).toBe('speed');
  });

  it('represents pattern syntax as elements', () => {
    const accelerate = ontology.verbs.verbs.find((b) => b.block === 'ACCELERATE')!;
    const toPattern = accelerate.patterns.find((p) => p.raw === '- * (TO)');
    expect(toPattern).toMatchObject({ code: '042', rawCode: '042:043', reverseCode: '043', before: [] });
    expect(toPattern?.after).toEqual([{ prep: 'to', words: [] }]);
    const food = accelerate.patterns.find((p) => p.raw === '- * &FOOD');
    expect(food?.after).toEqual([{ synset: '&FOOD' }]);
    const military = accelerate.patterns.find((p) => p.raw === '- &MILITARY *');
    expect(military?.before).toEqual([{ synset: '&MILITARY' }]);
    const arms = accelerate.patterns.find((p) => p.raw === '- * {ARMS SHIPMENT}');
    expect(arms?.after).toEqual([{ phrase: [{ word: 'arms', stem: true }, { word: 'shipment', stem: true }] }]);
    expect(ontology.verbs.synsets['&MILITARY']).toContain('troops');
    expect(ontology.verbs.synsets['&FOOD']?.length).toBeGreaterThan(3);
  });

  it('references only defined synsets', () => {
    const check = (els: VerbElement[]) => {
      for (const e of els) {
        if ('synset' in e) expect(ontology.verbs.synsets[e.synset], e.synset).toBeDefined();
        if ('phrase' in e) check(e.phrase);
        if ('prep' in e) check(e.words);
      }
    };
    for (const b of ontology.verbs.verbs) for (const p of b.patterns) { check(p.before); check(p.after); }
  });
});
