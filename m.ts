import { analyseDocument } from './src/nlp/analyse.js';
import { MentionFinder } from './src/actors/mentions.js';
import { DocumentActors } from './src/actors/registry.js';
import { makeDocument } from './src/ingest/index.js';
const d = makeDocument({ id: 'x', origin: 'x', text: process.argv[2]! });
const a = new DocumentActors();
for (const s of analyseDocument(d)) console.log(new MentionFinder(s, a).find().map((m) => `${m.text}[${m.kind}] ${m.entity?.name}`).join(' | '));
