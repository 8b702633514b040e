// Text made safe for XML 1.0: the five markup characters escaped, and characters XML 1.0
// cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, since
// no escape makes them legal and one of them in an article would make the file unreadable.

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escaped for element content and for attribute values (quotes included). */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
