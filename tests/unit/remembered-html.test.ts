import { describe, expect, it } from 'vitest';
import { rememberedHtml } from '../../src/components/remembered-html.ts';

describe('remembered markup', () => {
  it('is rendered once per key, however many pages ask at once', async () => {
    let renders = 0;
    const render = async () => `<picture>${++renders}</picture>`;
    const pages = await Promise.all([1, 2, 3].map(() => rememberedHtml('test: ba-be.jpg', render)));
    expect(pages).toEqual(['<picture>1</picture>', '<picture>1</picture>', '<picture>1</picture>']);
    expect(await rememberedHtml('test: dong-hoi.jpg', render)).toBe('<picture>2</picture>');
  });
});
