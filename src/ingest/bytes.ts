// Checks on raw bytes before they are treated as text: is it binary, is it UTF-8, and where
// exactly is the first bad byte (TextDecoder only says "invalid", so we find it ourselves to
// give the user an offset they can look at).
import { IngestError } from './item.js';

const BINARY_SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file is taken for binary; real text has almost none. */
const BINARY_CONTROL_SHARE = 0.1;

/** True for NUL bytes anywhere, or a high share of control bytes at the start. */
export function looksBinary(bytes: Uint8Array, checkControlShare = true): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  if (!checkControlShare) return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    // Tab, LF, FF, CR and ESC (ANSI colours in logs) are usual in text files.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) {
      controls++;
    }
  }
  return sample.length > 0 && controls / sample.length > BINARY_CONTROL_SHARE;
}

/** UTF-16 files are text but full of NUL bytes; recognise them by their BOM to say so. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

export interface Utf8Scan {
  /** Offset of the first byte of the first invalid sequence, or null when none was found. */
  invalidAt: number | null;
  /** Length of the prefix made only of complete, valid sequences (for streaming: a sequence
   * cut at the end of a chunk is not invalid yet, it continues in the next chunk). */
  completeUpTo: number;
}

/** Validates UTF-8 by the same rules as TextDecoder (no overlongs, surrogates or > U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const rule = utf8LeadRule(lead);
    if (rule === null) return { invalidAt: i, completeUpTo: i };
    const [continuation, low, high] = rule;
    for (let k = 1; k <= continuation; k++) {
      if (i + k >= length) return { invalidAt: null, completeUpTo: i };
      const byte = bytes[i + k]!;
      if (byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return { invalidAt: i, completeUpTo: i };
    }
    i += continuation + 1;
  }
  return { invalidAt: null, completeUpTo: length };
}

/** For a lead byte: how many continuation bytes follow, and the allowed range of the first one
 * (narrowed after E0, ED, F0 and F4 to exclude overlongs, surrogates and code points > U+10FFFF). */
function utf8LeadRule(lead: number): [continuation: number, low: number, high: number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf];
  if (lead === 0xed) return [2, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f];
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence (a sequence cut off at the end counts). */
export function findInvalidUtf8(bytes: Uint8Array): number | null {
  const scan = scanUtf8(bytes);
  if (scan.invalidAt !== null) return scan.invalidAt;
  return scan.completeUpTo < bytes.length ? scan.completeUpTo : null;
}

export function invalidUtf8Message(label: string, offset: number | null): string {
  return offset === null ? `${label} is not valid UTF-8` : `${label} is not valid UTF-8 (byte offset ${offset})`;
}

/**
 * Decodes a whole input as UTF-8 text after checking it is text at all. Throws IngestError
 * naming `label` for empty, UTF-16, binary or invalid UTF-8 input. A leading BOM is dropped.
 */
export function decodeTextBytes(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new IngestError(`${label} is empty`);
  if (hasUtf16Bom(bytes)) throw new IngestError(`${label} is UTF-16 text; save it as UTF-8`);
  if (looksBinary(bytes)) throw new IngestError(`${label} looks like a binary file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(invalidUtf8Message(label, findInvalidUtf8(bytes)));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
