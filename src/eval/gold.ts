// Reading gold files (../shared/gold/GUIDELINES.md). Two JSONL shapes exist and a file holds
// one of them: 'documents' (one article a line with its distinct events, as in seeds.jsonl)
// and 'sentences' (one PLOVER gold-standard sentence a line, as in plover-gsr-dev.jsonl).
// The first record decides the format; every line is then validated against it, so a typo
// is reported as file:line instead of silently scoring as a miss.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CHANNELS, PLOVER_CATEGORIES } from './categories.js';

/** ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const goldActorSchema = z.object({
  name: z.string().min(1).nullable(),
  country: z.string().min(1).nullable(),
  role: z.string().nullable().optional(),
});

const goldEventSchema = z.object({
  source: goldActorSchema,
  target: goldActorSchema.nullable(),
  plover: z.enum(PLOVER_CATEGORIES),
  cameo: z.string().nullable().optional(),
  channel: z.enum(CHANNELS).nullable().default(null),
  date: partialDate.nullable().default(null),
  quote: z.string().optional(),
});

const goldDocumentSchema = z.object({
  doc: z.string().min(1),
  date: partialDate.nullable().optional(),
  events: z.array(goldEventSchema),
});

const goldSentenceActorSchema = z.object({
  text: z.string(),
  code: z.string().min(1),
  sector: z.string().nullable().optional(),
});

const goldSentenceSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  plover: z.enum(PLOVER_CATEGORIES),
  source: z.array(goldSentenceActorSchema),
  target: z.array(goldSentenceActorSchema),
  event_text: z.string().nullable().optional(),
  mode: z.string().nullable().optional(),
  context: z.string().nullable().optional(),
});

export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldSentence = z.infer<typeof goldSentenceSchema>;

export type GoldSet =
  | { format: 'documents'; path: string; documents: GoldDocument[] }
  | { format: 'sentences'; path: string; sentences: GoldSentence[] };

export type GoldFormat = GoldSet['format'];

/** A gold file that cannot be read as gold; the message starts with `file:line:`. */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

function detectFormat(record: unknown): GoldFormat | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  if ('events' in record) return 'documents';
  if ('text' in record && 'plover' in record) return 'sentences';
  return null;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Parses gold JSONL text; `path` names the file in error messages. Blank lines are skipped. */
export function parseGold(text: string, path: string): GoldSet {
  let format: GoldFormat | null = null;
  const documents: GoldDocument[] = [];
  const sentences: GoldSentence[] = [];
  const firstLineOfId = new Map<string, number>();

  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const where = `${path}:${lineNumber}`;
    if (line.trim() === '') continue;

    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new GoldFormatError(`${where}: not valid JSON (${(error as Error).message})`);
    }

    if (format === null) {
      format = detectFormat(record);
      if (format === null) {
        throw new GoldFormatError(
          `${where}: cannot tell the gold format: expected a document line {"doc", "date", "events"} ` +
            `or a sentence line {"id", "text", "plover", "source", "target"}`,
        );
      }
    }

    let id: string;
    if (format === 'documents') {
      const parsed = goldDocumentSchema.safeParse(record);
      if (!parsed.success) throw new GoldFormatError(`${where}: invalid gold document: ${describeIssues(parsed.error)}`);
      documents.push(parsed.data);
      id = parsed.data.doc;
    } else {
      const parsed = goldSentenceSchema.safeParse(record);
      if (!parsed.success) throw new GoldFormatError(`${where}: invalid gold sentence: ${describeIssues(parsed.error)}`);
      sentences.push(parsed.data);
      id = parsed.data.id;
    }

    // Coded events find their gold by this id; two gold records under one id would be ambiguous.
    const firstLine = firstLineOfId.get(id);
    if (firstLine !== undefined) {
      throw new GoldFormatError(`${where}: duplicate id "${id}" (first on line ${firstLine})`);
    }
    firstLineOfId.set(id, lineNumber);
  }

  if (format === null) throw new GoldFormatError(`${path}: the gold file has no records`);
  return format === 'documents' ? { format, path, documents } : { format, path, sentences };
}

export function loadGold(path: string): GoldSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GoldFormatError(`${path}: cannot read the gold file (${(error as Error).message})`);
  }
  return parseGold(text, path);
}

/**
 * What the coder must read to be scored against a sentences gold: each sentence as a document
 * whose id is the record's id. A documents gold scores articles the user passes in, so: none.
 */
export function goldInputs(gold: GoldSet): { id: string; text: string }[] {
  return gold.format === 'sentences' ? gold.sentences.map(({ id, text }) => ({ id, text })) : [];
}
