// Web page bodies: read under the size limit (a server may lie about or omit Content-Length,
// so the bytes are counted as they arrive), then decoded as text in the page's own charset.
import { Buffer } from 'node:buffer';
import { decodeTextBytes } from './bytes.js';
import { FetchFailure } from './fetch-errors.js';
import { formatMegabytes } from './file-checks.js';
import { IngestError } from './item.js';

/** Reads the whole body, refusing (without reading on) anything above `maxBytes`. */
export async function readLimitedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  // A declared length over the limit is refused before a byte is read. (Compressed bodies
  // declare their compressed size, which only makes this check more lenient.)
  const declared = Number(response.headers.get('content-length') ?? '');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): FetchFailure {
  return new FetchFailure(`larger than the limit of ${formatMegabytes(maxBytes)} MB; raise --max-mb`, false);
}

/** How far into a body we look for a charset declaration (HTML says within 1024 bytes). */
const CHARSET_SNIFF_BYTES = 1024;

/**
 * The body as text. The charset comes from Content-Type, else from the page itself
 * (`<meta charset>`, `<meta http-equiv … charset=>`, `<?xml encoding=?>`), else UTF-8.
 * UTF-8 gets the same strict checks as files; other charsets are decoded by TextDecoder.
 * Throws IngestError starting with `label` for empty, binary or undecodable bodies.
 */
export function decodePageText(body: Uint8Array, charset: string | null, label: string): string {
  const declared = charset ?? sniffCharset(body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    throw new IngestError(`${label}: unsupported character set "${declared}"`);
  }
  if (decoder.encoding === 'utf-8') return decodeTextBytes(body, label);
  if (body.length === 0) throw new IngestError(`${label} is empty`);
  const decoded = decoder.decode(body);
  const text = decoder.encoding === 'windows-1252' ? fixWindows1252(decoded) : decoded;
  // Single-byte charsets decode anything; NUL characters are what gives binary data away.
  if (text.includes('\u0000')) throw new IngestError(`${label} looks like a binary file`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function sniffCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, CHARSET_SNIFF_BYTES)).toString('latin1');
  const match =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head) ??
    /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** What windows-1252 puts at 0x80–0x9F (the WHATWG table; the five unassigned bytes map to
 * themselves). Pages labelled ISO-8859-1 are decoded as windows-1252, as browsers do. */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder decodes windows-1252 as ISO-8859-1, turning curly quotes and dashes
 * into invisible C1 controls (which normalisation then deletes). Map them to what the bytes
 * mean; once Node is fixed there is nothing left to map and this does nothing.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
