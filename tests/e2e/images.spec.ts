/**
 * Content images are light and stable: AVIF and WebP with sizes, described
 * for those who cannot see them; the hero comes first, the rest when needed.
 * Checks the markup of every page of dist/, parsed by the browser, and shows one hero for real.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageGroups, pagesOf, site, type SitePage } from './helpers.ts';

interface Image {
  page: string;
  /** Where it sits: the item's hero, a card, a figure of the text, a video poster. */
  place: 'hero' | 'card' | 'figure' | 'video' | 'other';
  /** An SVG (a logo in the media kit): a vector needs no AVIF or WebP rendition. */
  vector: boolean;
  tag: string;
  sources: string[];
  width: string | null;
  height: string | null;
  alt: string | null;
  loading: string | null;
  fetchpriority: string | null;
}

/** Every <img> of the given pages, as the browser parses their HTML. */
async function imagesOf(page: Page, pages: SitePage[]): Promise<Image[]> {
  return page.evaluate((documents) => documents.flatMap(({ path, html }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return [...doc.querySelectorAll('img')].map((img) => {
      const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
      const place = img.closest('.hero') ? 'hero' : img.closest('.card') ? 'card' : img.closest('.figure') ? 'figure' : img.closest('.video') ? 'video' : 'other';
      return {
        page: path,
        place: place as Image['place'],
        vector: /\.svg(?:[?#]|$)/i.test(img.getAttribute('src') ?? ''),
        tag: img.outerHTML.replace(/\s(srcset|sizes)="[^"]*"/g, '').slice(0, 160),
        sources: picture ? [...picture.querySelectorAll('source')].map((source) => source.type) : [],
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        alt: img.getAttribute('alt'),
        loading: img.getAttribute('loading'),
        fetchpriority: img.getAttribute('fetchpriority'),
      };
    });
  }), pages.map(({ path, html }) => ({ path, html })));
}

test('the demo shows hero, card and figure images', async ({ page }) => {
  const places = new Set((await imagesOf(page, site.pages)).map((image) => image.place));
  for (const place of ['hero', 'card', 'figure']) expect.soft([...places], `some ${place} image`).toContain(place);
});

for (const [group, pages] of pageGroups()) {
  test(`raster content images are <picture>s with AVIF and WebP, and every image is sized and described: ${group}`, async ({ page }) => {
    for (const image of await imagesOf(page, pages)) {
      const where = `${image.page}: ${image.tag}`;
      if (!image.vector) expect.soft(image.sources, `${where} is in a <picture> with AVIF and WebP sources`).toEqual(expect.arrayContaining(['image/avif', 'image/webp']));
      expect.soft(Number(image.width) > 0 && Number(image.height) > 0, `${where} has width and height`).toBe(true);
      // A video's poster is decorative: the play button next to it names the video.
      if (image.place === 'video') expect.soft(image.alt, `${where} has alt`).not.toBeNull();
      else expect.soft(image.alt?.trim(), `${where} has a text alternative`).toBeTruthy();
    }
  });

  test(`only an item's hero image or a page's first card is fetched early; all others load lazily: ${group}`, async ({ page }) => {
    const images = await imagesOf(page, pages);
    // A home or listing page has no hero: its first card is what a phone shows first.
    const firstCards = new Set(pages.filter((sample) => sample.kind === 'home' || sample.kind === 'listing').map((sample) => images.find((image) => image.page === sample.path && image.place === 'card')));
    for (const image of images) {
      const where = `${image.page}: ${image.tag}`;
      if (image.place === 'hero' || firstCards.has(image)) {
        expect.soft(image.fetchpriority, `${where} is fetched with high priority`).toBe('high');
        expect.soft(image.loading, `${where} is not lazy`).not.toBe('lazy');
      } else {
        expect.soft(image.loading, `${where} is lazy`).toBe('lazy');
        expect.soft(image.fetchpriority, `${where} does not jump the queue`).not.toBe('high');
      }
    }
  });
}

test('the browser shows an item page hero as AVIF from the site', async ({ page, baseURL }) => {
  const item = pagesOf({ kind: 'item', locale: site.defaultLocale }).find((candidate) => /class="hero"/.test(candidate.html));
  expect(item, 'an item page with a hero image').toBeDefined();
  await page.goto(item!.path);
  const hero = page.locator('.hero img');
  await expect(hero).toBeVisible();
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const src = await hero.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(src.startsWith(baseURL!) && src.endsWith('.avif'), `hero shown from ${src}`).toBe(true);
});
