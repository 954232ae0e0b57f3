import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import satori from 'satori';
import sharp from 'sharp';
import { renderSocialImage, socialFonts, socialLayout, type SocialCard } from '../../src/social/image.ts';
import { socialImageKey } from '../../src/social/cache.ts';

const photo = 'tests/fixtures/small-site/destinations/ho-guom/lake.jpg';
const card: SocialCard = { eyebrow: 'Điểm đến', title: 'Hồ Gươm', siteName: 'Thông tin đối ngoại', host: 'sen.example', photo };
const plain: SocialCard = { eyebrow: 'Ban biên tập', title: 'Thông tin đối ngoại', description: 'Thông tin chính thức.', siteName: 'Thông tin đối ngoại', host: 'sen.example' };

/** Every letter of Vietnamese, lower and upper case: each vowel with each tone mark, and đ. */
const vietnameseLetters = [...'aăâeêioôơuưy']
  .flatMap((vowel) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((tone) => (vowel + tone).normalize('NFC')))
  .concat('đ')
  .flatMap((letter) => [letter, letter.toUpperCase()])
  .join('');

/** The text that satori found no glyph for in the fonts given. */
async function missingGlyphs(text: string, fonts: ReturnType<typeof socialFonts>): Promise<string> {
  let missing = '';
  await satori(socialLayout({ ...plain, title: text }) as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts,
    loadAdditionalAsset: async (_code: string, segment: string) => {
      missing += segment;
      return [];
    },
  });
  return missing;
}

/** The largest difference of a colour channel between two images in a band of rows. */
async function largestDifference(a: Buffer, b: Buffer, top: number, height: number): Promise<number> {
  const band = (png: Buffer) => sharp(png).extract({ left: 0, top, width: 1200, height }).raw().toBuffer();
  const [x, y] = await Promise.all([band(a), band(b)]);
  return x.reduce((largest, value, index) => Math.max(largest, Math.abs(value - y[index])), 0);
}

describe('the social image', () => {
  it('is a 1200×630 JPEG, with or without a photo', async () => {
    for (const shown of [card, plain]) {
      const { format, width, height } = await sharp(await renderSocialImage(shown)).metadata();
      expect({ format, width, height }).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    }
  });

  it('is the same bytes for the same page, whether its title was typed precomposed or with combining marks', async () => {
    const first = await renderSocialImage(card);
    expect((await renderSocialImage(card)).equals(first)).toBe(true);
    const decomposed = { ...card, title: card.title.normalize('NFD') };
    expect(decomposed.title).not.toBe(card.title);
    expect((await renderSocialImage(decomposed)).equals(first)).toBe(true);
  });

  it('draws every Vietnamese letter from Be Vietnam Pro: no glyph is missing', async () => {
    expect(vietnameseLetters).toHaveLength(2 * (12 * 6 + 1));
    // The check sees missing glyphs: the latin subset alone lacks Vietnamese letters.
    const latinOnly = socialFonts().filter((font) => font.name.endsWith(' latin'));
    expect(latinOnly.length).toBeGreaterThan(0);
    expect(await missingGlyphs(vietnameseLetters, latinOnly)).toContain('ặ');
    // The fonts of the social image have them all.
    expect(await missingGlyphs(vietnameseLetters, socialFonts())).toBe('');
  });

  it('clamps a long title: the text never reaches the top of the image', async () => {
    const long = { ...plain, title: 'Thông cáo báo chí về Hội nghị xúc tiến đầu tư '.repeat(12) };
    const [short, clamped] = await Promise.all([renderSocialImage(plain), renderSocialImage(long)]);
    // Only the palette's rounding differs up there; white text on the dark blue would differ by far more.
    expect(await largestDifference(clamped, short, 0, 120)).toBeLessThan(24);
    expect(await largestDifference(clamped, short, 120, 400)).toBeGreaterThan(150);
  });
});

describe('the cache of social images', () => {
  let dir: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.doUnmock('../../src/social/image.ts');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keys an image by everything drawn on it', async () => {
    const key = await socialImageKey(card);
    expect(await socialImageKey({ ...card })).toBe(key);
    expect(await socialImageKey({ ...card, title: 'Hồ Tây' })).not.toBe(key);
    expect(await socialImageKey({ ...card, eyebrow: 'Destinations' })).not.toBe(key);
    expect(await socialImageKey({ ...card, photo: undefined })).not.toBe(key);
  });

  it('draws a card once when pages that share it (a listing’s pages) render at the same time', async () => {
    const cache = (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-social-')));
    vi.stubEnv('SEN_SOCIAL_CACHE_DIR', cache);
    vi.resetModules();
    const draw = vi.fn(renderSocialImage);
    vi.doMock('../../src/social/image.ts', async (original) => ({ ...(await original<typeof import('../../src/social/image.ts')>()), renderSocialImage: draw }));
    const { socialImageFile } = await import('../../src/social/cache.ts');
    const files = await Promise.all(Array.from({ length: 4 }, () => socialImageFile({ ...plain })));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(new Set(files)).toEqual(new Set([path.join(cache, `${await socialImageKey(plain)}.jpg`)]));
    expect(fs.readdirSync(cache)).toEqual([`${await socialImageKey(plain)}.jpg`]);
    // Kept: a later build finds it and draws nothing.
    await socialImageFile({ ...plain });
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
