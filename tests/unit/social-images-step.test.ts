import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { SocialCard } from '../../src/social/image.ts';

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-social-step-'));
vi.stubEnv('SEN_SOCIAL_CACHE_DIR', path.join(temp, 'cache'));
const { publishSocialCard } = await import('../../src/social/published.ts');
const { socialImages } = await import('../../src/integrations/social-images.ts');
const { socialImageFile } = await import('../../src/social/cache.ts');
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const plain: SocialCard = { eyebrow: 'Ban biên tập', title: 'Thông tin đối ngoại', description: 'Thông tin chính thức.', siteName: 'Thông tin đối ngoại', host: 'sen.example' };
const logger = { info: () => {} };
const buildDone = (dir: string) => (socialImages().hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });

describe('the social images step after the pages', () => {
  it('puts each registered page’s image beside it, the same bytes as the cache’s', async () => {
    const cards = { 'vi/': plain, 'vi/tin-tuc/': { ...plain, title: 'Tin tức' } };
    for (const [page, card] of Object.entries(cards)) publishSocialCard(`/${page}`, card);
    const dist = path.join(temp, 'dist');
    await buildDone(dist);
    expect(fs.readdirSync(path.join(temp, 'cache'))).toHaveLength(2);
    for (const [page, card] of Object.entries(cards)) {
      expect(fs.readFileSync(path.join(dist, page, 'social.jpg')).equals(fs.readFileSync(await socialImageFile(card)))).toBe(true);
    }
  });

  it('stops the build when an image cannot be drawn, naming the page', async () => {
    publishSocialCard('/vi/diem-den/khong-co-anh/', { ...plain, photo: path.join(temp, 'khong-co.jpg') });
    await expect(buildDone(path.join(temp, 'dist-2'))).rejects.toThrow(/^The social image of \/vi\/diem-den\/khong-co-anh\/ could not be drawn: ENOENT/);
  });
});
