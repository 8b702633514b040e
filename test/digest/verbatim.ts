// Checks that a digest is written in its own words: no sentence of an article, and no run of
// eight words of one, appears in it.

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** The first run of `n` consecutive words of `source` found in `output`, or null. */
export function sharedRun(source: string, output: string, n = 8): string | null {
  const out = ` ${words(output).join(' ')} `;
  const src = words(source);
  for (let i = 0; i + n <= src.length; i += 1) {
    const run = src.slice(i, i + n).join(' ');
    if (out.includes(` ${run} `)) return run;
  }
  return null;
}
