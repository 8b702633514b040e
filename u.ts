import { analyseDocument } from './src/nlp/analyse.js';
import { unitsOf } from './src/actors/units.js';
import { makeDocument } from './src/ingest/index.js';
const d = makeDocument({ id: 'x', origin: 'x', text: process.argv[2]! });
for (const s of analyseDocument(d)) console.log(unitsOf(s).map((u) => `${s.tokens.slice(u.start, u.end).map((t) => t.text).join(' ')}:${u.kind}${u.kind === 'entry' ? '/' + u.entry.type : ''}`).join(' | '));
