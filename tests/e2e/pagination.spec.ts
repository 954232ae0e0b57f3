/** A long listing is split into pages linked next and previous, and together they show every item once. */
import { expect, test } from '@playwright/test';
import { listedSections, pagesOf, site } from './helpers.ts';

const listings = site.locales.flatMap((locale) =>
  listedSections
    .map((section) => ({ locale, section, pages: pagesOf({ kind: 'listing', locale, section }).sort((a, b) => a.pageNumber! - b.pageNumber!) }))
    .filter(({ pages }) => pages.length > 0),
);
const paginated = listings.filter(({ pages }) => pages.length > 1);

test('news, with more items than fit a page, is paginated in every locale', () => {
  expect(paginated.filter(({ section }) => section === 'news').map(({ locale }) => locale)).toEqual(site.locales);
});

for (const { locale, section, pages } of paginated) {
  test(`page 1 links to page 2 with rel=next and page 2 back with rel=prev: ${section} (${locale})`, async ({ page }) => {
    const [first, second] = pages.map((listing) => listing.path);
    await page.goto(first);
    await expect(page.locator('a[rel~="prev"]')).toHaveCount(0);
    await page.locator('a[rel~="next"]').click();
    await page.waitForURL((url) => url.pathname === second);
    await page.locator('a[rel~="prev"]').click();
    await page.waitForURL((url) => url.pathname === first);
  });
}

for (const { locale, section, pages } of listings) {
  test(`following rel=next shows every item exactly once: ${section} (${locale})`, async ({ page }) => {
    const items = pagesOf({ kind: 'item', locale, section }).map((item) => item.path).sort();
    expect(items.length).toBeGreaterThan(0);
    const visited: string[] = [];
    const listed: string[] = [];
    await page.goto(pages[0].path);
    while (visited.length <= pages.length) {
      const here = new URL(page.url()).pathname;
      visited.push(here);
      // The listing's cards, not other navigation on the page (the destinations map links every destination).
      const links = await page.locator('main .cards a[href]').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      // A card may link its item twice (picture and title): count each item once per page.
      listed.push(...new Set(links.filter((path) => items.includes(path))));
      const next = page.locator('a[rel~="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL((url) => url.pathname !== here);
    }
    expect(visited, 'the pages, in order, each once').toEqual(pages.map((listing) => listing.path));
    expect(listed.sort(), 'the items listed').toEqual(items);
  });
}
