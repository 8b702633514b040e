// Per-string results worked out once: news repeats its words, names and roles endlessly.

/**
 * `compute` memoised by its string argument. Bounded: vocabularies are large but not endless,
 * and a full table simply starts again rather than growing with the corpus.
 */
export function memoiseByString<T>(compute: (text: string) => T, limit: number): (text: string) => T {
  const table = new Map<string, T>();
  return (text) => {
    let value = table.get(text);
    if (value === undefined) {
      value = compute(text);
      if (table.size > limit) table.clear();
      table.set(text, value);
    }
    return value;
  };
}
