import { readFileSync } from 'node:fs';
import { makeDocument } from './src/ingest/index.js';
import { createCoder } from './src/pipeline.js';
const [file, which] = process.argv.slice(2);
const raw = readFileSync(file!, 'utf8');
const m = raw.match(/^ ?date (\d{4}-\d\d-\d\d) /);
const doc = makeDocument({ id: 'x', origin: file!, text: m ? raw.slice(m[0].length) : raw, published: m ? m[1]! : null });
const ex = createCoder().explainDocument(doc);
const idx = which ? which.split(',').map(Number) : null;
for (const r of ex.sentences) {
  if (idx && !idx.includes(r.sentence.index)) continue;
  console.log(`\n#${r.sentence.index} ${r.sentence.text.slice(0, 200)}`);
  console.log('  mentions:', r.mentions.map((m) => `${m.text}[${m.kind}]→${m.entity ? (m.entity.name ?? m.entity.country) + (m.entity.kind==='group' ? '(group:' + m.entity.members.map(x=>x.name).join('+') + ')' : '') : '?'}`).join(' | '));
  console.log('  subject:', r.subject?.name ?? r.subject?.country);
  for (const e of ex.explanations.filter((e) => e.sentence === r.sentence.index)) console.log(`  * ${e.trigger}: ${e.reason} → ${e.outcome}`);
}
