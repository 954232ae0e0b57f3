import { describe, expect, it } from 'vitest';
import { fromIndexForm, toIndexForm } from '../../src/search/stroke.ts';

describe('the index form of đ', () => {
  it('writes đ and Đ as d and D with a combining stroke, which Pagefind folds like a tone mark', () => {
    expect(toIndexForm('Đồng Hới')).toBe('D\u0335ồng Hới');
    expect(toIndexForm('Đắk Glei, đầu')).toBe('D\u0335ắk Glei, d\u0335ầu');
    expect(toIndexForm('Đồng Hới').normalize('NFD').replace(/\p{Mn}/gu, '')).toBe('Dong Hoi');
  });

  it('treats decomposed input like composed input', () => {
    expect(toIndexForm('Đồng'.normalize('NFD'))).toBe(toIndexForm('Đồng'));
  });

  it('turns back into the text readers wrote, <mark> tags and all', () => {
    const excerpt = toIndexForm('Thành phố <mark>Đồng</mark> Hới, đô thị');
    expect(fromIndexForm(excerpt)).toBe('Thành phố <mark>Đồng</mark> Hới, đô thị');
  });

  it('leaves text without đ alone', () => {
    expect(toIndexForm('Ba Bể Lake')).toBe('Ba Bể Lake');
  });
});
