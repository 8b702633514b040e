import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/eval/fold.js';

describe('foldName', () => {
  it('drops diacritics and case', () => {
    expect(foldName('Tô Lâm')).toBe('to lam');
    expect(foldName('TO LAM')).toBe('to lam');
  });

  it('folds letters that NFD does not decompose', () => {
    expect(foldName('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldName('Søren Łukasz')).toBe('soren lukasz');
  });

  it('turns hyphens and punctuation into single spaces', () => {
    expect(foldName('  Ana-Lúcia   Ribeiro-Dias ')).toBe('ana lucia ribeiro dias');
    expect(foldName("Seán O'Ceallaigh, Jr.")).toBe('sean o ceallaigh jr');
  });
});
