/**
 * What a shared link of every page shows: Open Graph and Twitter card tags,
 * and a 1200×630 social image built beside the page. Reads dist/; needs no browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { distDir, isAbsolute, site, sitePath, tags, type SitePage } from './helpers.ts';

const is404 = (page: SitePage) => page.kind === 'not-found' || page.kind === 'site-404';
// Widgets are framed in partners' pages, not shared.
const shared = site.pages.filter((page) => !is404(page) && page.kind !== 'widget');

/** The `content` of a page's `<meta property>` or `<meta name>`, every one in order. */
const meta = (page: SitePage, key: string): string[] =>
  tags(page.html, 'meta').filter((tag) => tag.property === key || tag.name === key).map((tag) => tag.content);
const one = (page: SitePage, key: string) => meta(page, key)[0];

/** Format, width and height of an image file, as sharp reads them. */
async function imageSize(file: string) {
  const { format, width, height } = await sharp(file).metadata();
  return { format, width, height };
}

test('every page but the 404s has a title, its canonical URL and a large image card', () => {
  expect(shared.length).toBeGreaterThan(100);
  for (const page of shared) {
    expect.soft(one(page, 'og:title'), `${page.path} og:title`).toBeTruthy();
    expect.soft(one(page, 'og:description'), `${page.path} og:description`).toBeTruthy();
    expect.soft(one(page, 'og:url'), `${page.path} og:url is its canonical`).toBe(page.canonical);
    expect.soft(one(page, 'og:site_name'), `${page.path} og:site_name`).toBeTruthy();
    expect.soft(one(page, 'twitter:card'), `${page.path} twitter:card`).toBe('summary_large_image');
    expect.soft(one(page, 'twitter:title'), `${page.path} twitter:title`).toBe(one(page, 'og:title'));
    expect.soft(one(page, 'og:image:alt'), `${page.path} og:image:alt`).toBeTruthy();
  }
});

test('every shared image is an absolute URL of a 1200×630 JPEG built in dist/', async () => {
  const sizes = new Map<string, Awaited<ReturnType<typeof imageSize>> | undefined>();
  for (const page of shared) {
    const image = one(page, 'og:image') ?? '';
    expect.soft(isAbsolute(image), `${page.path} og:image ${image} is absolute`).toBe(true);
    expect.soft(one(page, 'twitter:image'), `${page.path} twitter:image`).toBe(image);
    const imagePath = sitePath(image);
    expect.soft(imagePath, `${page.path} og:image ${image} is on the site`).toBeDefined();
    if (!imagePath) continue;
    const file = path.join(distDir, imagePath);
    if (!sizes.has(file)) sizes.set(file, fs.existsSync(file) ? await imageSize(file) : undefined);
    expect.soft(sizes.get(file), `${page.path} og:image ${imagePath} is a 1200×630 JPEG in dist/`).toEqual({ format: 'jpeg', width: 1200, height: 630 });
    expect.soft([one(page, 'og:image:width'), one(page, 'og:image:height')], `${page.path} og:image size`).toEqual(['1200', '630']);
  }
});

test('a page in Vietnamese declares vi_VN, in English en_GB, and its real translations as alternates', () => {
  const locales: Record<string, string> = { vi: 'vi_VN', en: 'en_GB' };
  const pages = shared.filter((page) => page.locale && !page.fallback);
  expect(pages.some((page) => page.locale === 'vi') && pages.some((page) => page.locale === 'en')).toBe(true);
  for (const page of pages) {
    expect.soft(one(page, 'og:locale'), `${page.path} og:locale`).toBe(locales[page.locale!]);
    const translations = page.alternates.filter((link) => link.hreflang !== 'x-default' && link.hreflang !== page.locale).map((link) => locales[link.hreflang]);
    expect.soft(meta(page, 'og:locale:alternate'), `${page.path} og:locale:alternate`).toEqual(translations);
  }
});

test('an untranslated page is shared as its original: its URL and its language', () => {
  const fallbacks = shared.filter((page) => page.fallback);
  expect(fallbacks).not.toHaveLength(0);
  for (const page of fallbacks) {
    const original = site.byPath.get(sitePath(page.canonical) ?? '');
    expect.soft(one(page, 'og:url'), `${page.path} og:url`).toBe(page.canonical);
    expect.soft(one(page, 'og:locale'), `${page.path} og:locale`).toBe(original && one(original, 'og:locale'));
    expect.soft(one(page, 'og:title'), `${page.path} shows the original's title`).toBe(original && one(original, 'og:title'));
  }
});

test('items are articles with their publication date; other pages are websites', () => {
  for (const page of shared) {
    const article = page.kind === 'item';
    expect.soft(one(page, 'og:type'), `${page.path} og:type`).toBe(article ? 'article' : 'website');
    if (article) expect.soft(one(page, 'article:published_time'), `${page.path} article:published_time`).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
});

test('the 404 pages are not shared: no card tags', () => {
  const notFound = site.pages.filter(is404);
  expect(notFound).not.toHaveLength(0);
  for (const page of notFound) {
    expect.soft(tags(page.html, 'meta').filter((tag) => /^(og|twitter|article):/.test(tag.property ?? tag.name ?? '')), page.path).toEqual([]);
  }
});
