import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from '../../src/routing/slugs.ts';

describe('slugs made from Vietnamese', () => {
  it('fold tone marks and turn đ into d', () => {
    expect(slugify('Đồng Hới')).toBe('dong-hoi');
    expect(slugify('Đắk Glei')).toBe('dak-glei');
    expect(slugify('Phong Nha – Kẻ Bàng')).toBe('phong-nha-ke-bang');
    expect(slugify('Lễ hội Ok Om Bok 2026!')).toBe('le-hoi-ok-om-bok-2026');
  });

  it('fold text written in decomposed Unicode the same way', () => {
    expect(slugify('Ba Bể'.normalize('NFD'))).toBe('ba-be');
  });

  it('keep unaccented text as it is, in lower case', () => {
    expect(slugify('Ba Be Lake')).toBe('ba-be-lake');
    expect(foldVietnamese('Cửa khẩu Cha Lo')).toBe('Cua khau Cha Lo');
  });

  it('never start or end with a hyphen', () => {
    expect(slugify('  — Mẫu Sơn —  ')).toBe('mau-son');
  });
});
