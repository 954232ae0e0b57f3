/**
 * Pagefind folds tone marks but not `đ`, a letter of its own. Sen indexes and
 * queries `đ` as `d` plus a combining stroke (U+0335), which Pagefind folds
 * away like any other mark: "dong hoi" then finds "Đồng Hới", while "Đồng Hới"
 * still matches its exact form first. Readers never see the stroke form.
 */
const STROKE = '\u0335';

/** Text as the search index holds it: `đ`/`Đ` written as `d`/`D` with a combining stroke. */
export function toIndexForm(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Text as readers write it again: the stroke form turned back into `đ`/`Đ`. */
export function fromIndexForm(text: string): string {
  return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}
