// The event page's highlighting: evidence spans and actor marks from the API's offsets, the
// window shown of a long article, which URLs become links; and its category list is PLOVER's.
import { describe, expect, it } from 'vitest';
import { PLOVER_CATEGORIES as LEDGER_CATEGORIES } from '../../src/ledger/corrections.js';
import type { StoredEvent } from '../../src/web/api.js';
import { PLOVER_CATEGORIES } from '../../src/web/views/event/Corrections.js';
import { evidenceSpans, excerptWindow, LONG_ARTICLE, pieces, safeHref } from '../../src/web/views/event/highlight.js';

const event = (id: number, text: string, whole: string, source: string, target: string | null): StoredEvent => {
  const start = whole.indexOf(text);
  return {
    id, evidence: { text, start, end: start + text.length },
    source: { text: source, name: source, country: null, sector: null, role: null },
    target: target === null ? null : { text: target, name: target, country: null, sector: null, role: null },
  } as StoredEvent;
};

describe('evidence spans', () => {
  const text = 'Title <b>\n\nNorway condemned Russia <script>x</script>. Sweden praised Finland.';
  const first = event(1, 'Norway condemned Russia <script>x</script>.', text, 'Norway', 'Russia');
  const second = event(2, 'Sweden praised Finland.', text, 'Sweden', 'Finland');

  it('slices the text at the offsets, with the actors inside their sentence', () => {
    const spans = evidenceSpans(text, [second, first]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([first.evidence.text, second.evidence.text]);
    expect(spans[0]!.actors.map((a) => [text.slice(a.start, a.end), a.role])).toEqual([['Norway', 'source'], ['Russia', 'target']]);
    const cut = pieces(spans, 0, text.length);
    expect(cut.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : `[${text.slice(p.span.start, p.span.end)}]`)).join(''))
      .toBe(`Title <b>\n\n[${first.evidence.text}] [${second.evidence.text}]`);
  });

  it('shares a sentence between events, clamps bad offsets and skips actors not in the sentence', () => {
    const same = { ...event(3, first.evidence.text, text, 'the minister', null) };
    const spans = evidenceSpans(text, [first, same, { ...second, evidence: { text: '', start: text.length - 5, end: text.length + 50 } }]);
    expect(spans[0]!.eventIds).toEqual([1, 3]);
    expect(spans[0]!.actors).toHaveLength(2);
    expect(spans[1]!.end).toBe(text.length);
  });

  it('shows a window of a long article around its marks', () => {
    const long = `${'filler sentence. '.repeat(5000)}\nNorway condemned Russia.\n${'more filler. '.repeat(5000)}`;
    expect(long.length).toBeGreaterThan(LONG_ARTICLE);
    const spans = evidenceSpans(long, [event(1, 'Norway condemned Russia.', long, 'Norway', 'Russia')]);
    const shown = excerptWindow(long, spans);
    expect(shown.from).toBeGreaterThan(0);
    expect(shown.to).toBeLessThan(long.length);
    expect(long.slice(shown.from, shown.to)).toContain('Norway condemned Russia.');
    expect(excerptWindow('short', [])).toEqual({ from: 0, to: 5 });
  });
});

describe('links and categories', () => {
  it('links only http and https addresses', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>1</script>')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
  });

  it('offers the ledger\'s sixteen PLOVER categories', () => {
    expect([...PLOVER_CATEGORIES]).toEqual([...LEDGER_CATEGORIES]);
  });
});
