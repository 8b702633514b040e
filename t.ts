import { analyseDocument } from './src/nlp/analyse.js';
import { findTriggers } from './src/coding/triggers.js';
import { makeDocument } from './src/ingest/index.js';
const d = makeDocument({ id: 'x', origin: 'x', text: process.argv[2]! });
for (const s of analyseDocument(d)) { const r = findTriggers(s); console.log(r.triggers.map(t => `${t.reason} ${t.cameo}`), r.dropped.map(d => d.why)); }
