// The digest's Markdown as React elements: the few constructs src/digest/render-markdown.ts
// writes (# and ## headings, paragraphs, "- " lists, **bold**, *italic*, [links](http…) and
// backslash escapes), and nothing else. Every piece of text becomes a text node, so names and
// titles from articles can never become markup; a link goes only to an http(s) address.
import type { ReactNode } from 'react';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] };

/** Lines → blocks: a heading is one line, a list runs over its "- " lines, a paragraph to a blank line. */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (list) blocks.push({ kind: 'list', items: list });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    } else if (item) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(item[1]!);
    } else if (list && /^\s+/.test(line)) {
      // A continuation line of the last item.
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

const ESCAPABLE = /[\\`*_[\]()<>#+\-.!{}|~]/;

/** The index of the next unescaped `marker` at or after `from`, or -1. */
function findUnescaped(text: string, marker: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

/** The `)` that closes the `(` at `open`; balanced parentheses inside are part of the address. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The `]` that closes the `[` at `open`, counting nested brackets, skipping escapes; or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Only web addresses become links: never javascript:, data: or anything else. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Inline Markdown → React nodes (text nodes, strong, em, a). */
export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const nodes: ReactNode[] = [];
  let plain = '';
  const pushPlain = (): void => {
    if (plain) nodes.push(plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const key = `${keyPrefix}-${i}`;
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (text.startsWith('**', i)) {
      const end = findUnescaped(text, '**', i + 2);
      if (end > i + 2) {
        pushPlain();
        nodes.push(<strong key={key}>{renderInline(text.slice(i + 2, end), key)}</strong>);
        i = end + 2;
        continue;
      }
    } else if (c === '*' || (c === '_' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ''))) {
      const end = findUnescaped(text, c, i + 1);
      if (end > i + 1 && (c === '*' || !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) {
        pushPlain();
        nodes.push(<em key={key}>{renderInline(text.slice(i + 1, end), key)}</em>);
        i = end + 1;
        continue;
      }
    } else if (c === '[') {
      const close = closingBracket(text, i);
      if (close > i && text[close + 1] === '(') {
        const end = closingParen(text, close + 1);
        if (end > close + 1) {
          const label = renderInline(text.slice(i + 1, close), key);
          const href = safeHref(text.slice(close + 2, end).trim());
          pushPlain();
          nodes.push(href ? <a key={key} href={href} target="_blank" rel="noopener noreferrer">{label}</a> : <span key={key}>{label}</span>);
          i = end + 1;
          continue;
        }
      }
    }
    plain += c;
    i++;
  }
  pushPlain();
  return nodes;
}

export function MarkdownView({ markdown }: { markdown: string }) {
  return (
    <>
      {parseBlocks(markdown).map((block, index) => {
        const key = `b${index}`;
        if (block.kind === 'heading') {
          // The page's own h1 is the view's title: the brief's headings sit one level below.
          const level = Math.min(6, block.level + 1);
          const Heading = `h${level}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
          return <Heading key={key}>{renderInline(block.text, key)}</Heading>;
        }
        if (block.kind === 'list') {
          return <ul key={key}>{block.items.map((item, n) => <li key={n}>{renderInline(item, `${key}-${n}`)}</li>)}</ul>;
        }
        return <p key={key}>{renderInline(block.text, key)}</p>;
      })}
    </>
  );
}
