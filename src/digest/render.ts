// One entry point for every output of a digest: pure, so the CLI and the HTTP API render alike.
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import type { Digest, DigestFormat } from './types.js';

export function renderDigest(digest: Digest, format: DigestFormat = 'markdown'): string {
  return format === 'text' ? renderText(digest) : renderMarkdown(digest);
}
