// The digest view's Markdown renderer: the constructs src/digest/render-markdown.ts writes
// become elements, everything else stays text, and only http(s) addresses become links.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/digest/render-markdown.js';
import type { Digest } from '../../src/digest/types.js';
import { MarkdownView, parseBlocks, safeHref } from '../../src/web/views/digest/markdown.js';

const html = (markdown: string): string => renderToStaticMarkup(createElement(MarkdownView, { markdown }));

describe('the digest Markdown renderer', () => {
  it('reads headings, paragraphs and lists', () => {
    expect(parseBlocks('# Title\n\nA summary\non two lines.\n\n## Finland\n\n- **A** did x [1].\n- **B** did y [2].\n')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'A summary on two lines.' },
      { kind: 'heading', level: 2, text: 'Finland' },
      { kind: 'list', items: ['**A** did x [1].', '**B** did y [2].'] },
    ]);
  });

  it('renders bold, italics, escapes, citations and links, one heading level down', () => {
    expect(html('# Digest\n\n*Partial.*\n\n- **President Alexander Stubb** held talks with Alar Karis [1].\n- [1] [Nordic \\[visit\\]](https://news.example/a_b), 4 March 2026'))
      .toBe('<h2>Digest</h2><p><em>Partial.</em></p><ul><li><strong>President Alexander Stubb</strong> held talks with Alar Karis [1].</li>'
        + '<li>[1] <a href="https://news.example/a_b" target="_blank" rel="noopener noreferrer">Nordic [visit]</a>, 4 March 2026</li></ul>');
  });

  it('keeps markup from articles as text, and links only to the web', () => {
    const out = html('- **<img src=x onerror=alert(1)>** met <script>alert(2)</script> [x](javascript:alert(3)) [y](data:text/html,hi)');
    expect(out).not.toMatch(/<img|<script|href="javascript|href="data/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('<span>x</span>');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://example.org/x')).toBe('https://example.org/x');
  });

  it('shows what render-markdown.ts writes, escapes undone', () => {
    const digest: Digest = {
      title: 'Digest: events towards *Ruritania*', summary: 'Leaders of [Graustark] acted_on Ruritania.', filter: {},
      countries: [{ code: 'GRA', name: 'Graustark', firstDate: '2026-03-04', actors: [{
        actorId: 1, name: 'Yetive <b>', role: 'Princess', label: 'Princess Yetive <b>', person: true,
        items: [{ clusterId: null, eventIds: [1], plover: 'CONSULT', cameo: '040', target: 'Ruritania', channel: null, date: '2026-03-04', text: 'met Ruritania_ on 4 March 2026', verb: 'met', sources: [1] }],
      }] }],
      sources: [{ number: 1, documentId: 1, doc: 'a', title: 'Talks (part 1)', url: 'https://news.example/talks (1)', outlet: null, published: '2026-03-04' }],
      eventCount: 1, itemCount: 1, truncated: true,
    };
    const out = html(renderMarkdown(digest));
    expect(out).toContain('<h2>Digest: events towards *Ruritania*</h2>');
    expect(out).toContain('<p>Leaders of [Graustark] acted_on Ruritania.</p>');
    expect(out).toContain('<strong>Princess Yetive &lt;b&gt;</strong> met Ruritania_ on 4 March 2026 [1].');
    expect(out).toContain('<em>Only the first 1 matching events were read: this digest is partial.</em>');
    // render-markdown.ts percent-encodes parentheses in addresses; the link keeps them so.
    expect(out).toContain('<a href="https://news.example/talks%20%281%29" target="_blank" rel="noopener noreferrer">Talks (part 1)</a>, 4 March 2026');
  });
});
