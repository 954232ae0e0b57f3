/** The language switch leads a reader to the same page in the other language, never just to a home page. */
import { expect, test } from '@playwright/test';
import { pageTypeSamples, pagesOf, sections, site, sitePath } from './helpers.ts';

test('the demo has an item page of every section in every locale', () => {
  for (const locale of site.locales) {
    for (const section of sections) {
      expect.soft(pagesOf({ kind: 'item', locale, section }), `${section} items in ${locale}`).not.toHaveLength(0);
    }
  }
  expect(site.pages.filter((page) => page.kind === 'listing' && page.pageNumber === 2), 'a listing with a page 2').not.toHaveLength(0);
});

test('the Phong Nha destination switches between its Vietnamese and English pages', async ({ page }) => {
  await page.goto('/vi/diem-den/phong-nha-ke-bang/');
  await page.locator('[data-language-switch][hreflang="en"]').click();
  await page.waitForURL('**/en/destinations/phong-nha-ke-bang/');
  await expect(page.locator('h1')).toHaveText(/Phong Nha/);
  await page.locator('[data-language-switch][hreflang="vi"]').click();
  await page.waitForURL('**/vi/diem-den/phong-nha-ke-bang/');
});

for (const { name, page: start } of pageTypeSamples()) {
  for (const target of site.locales.filter((locale) => locale !== start.locale)) {
    test(`the language switch lands on the equivalent page: ${name} → ${target}`, async ({ page }) => {
      await page.goto(start.path);
      await page.locator(`[data-language-switch][hreflang="${target}"]`).click();
      await page.waitForURL((url) => url.pathname !== start.path);
      await expect(page.locator('html')).toHaveAttribute('lang', target);

      const landedPath = new URL(page.url()).pathname;
      const landed = site.byPath.get(landedPath);
      expect(landed, `${landedPath} is a page of the site`).toBeDefined();
      // The same kind of page: a listing's same page number, an item of the same section, never a home page instead.
      expect({ kind: landed!.kind, section: landed!.section, pageNumber: landed!.pageNumber, locale: landed!.locale }).toEqual({
        kind: start.kind,
        section: start.section,
        pageNumber: start.pageNumber,
        locale: target,
      });
      if (start.kind === 'not-found') return; // 404s have no alternates to compare: the other locale's 404 it is.

      // The same item: the page landed on names the start page as its version in the start locale or as its canonical,
      // or (from an untranslated page) the start page names it as the original.
      const { back, canonical } = await page.evaluate((locale) => ({
        back: document.querySelector(`link[rel="alternate"][hreflang="${locale}"]`)?.getAttribute('href'),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      }), start.locale!);
      const pointsBack = [sitePath(back), sitePath(canonical)].includes(start.path) || sitePath(start.canonical) === landedPath;
      expect(pointsBack, `${landedPath} lists ${start.path} under hreflang=${start.locale} (it lists ${back})`).toBe(true);
    });
  }
}
