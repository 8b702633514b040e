// Queries to PGlite as named prepared statements over its wire protocol.
//
// PGlite's own `query` parses, describes, binds and executes every statement anew, in six
// calls into WebAssembly, so a statement is parsed and planned each time it runs. The ledger
// runs the same few statements for every document it stores: here each SQL text is parsed
// once under a name (with its parameter types read once), and every later run is a single
// call carrying bind, describe, execute and sync. PostgreSQL then also keeps the statement's
// plan (a generic one once it is as good as the custom ones), as a server does for any
// driver that prepares statements.
import type { PGlite } from '@electric-sql/pglite';
import { parse, protocol } from '@electric-sql/pglite';

const { serialize } = protocol;

interface Prepared {
  name: string;
  /** Type OIDs of the parameters, as PostgreSQL inferred them: they pick each value's serializer. */
  paramTypes: number[];
}

/** Statements kept prepared at most; the least recently used is closed beyond it. */
const MAX_PREPARED = 200;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export class PgliteStatements {
  /** SQL text → its prepared statement, in order of last use (a Map keeps insertion order). */
  private readonly prepared = new Map<string, Prepared>();
  private counter = 0;

  constructor(private readonly db: PGlite) {}

  /** Runs one statement; the caller makes sure nothing else talks to the database meanwhile. */
  async query<Row>(sql: string, params: readonly unknown[]): Promise<Row[]> {
    const statement = this.prepared.get(sql) ?? await this.prepare(sql);
    this.prepared.delete(sql);
    this.prepared.set(sql, statement);
    const values = params.map((value, i) => this.serializeValue(value, statement.paramTypes[i]));
    const { messages } = await this.db.execProtocol(concat([
      serialize.bind({ statement: statement.name, values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ]));
    return parse.parseResults(messages, this.db.parsers)[0]!.rows as Row[];
  }

  /** The same conversion of a parameter as PGlite's `query` makes, chosen by its type. */
  private serializeValue(value: unknown, type: number | undefined): string | null {
    if (value === null || value === undefined) return null;
    const serializer = type === undefined ? undefined : this.db.serializers[type];
    return serializer ? serializer(value) : String(value);
  }

  private async prepare(sql: string): Promise<Prepared> {
    if (this.prepared.size >= MAX_PREPARED) await this.closeLeastRecentlyUsed();
    const name = `attache_${++this.counter}`;
    const { messages } = await this.db.execProtocol(concat([
      serialize.parse({ name, text: sql }),
      serialize.describe({ type: 'S', name }),
      serialize.sync(),
    ]));
    const description = messages.find((message) => message.name === 'parameterDescription') as { dataTypeIDs: number[] } | undefined;
    const statement = { name, paramTypes: description?.dataTypeIDs ?? [] };
    this.prepared.set(sql, statement);
    return statement;
  }

  private async closeLeastRecentlyUsed(): Promise<void> {
    const [sql, statement] = this.prepared.entries().next().value as [string, Prepared];
    this.prepared.delete(sql);
    await this.db.execProtocol(concat([serialize.close({ type: 'S', name: statement.name }), serialize.sync()]));
  }

  /** Forgets every statement (after the session's prepared statements were dropped). */
  forget(): void {
    this.prepared.clear();
  }
}
