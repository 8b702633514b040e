// How deeply a page nests its elements, asked before the costly steps that cannot take deep
// pages: linkedom builds a DOM in time quadratic in its depth (100,000 nested <div>s, a 500 KB
// file, take seconds; a few MB of them, hours), and Readability's scoring is worse still (800
// levels take seconds). Real articles nest a few dozen levels; browsers themselves cap the
// parser's tree at 512 levels.
import { IngestError } from './item.js';

/** Pages estimated deeper than this are refused before they are parsed. */
export const MAX_HTML_DEPTH = 20_000;

/** Pages deeper than this (measured on the DOM) skip Readability for the plain body text. */
export const MAX_READABILITY_DEPTH = 300;

/** Void elements and those whose end tag may be left out: neither deepens the tree when not closed. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp',
  'colgroup', 'caption', 'html', 'head', 'body',
]);

// `[^<>]` rather than `[^>]`: a tag never closed ends at the next "<", so text full of "<a"
// without ">" is scanned once, not once per "<".
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;

/**
 * The deepest nesting the tags of `html` reach, counting open minus close tags of elements that
 * must be closed: an estimate from the text alone (tags inside scripts or comments count too),
 * which is all that can be had before parsing, and high only when the tree really is deep.
 */
export function estimateHtmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Throws IngestError naming `label` when the page nests too deeply to be read in good time. */
export function checkHtmlDepth(html: string, label: string): void {
  if (estimateHtmlDepth(html) > MAX_HTML_DEPTH) {
    throw new IngestError(`${label}: HTML elements nested more than ${MAX_HTML_DEPTH.toLocaleString('en-US')} levels deep; refused (too deep to read)`);
  }
}

interface TreeNode {
  childNodes: ArrayLike<TreeNode>;
}

/** The depth of a DOM tree, walked without recursion (a deep tree would overflow the stack). */
export function treeDepth(root: TreeNode): number {
  let deepest = 0;
  const stack: [TreeNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return deepest;
}
