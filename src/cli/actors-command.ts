// `attache actors [QUERY]`: who is in the ledger — names and aliases, country and sector, the
// roles articles gave them and when, how many events, and with whom; `--id N` for one actor.
import { Command } from 'commander';
import { actorDetail, searchActors } from '../ledger/actor-query.js';
import type { ActorDetail, ActorPartner, ActorProfile, ActorRole } from '../ledger/actor-query.js';
import { alignedTable } from './events-command.js';
import { addOutputOptions, countryCode, outputFrom, parseCount, usageErrors, UsageError } from './filter-options.js';
import type { LedgerOptions } from './ledger-options.js';
import { addLedgerOption, withLedger } from './ledger-options.js';

interface ActorsOptions extends LedgerOptions {
  country?: string;
  limit: number;
  id?: number;
  jsonl?: boolean;
  table?: boolean;
}

/** `run` opens the ledger for the action; tests pass one that lends a ledger they keep open. */
export function actorsCommand(run: typeof withLedger = withLedger): Command {
  const command = new Command('actors')
    .description('search the ledger\'s actors by name or alias (any part, any case, with or without diacritics)')
    .argument('[query]', 'part of a name or alias; all actors when absent')
    .option('--country <ISO3>', 'actors of this country')
    .option('--limit <n>', 'at most this many actors, busiest first', parseCount, 20)
    .option('--id <n>', 'one actor in detail: roles, events by category, partners', parseCount);
  addOutputOptions(command, ['jsonl', 'table']);
  addLedgerOption(command);
  command.action(async (query: string | undefined, options: ActorsOptions) => {
    const country = usageErrors(command, () => {
      if (options.id !== undefined && (query !== undefined || options.country !== undefined)) {
        throw new UsageError('give either a QUERY (and --country) or --id, not both');
      }
      return options.country === undefined ? undefined : countryCode(options.country);
    });
    const jsonl = outputFrom(options) === 'jsonl';
    await run(options, async (ledger) => {
      if (options.id !== undefined) {
        const actor = await actorDetail(ledger.db, options.id);
        if (!actor) throw new Error(`no actor ${options.id}`);
        process.stdout.write(jsonl ? `${JSON.stringify(actor)}\n` : detailText(actor));
        return;
      }
      const actors = await searchActors(ledger.db, { ...(query !== undefined && { query }), ...(country !== undefined && { country }), limit: options.limit });
      if (jsonl) {
        for (const actor of actors) process.stdout.write(`${JSON.stringify(actor)}\n`);
        return;
      }
      if (actors.length > 0) process.stdout.write(actorsTable(actors));
      process.stderr.write(`${actors.length} actor${actors.length === 1 ? '' : 's'}\n`);
    });
  });
  return command;
}

function actorsTable(actors: readonly ActorProfile[]): string {
  const rows = actors.map((a) => [
    String(a.id), a.name, a.aliases.join('; '), a.country ?? '', a.sector ?? '', a.roles.map(roleText).join('; '),
    countsText(a.events), a.partners.map(partnerText).join(', '),
  ]);
  const header = ['id', 'name', 'aliases', 'country', 'sector', 'roles', 'events', 'partners'];
  return alignedTable(header, rows, [8, 28, 24, 7, 6, 44, 30, 48]);
}

function detailText(actor: ActorDetail): string {
  const facts = [actor.kind, actor.country, actor.sector].filter(Boolean).join(', ');
  const lines = [`${actor.name}  (#${actor.id}; ${facts})`];
  if (actor.aliases.length > 0) lines.push(`aliases:  ${actor.aliases.join('; ')}`);
  lines.push(`events:   ${countsText(actor.events)}`);
  if (actor.roles.length > 0) lines.push('roles:', ...actor.roles.map((r) => `  ${roleText(r)}`));
  if (actor.categories.length > 0) {
    lines.push('by category:', ...actor.categories.map((c) => `  ${c.plover.padEnd(10)} ${countsText(c)}`));
  }
  if (actor.partners.length > 0) lines.push('partners:', ...actor.partners.map((p) => `  ${partnerText(p)}`));
  return `${lines.join('\n')}\n`;
}

function roleText(role: ActorRole): string {
  const facts = [role.country, role.sector].filter(Boolean).join(', ');
  const dates = role.firstSeen === role.lastSeen ? role.firstSeen ?? '' : `${role.firstSeen ?? '?'} – ${role.lastSeen ?? '?'}`;
  return [role.role, facts ? `(${facts})` : '', dates].filter(Boolean).join(' ');
}

function countsText(counts: { asSource: number; asTarget: number; total: number }): string {
  return `${counts.total} (${counts.asSource} as source, ${counts.asTarget} as target)`;
}

function partnerText(partner: ActorPartner): string {
  return `${partner.name}${partner.kind === 'named' && partner.country ? ` (${partner.country})` : ''} ×${partner.events}`;
}
