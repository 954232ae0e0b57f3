/** The site fits a small phone, sets Vietnamese in its own font, serves keyboard users and prints cleanly. */
import { expect, test } from '@playwright/test';
import { pageGroups, pageTypeSamples, pagesOf, site } from './helpers.ts';

const localePages = pageTypeSamples();

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const [group, pages] of pageGroups()) {
    test(`no page scrolls sideways: ${group}`, async ({ page }) => {
      test.setTimeout(30_000 + pages.length * 3_000);
      for (const { path } of pages) {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const { scrollWidth, clientWidth, culprit } = await page.evaluate(() => {
          const { scrollWidth, clientWidth } = document.documentElement;
          // The first element that sticks out and is not inside a scroll container, for the failure message.
          const clipped = (element: Element) => {
            for (let parent = element.parentElement; parent; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== 'visible') return true;
            return false;
          };
          const culprit = [...document.body.querySelectorAll('*')].find((element) => element.getBoundingClientRect().right > clientWidth + 0.5 && !clipped(element));
          return { scrollWidth, clientWidth, culprit: culprit && `${culprit.tagName.toLowerCase()}.${[...culprit.classList].join('.')} (right edge at ${Math.round(culprit.getBoundingClientRect().right)} px)` };
        });
        expect.soft(scrollWidth, `${path} is ${scrollWidth} px wide; first to stick out: ${culprit}`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});

// Vietnamese headings with stacked diacritics (Ặ ẫ ỵ: U+1EA0–U+1EF9), from the home page and an item.
const stacked = /[\u1EA0-\u1EF9]/;
const vietnamese = [
  pagesOf({ kind: 'home', locale: site.defaultLocale })[0],
  pagesOf({ kind: 'item', locale: site.defaultLocale }).find((page) => stacked.test(page.h1 ?? '')),
].filter((page) => page !== undefined);

test('the samples include Vietnamese headings with stacked diacritics', () => {
  expect(vietnamese.map((page) => page.h1).filter((h1) => stacked.test(h1 ?? ''))).toHaveLength(2);
});

for (const sample of vietnamese) {
  test(`Vietnamese text is set in Be Vietnam Pro, loaded from the site: ${sample.path}`, async ({ page }) => {
    await page.goto(sample.path);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => ({
      check: document.fonts.check('700 16px "Be Vietnam Pro"', 'Ặẫỵ'),
      h1: getComputedStyle(document.querySelector('h1')!).fontFamily,
      loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/["']/g, '')} ${face.weight}`),
    }));
    expect(fonts.h1).toMatch(/^["']?Be Vietnam Pro\b/);
    expect(fonts.check).toBe(true);
    expect(fonts.loaded).toContain('Be Vietnam Pro 700');

    // What Chromium actually drew the heading with: the web font, with no glyph from a system fallback.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts: drawn } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(drawn.map((font) => `${font.familyName}${font.isCustomFont ? ' (web font)' : ''}`)).toEqual(['Be Vietnam Pro (web font)']);
  });
}

for (const { name, page: sample } of localePages) {
  test(`a keyboard user's first Tab reaches a visible skip link to the content: ${name}`, async ({ page }) => {
    await page.goto(sample.path);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('href', '#main');
    await expect(focused).toBeInViewport();
    expect(await focused.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
}

for (const { name, page: sample } of localePages) {
  test(`a printed page shows the content without the navigation: ${name}`, async ({ page }) => {
    await page.goto(sample.path);
    await page.emulateMedia({ media: 'print' });
    const navigation = await page.locator('body > header nav').all();
    expect(navigation.length, 'navigation in the page header').toBeGreaterThan(0);
    for (const nav of navigation) await expect(nav).toBeHidden();
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('main h1')).toBeVisible();
  });
}
