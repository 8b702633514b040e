// `attache explain "SENTENCE"`: every decision behind the events of a piece of text.
import { Command } from 'commander';
import type { Entity } from '../actors/entities.js';
import { makeDocument } from '../ingest/index.js';
import { createCoder } from '../pipeline.js';
import type { ExplainedDocument } from '../pipeline.js';
import { eventsToTable } from './format.js';
import { addIngestOptions } from './ingest-options.js';

function describeEntity(entity: Entity | null): string {
  if (!entity) return 'unresolved';
  if (entity.kind === 'group') return `group of ${entity.members.map(describeEntity).join(' + ')}`;
  const facts = [entity.kind, entity.country, entity.sector, entity.role, entity.organisation?.name].filter(Boolean).join(', ');
  return `${entity.name ?? entity.country ?? '?'} (${facts})`;
}

export function renderExplanation(explained: ExplainedDocument): string {
  const out: string[] = [];
  for (const resolved of explained.resolved) {
    const { sentence } = resolved;
    out.push(`Sentence ${sentence.index}: ${sentence.text}`, '', 'Tokens (text/POS/lemma):');
    out.push(`  ${sentence.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}${t.negated ? '/NEG' : ''}`).join(' ')}`);
    out.push('', 'Dates:');
    out.push(...(sentence.dates.length ? sentence.dates.map((d) => `  "${d.text}" → ${d.value}`) : ['  none']));
    out.push('', 'Actors:');
    out.push(...(resolved.mentions.length
      ? resolved.mentions.map((m) => `  "${m.text}" [${m.kind}${m.possessive ? ', possessive' : ''}] → ${describeEntity(m.entity)}`)
      : ['  none']));
    out.push(`  subject: ${describeEntity(resolved.subject)}`);
    out.push('', 'Patterns:');
    const here = explained.explanations.filter((e) => e.sentence === sentence.index);
    out.push(...(here.length ? here.map((e) => `  "${e.trigger}": ${e.reason} → ${e.outcome}`) : ['  none fired']));
    out.push('');
  }
  out.push('Events:', explained.events.length ? eventsToTable(explained.events) : '  none\n');
  return out.join('\n');
}

export function explainCommand(): Command {
  const command = new Command('explain')
    .description('show the tokens, actors, patterns and events behind a sentence or short text')
    .argument('<text>', 'the sentence (or a few sentences) to explain')
    .option('--json', 'print the events and explanations as JSON');
  addIngestOptions(command);
  command.action((text: string, options: Record<string, unknown>) => {
    const document = makeDocument({
      id: 'explain', origin: 'command line', text, published: typeof options.date === 'string' ? options.date : null,
    });
    if (document.text.length === 0) throw new Error('nothing to explain: the text is empty');
    const explained = createCoder().explainDocument(document);
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ events: explained.events, explanations: explained.explanations }, null, 2)}\n`);
    } else {
      process.stdout.write(renderExplanation(explained));
    }
  });
  return command;
}
