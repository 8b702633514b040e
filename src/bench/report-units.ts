// How the report writes its numbers, shared by every section's lines.
export const integer = (n: number): string => Math.round(n).toLocaleString('en-US');
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const seconds = (s: number): string => `${s.toFixed(2)} s`;
/** One decimal: query times of a few milliseconds would all round to the same integer. */
export const milliseconds = (ms: number): string => `${ms.toFixed(1)} ms`;
/** One labelled line of a section, its label in a column of its own. */
export const line = (label: string, text: string): string => `  ${label.padEnd(15)}${text}`;
