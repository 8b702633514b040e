// `attache correct ...`: an analyst's corrections, stored with who and when, applied at once
// and again whenever the articles are re-ingested or re-coded.
import { userInfo } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { findActors } from '../ledger/actor-store.js';
import { PLOVER_CATEGORIES } from '../ledger/corrections.js';
import type { Ledger } from '../ledger/ledger.js';
import type { PloverCategory } from '../types.js';
import { addLedgerOption, withLedger } from './ledger-options.js';

function parseId(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a numeric id');
  return Number(value);
}

function parseCategory(value: string): PloverCategory {
  const upper = value.toUpperCase() as PloverCategory;
  if (!PLOVER_CATEGORIES.includes(upper)) throw new InvalidArgumentError(`expected one of ${PLOVER_CATEGORIES.join(', ')}`);
  return upper;
}

function defaultAuthor(): string {
  try {
    return process.env.ATTACHE_AUTHOR ?? userInfo().username;
  } catch {
    return 'analyst';
  }
}

/** One actor for what the analyst typed: an id, a name or alias, or an ISO3 code. */
async function oneActor(ledger: Ledger, query: string): Promise<number> {
  const found = await findActors(ledger.db, query);
  if (found.length === 0) throw new Error(`no actor matches "${query}" (see \`attache actors\`)`);
  if (found.length > 1) {
    throw new Error(`"${query}" matches ${found.length} actors (${found.slice(0, 5).map((a) => `${a.id} ${a.name}`).join(', ')}): give an id`);
  }
  return found[0]!.id;
}

type Action = (ledger: Ledger, author: string, note: string | null) => Promise<string>;

function correction(name: string, description: string, args: string[], build: (values: string[]) => Action): Command {
  const command = new Command(name).description(description);
  for (const arg of args) command.argument(arg);
  command.option('--author <name>', 'who makes the correction', defaultAuthor()).option('--note <text>', 'why');
  addLedgerOption(command);
  command.action(async (...params: unknown[]) => {
    const values = params.slice(0, args.length) as string[];
    const options = params[args.length] as { author: string; note?: string; data?: string };
    const action = build(values);
    await withLedger(options, async (ledger) => {
      try {
        process.stdout.write(`${await action(ledger, options.author, options.note ?? null)}\n`);
      } catch (error) {
        // A malformed argument is a usage error (exit 2), reported like commander's own.
        if (error instanceof InvalidArgumentError) command.error(`error: ${error.message}`, { exitCode: 2 });
        throw error;
      }
    });
  });
  return command;
}

export function correctCommand(): Command {
  const command = new Command('correct').description('correct events and actors (stored with who and when; kept across re-coding)');
  const subcommands = [
    correction('reject', 'reject an event: it is left out of queries, clusters and exports', ['<event-id>'], ([id]) => async (ledger, author, note) => {
      await ledger.correctEvent(parseId(id!), { kind: 'reject' }, author, note);
      return `event ${id} rejected`;
    }),
    correction('restore', 'undo the rejection of an event', ['<event-id>'], ([id]) => async (ledger, author, note) => {
      await ledger.correctEvent(parseId(id!), { kind: 'restore' }, author, note);
      return `event ${id} restored`;
    }),
    correction('category', 'give an event another PLOVER category', ['<event-id>', '<category>'], ([id, category]) => async (ledger, author, note) => {
      await ledger.correctEvent(parseId(id!), { kind: 'category', plover: parseCategory(category!) }, author, note);
      return `event ${id} is now ${category!.toUpperCase()}`;
    }),
    correction('source', 'give an event another source actor (id, name or ISO3)', ['<event-id>', '<actor>'], ([id, actor]) => async (ledger, author, note) => {
      const actorId = await oneActor(ledger, actor!);
      await ledger.correctEvent(parseId(id!), { kind: 'source', actorId }, author, note);
      return `event ${id}: source is now actor ${actorId}`;
    }),
    correction('target', 'give an event another target actor (id, name or ISO3; "none" for no target)', ['<event-id>', '<actor>'], ([id, actor]) => async (ledger, author, note) => {
      const actorId = actor === 'none' ? null : await oneActor(ledger, actor!);
      await ledger.correctEvent(parseId(id!), { kind: 'target', actorId }, author, note);
      return `event ${id}: target is now ${actorId === null ? 'none' : `actor ${actorId}`}`;
    }),
    correction('merge', 'merge an actor into another ("Sergey Syrankov" is "Sergei Syrankov")', ['<actor>', '<into>'], ([from, into]) => async (ledger, author, note) => {
      const merged = await ledger.mergeActors(await oneActor(ledger, from!), await oneActor(ledger, into!), author, note);
      return `"${from}" merged into actor ${merged.id} ${merged.name}`;
    }),
    correction('rename', 'give an actor another name (the old one stays an alias)', ['<actor>', '<name>'], ([actor, name]) => async (ledger, author, note) => {
      const renamed = await ledger.renameActor(await oneActor(ledger, actor!), name!, author, note);
      return `actor ${renamed.id} renamed "${renamed.name}"`;
    }),
    correction('list', 'list the corrections made', [], () => async (ledger) => {
      const rows = await ledger.db.query<{ id: number; kind: string; event_key: string | null; actor_id: number | null; value: unknown; author: string; created_at: string; note: string | null }>(
        'select * from corrections order by id',
      );
      if (rows.length === 0) return 'no corrections';
      return rows.map((r) => `${r.id}\t${r.created_at}\t${r.author}\t${r.kind}\t${r.event_key ? `event ${r.event_key}` : `actor ${r.actor_id}`}\t${JSON.stringify(r.value)}${r.note ? `\t${r.note}` : ''}`).join('\n');
    }),
  ];
  for (const subcommand of subcommands) {
    subcommand.exitOverride();
    command.addCommand(subcommand);
  }
  return command;
}
