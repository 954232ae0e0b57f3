/** An item not yet translated shows its original, says so in the reader's language, and stays out of search indexes. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { root, site, sitePath } from './helpers.ts';

const fallbacks = site.pages.filter((page) => page.fallback);
const noticeText = (locale: string): { notice: string; readOriginal: string } =>
  JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/translations', `${locale}.json`), 'utf8')).fallback;

test('the demo has an untranslated item', () => {
  expect(fallbacks.length).toBeGreaterThan(0);
});

for (const fallback of fallbacks) {
  const originalPath = sitePath(fallback.canonical)!;

  test(`an untranslated page says so in its reader's language and links to the original: ${fallback.path}`, async ({ page }) => {
    await page.goto(fallback.path);
    const langOf = (selector: string) => page.locator(selector).first().evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
    const notice = page.locator('[data-fallback-notice]');
    await expect(notice).toBeVisible();
    // Written in the page's language (the sentence up to the name of the original's language)…
    const words = noticeText(fallback.locale!);
    await expect(notice).toContainText(words.notice.split('{{')[0].trim());
    expect(await langOf('[data-fallback-notice]'), 'language of the notice').toBe(fallback.locale);
    // …while the untranslated text is marked as the original's language, for screen readers and hyphenation.
    const original = site.byPath.get(originalPath);
    expect(original, `the canonical ${fallback.canonical} is a page of the site`).toBeDefined();
    expect(await langOf('main h1'), 'language of the title').toBe(original!.locale);

    const link = notice.getByRole('link', { name: words.readOriginal });
    await expect(link).toHaveAttribute('href', originalPath);
    await link.click();
    await page.waitForURL((url) => url.pathname === originalPath);
    await expect(page.locator('html')).toHaveAttribute('lang', original!.locale!);
    await expect(page.locator('h1')).toHaveText(fallback.h1!);
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
  });

  test(`an untranslated page is not indexed and points search engines to the original: ${fallback.path}`, async ({ page }) => {
    await page.goto(fallback.path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /\bnoindex\b/);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(sitePath(canonical)).toBe(originalPath);
  });

  test(`the original of an untranslated page is indexable: ${originalPath}`, async ({ page }) => {
    await page.goto(originalPath);
    await expect(page.locator('meta[name="robots"][content*="noindex"]')).toHaveCount(0);
    expect(sitePath(await page.locator('link[rel="canonical"]').getAttribute('href'))).toBe(originalPath);
  });
}
