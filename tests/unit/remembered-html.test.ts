import { describe, expect, it } from 'vitest';
import { rememberedHtml } from '../../src/components/remembered-html.ts';

describe('remembered markup', () => {
  it('is rendered once per key, however many pages ask at once', async () => {
    const content = {};
    let renders = 0;
    const render = async () => `<footer>${++renders}</footer>`;
    const pages = await Promise.all([1, 2, 3].map(() => rememberedHtml(content, 'footer vi', render)));
    expect(pages).toEqual(['<footer>1</footer>', '<footer>1</footer>', '<footer>1</footer>']);
    expect(await rememberedHtml(content, 'footer en', render)).toBe('<footer>2</footer>');
  });

  it('is rendered anew for new content, as after an edit in astro dev', async () => {
    let renders = 0;
    const render = async () => `<footer>${++renders}</footer>`;
    expect(await rememberedHtml({}, 'footer vi', render)).toBe('<footer>1</footer>');
    expect(await rememberedHtml({}, 'footer vi', render)).toBe('<footer>2</footer>');
  });
});
