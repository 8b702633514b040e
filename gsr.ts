import { readFileSync } from 'node:fs';
import { makeDocument } from './src/ingest/index.js';
import { createCoder } from './src/pipeline.js';
const coder = createCoder();
const lines = readFileSync('../shared/gold/plover-gsr-dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const filter = process.argv[2];
let shown = 0;
for (const g of lines) {
  if (filter && g.plover !== filter) continue;
  const ex = coder.explainDocument(makeDocument({ id: g.id, origin: g.id, text: g.text }));
  const cats = new Set(ex.events.map((e) => e.plover));
  if (cats.has(g.plover)) continue;
  shown++;
  console.log(`\n[${g.plover}] ${g.text.slice(0, 160)}\n  gold: ${g.source.map((s: any) => s.code).join('+')} -> ${g.target.map((s: any) => s.code).join('+')} | ${g.event_text}`);
  for (const s of ex.sentences) console.log('  mentions:', s.mentions.map((m) => `${m.text}→${m.entity ? (m.entity.name ?? m.entity.country) : '?'}`).join(' | '));
  for (const e of ex.explanations) console.log(`  * ${e.trigger}: ${e.reason} → ${e.outcome}`);
}
console.log('shown', shown);
