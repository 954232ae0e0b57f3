/**
 * A translation made from an older version of its original tells its readers
 * so, in their language, and links to the original; an up-to-date translation
 * says nothing. Which is which comes from the translation report.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFrontMatter } from '../../src/content/frontmatter.ts';
import { translationReport, type TranslationEntry } from '../../src/content/translation-report.ts';
import { root, site } from './helpers.ts';

const uiStrings = (locale: string) => JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/translations', `${locale}.json`), 'utf8'));

// The report as of the day the tests build the demo (scripts/test.mjs).
const report = translationReport({
  contentDir: path.join(root, 'content'),
  root,
  locales: site.locales,
  defaultLocale: site.defaultLocale,
  now: new Date(process.env.SEN_BUILD_DATE ?? '2026-11-23T00:00:00+07:00'),
});

/** The URL path of a translation: its locale, its section's URL word, its slug or folder name. */
function pathOf(section: string, key: string, entry: TranslationEntry): string {
  const slug = (readFrontMatter(fs.readFileSync(path.join(root, entry.file), 'utf8'))?.data as { slug?: string }).slug ?? key;
  return section === 'pages' ? `/${entry.locale}/${slug}/` : `/${entry.locale}/${uiStrings(entry.locale).routes[section]}/${slug}/`;
}

const translations = report.sections.flatMap(({ section, items }) =>
  items.flatMap((item) =>
    item.translations.filter((entry) => entry.status !== 'missing').map((entry) => ({ ...entry, path: pathOf(section, item.key, entry), source: item.source })),
  ),
);
const outdated = translations.filter((entry) => entry.status === 'outdated');
const current = translations.filter((entry) => entry.status === 'current');
const withNotice = site.pages.filter((page) => page.html.includes('data-outdated-translation-notice')).map((page) => page.path);

test('the demo has a translation out of date and up-to-date ones', () => {
  expect(outdated.length).toBeGreaterThan(0);
  expect(current.length).toBeGreaterThan(0);
});

test('every out-of-date translation carries the notice, and no other page does', () => {
  expect(withNotice.sort()).toEqual(outdated.map((entry) => entry.path).sort());
});

for (const entry of outdated) {
  const originalPath = site.byPath.get(entry.path)?.alternates.find((link) => link.hreflang === entry.source.locale)?.href;

  test(`an out-of-date translation tells its readers in their language, with a link to the original: ${entry.path}`, async ({ page }) => {
    await page.goto(entry.path);
    const words = uiStrings(entry.locale).outdated;
    const notice = page.locator('[data-outdated-translation-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(words.notice.split('{{')[0].trim());
    expect(await notice.evaluate((element) => element.closest('[lang]')?.getAttribute('lang')), 'language of the notice').toBe(entry.locale);

    const link = notice.getByRole('link', { name: words.readOriginal });
    await expect(link).toHaveAttribute('hreflang', entry.source.locale);
    expect(originalPath, 'the page names its original among its alternates').toBeDefined();
    await expect(link).toHaveAttribute('href', new URL(originalPath!).pathname);
    await link.click();
    await page.waitForURL((url) => url.pathname === new URL(originalPath!).pathname);
    await expect(page.locator('html')).toHaveAttribute('lang', entry.source.locale);
    await expect(page.locator('[data-outdated-translation-notice]')).toHaveCount(0);
  });

  test(`axe finds no WCAG 2.2 AA violation in an out-of-date translation, on a wide screen or a phone: ${entry.path}`, async ({ page }) => {
    test.slow(); // axe runs twice: at both widths
    await page.goto(entry.path);
    const violations: string[] = [];
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `at ${viewport.width} px: ${violation.id}: ${violation.help}`));
    }
    expect(violations).toEqual([]);
  });
}

test('an up-to-date translation shows no notice about its original', async ({ page }) => {
  const entry = current.find((candidate) => candidate.file.includes('/news/'))!;
  await page.goto(entry.path);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-outdated-translation-notice]')).toHaveCount(0);
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
});
