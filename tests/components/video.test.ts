import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Video from '../../src/components/mdx/Video.astro';

describe('the Video embed', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Video, {
    props: { youtube: 'abcdefghijk', title: 'Lễ hội Ok Om Bok' },
    locals: { content: { file: 'content/culture/ok-om-bok/vi.mdx', locale: 'vi' } },
  });

  it('loads nothing from YouTube until the reader presses play', () => {
    expect(html).not.toMatch(/<iframe/);
    expect(html).not.toMatch(/\bsrc="https?:\/\/(?!127\.0\.0\.1)/);
    expect(html).toContain('data-video-play');
  });

  it('says, in the reader’s language, that playing connects to YouTube, and links to the video', () => {
    expect(html).toContain('Khi bấm phát, trình duyệt sẽ kết nối đến máy chủ của YouTube');
    expect(html).toContain('href="https://www.youtube.com/watch?v=abcdefghijk"');
  });

  it('refuses an id that is not a YouTube video id, naming the file', async () => {
    await expect(
      container.renderToString(Video, { props: { youtube: 'https://youtu.be/x', title: 'x' }, locals: { content: { file: 'content/news/x/vi.mdx', locale: 'vi' } } }),
    ).rejects.toThrow(/content\/news\/x\/vi\.mdx: <Video youtube="https:\/\/youtu.be\/x">/);
  });
});
