/**
 * A URL slug from any title: Vietnamese diacritics folded, `đ` → `d`,
 * lower case, words joined by hyphens. "Đồng Hới" → "dong-hoi".
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Text without tone marks and with `đ`/`Đ` as `d`/`D`, for slugs and unaccented search. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
