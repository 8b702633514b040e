// Names compare without diacritics, case or punctuation: "Tô Lâm" is "To Lam", and
// "Diaz-Canel" is "Diaz Canel" (DESIGN.md, "Names compare without diacritics").

// Letters that NFD does not split into base letter + combining mark, so stripping marks
// alone would leave them (Vietnamese "Đặng" would never equal "Dang").
const UNDECOMPOSABLE_LETTERS: Readonly<Record<string, string>> = {
  'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ı': 'i', 'þ': 'th', 'Þ': 'th',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join('')}]`, 'g');

/** NFD, diacritics stripped, lower case, hyphens and punctuation as spaces, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
