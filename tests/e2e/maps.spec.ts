/**
 * Maps and destination pages, for tourists: every map of the built site shows
 * both archipelagos with their names and the East Sea, inside the map; a
 * destination page states its practical facts and links its nearest
 * destinations; the pages with maps pass axe on a phone and a wide screen;
 * a gallery does not fetch images larger than it shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { decode, pagesOf, root, site } from './helpers.ts';

/** The official names every map writes, per language (BRIEF.md: official English terms). */
const officialNames: Record<string, { hoangSa: string; truongSa: string; eastSea: string; inDescription: string[] }> = {
  vi: { hoangSa: 'Quần đảo Hoàng Sa', truongSa: 'Quần đảo Trường Sa', eastSea: 'Biển Đông', inDescription: ['Hoàng Sa', 'Trường Sa', 'Biển Đông'] },
  en: { hoangSa: 'Hoang Sa (Paracel) archipelago', truongSa: 'Truong Sa (Spratly) archipelago', eastSea: 'East Sea', inDescription: ['Hoang Sa', 'Truong Sa', 'East Sea'] },
};
const factLabels: Record<string, Record<string, string>> = {
  vi: { gettingThere: 'Cách đến', bestSeason: 'Thời điểm đẹp nhất', openingHours: 'Giờ mở cửa', fees: 'Phí tham quan' },
  en: { gettingThere: 'Getting there', bestSeason: 'Best time to visit', openingHours: 'Opening hours', fees: 'Fees' },
};

/** The front matter of each item of a section in each locale, by the path of its page. */
function frontMatterByPath(section: 'destinations' | 'localities'): Map<string, Record<string, unknown>> {
  const dir = path.join(root, 'content', section);
  const byPath = new Map<string, Record<string, unknown>>();
  for (const key of fs.readdirSync(dir)) {
    for (const locale of site.locales) {
      const file = path.join(dir, key, `${locale}.mdx`);
      if (!fs.existsSync(file)) continue;
      const data = parse(fs.readFileSync(file, 'utf8').split(/^---$/m)[1]);
      const words = JSON.parse(fs.readFileSync(path.join(root, 'src/i18n/translations', `${locale}.json`), 'utf8')).routes;
      byPath.set(`/${locale}/${words[section]}/${data.slug ?? key}/`, data);
    }
  }
  return byPath;
}

const hasMap = (html: string) => /<svg\b[^>]*class="map__svg"/.test(html);
const mapPages = site.pages.filter((page) => hasMap(page.html));
const destinationFrontMatter = frontMatterByPath('destinations');
const destinationPages = pagesOf({ kind: 'item', section: 'destinations' }).filter((page) => destinationFrontMatter.has(page.path));
const localityPages = pagesOf({ kind: 'item', section: 'localities' }).filter((page) => frontMatterByPath('localities').has(page.path));

test('maps are on every destination page, every locality page and the first page of the destinations listing', () => {
  const expected = [...destinationPages, ...localityPages, ...pagesOf({ kind: 'listing', section: 'destinations' }).filter((listing) => listing.pageNumber === 1)];
  expect(destinationPages.length).toBeGreaterThan(10);
  expect(localityPages.length).toBeGreaterThan(4);
  expect(expected.filter((page) => !hasMap(page.html)).map((page) => page.path), 'pages without a map').toEqual([]);
});

test('every map on every page shows both archipelagos with their names and the East Sea, inside the map', async ({ page }) => {
  test.slow();
  expect(mapPages.length).toBeGreaterThan(0);
  for (const sitePage of mapPages) {
    await page.goto(sitePage.path, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => document.fonts.ready);
    const maps = await page.locator('svg.map__svg').evaluateAll((svgs) => svgs.map((svg) => {
      const box = (svg as SVGSVGElement).viewBox.baseVal;
      const inside = (element: Element) => {
        const b = (element as SVGGraphicsElement).getBBox();
        return b.width > 0 && b.height > 0 && b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height;
      };
      const textOf = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();
      const archipelago = (id: string) => {
        const group = svg.querySelector(`[data-archipelago="${id}"]`);
        const name = group?.querySelector('text') ?? null;
        const islands = [...(group?.querySelectorAll('.map__island') ?? [])];
        return { name: textOf(name), nameInside: Boolean(name && inside(name)), islands: islands.length, islandsInside: islands.every(inside) };
      };
      const sea = svg.querySelector('.map__sea-name');
      const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => textOf(document.getElementById(id)));
      return {
        role: svg.getAttribute('role'),
        labelledBy,
        hoangSa: archipelago('hoangSa'),
        truongSa: archipelago('truongSa'),
        eastSea: { name: textOf(sea), inside: Boolean(sea && inside(sea)) },
        country: Boolean(svg.querySelector('.map__country')),
      };
    }));
    expect(maps.length, `${sitePage.path} has its map`).toBeGreaterThan(0);
    const names = officialNames[sitePage.locale!];
    for (const map of maps) {
      const where = sitePage.path;
      expect.soft(map.role, `${where}: the map is an image`).toBe('img');
      expect.soft(map.labelledBy.length === 2 && map.labelledBy.every(Boolean), `${where}: the map has a title and a description`).toBe(true);
      expect.soft(map.country, `${where}: Viet Nam is drawn`).toBe(true);
      for (const id of ['hoangSa', 'truongSa'] as const) {
        const drawn = map[id];
        if (names) expect.soft(drawn.name, `${where}: ${id} named`).toBe(names[id]);
        else expect.soft(drawn.name, `${where}: ${id} named`).toBeTruthy();
        expect.soft(drawn.nameInside, `${where}: the name of ${id} inside the map`).toBe(true);
        expect.soft(drawn.islands, `${where}: islands of ${id}`).toBeGreaterThanOrEqual(5);
        expect.soft(drawn.islandsInside, `${where}: every island of ${id} inside the map`).toBe(true);
      }
      if (names) expect.soft(map.eastSea.name, `${where}: the East Sea named`).toBe(names.eastSea);
      expect.soft(map.eastSea.inside, `${where}: the East Sea's name inside the map`).toBe(true);
      for (const name of names?.inDescription ?? []) expect.soft(map.labelledBy[1], `${where}: the description names ${name}`).toContain(name);
    }
  }
});

test('the places on a map are listed beside it as links to their pages', () => {
  for (const sitePage of mapPages) {
    const legend = /<div class="map-legend">([\s\S]*?)<\/div>/.exec(sitePage.html)?.[1] ?? '';
    const hrefs = [...legend.matchAll(/<a href="([^"]+)"/g)].map(([, href]) => href);
    if (sitePage.section === 'localities' || sitePage.kind === 'listing') expect.soft(hrefs.length, `${sitePage.path} lists its destinations`).toBeGreaterThan(0);
    for (const href of hrefs) expect.soft(site.byPath.has(href), `${sitePage.path} links ${href}`).toBe(true);
    const numbered = (sitePage.html.match(/map__marker--place/g) ?? []).length;
    expect.soft((legend.match(/<li>/g) ?? []).length >= numbered, `${sitePage.path}: each numbered point is in the list`).toBe(true);
  }
});

/** The label–value pairs of a page's "at a glance" box, as its HTML has them. */
const factsOf = (html: string): string[][] => {
  const list = /<section class="facts"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const text = (markup: string) => decode(markup.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
  return [...list.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g)].map(([, dt, dd]) => [text(dt), text(dd)]);
};

test('destination pages state how to get there, the best season, opening hours and fees as facts', () => {
  const frontMatter = destinationFrontMatter;
  const translated = destinationPages.filter((sitePage) => !sitePage.fallback && factLabels[sitePage.locale!]);
  expect(translated.length).toBeGreaterThan(0);
  const shown = new Set<string>();
  for (const sitePage of translated) {
    const data = frontMatter.get(sitePage.path);
    expect(data, `front matter of ${sitePage.path}`).toBeDefined();
    const facts = factsOf(sitePage.html);
    for (const [field, label] of Object.entries(factLabels[sitePage.locale!])) {
      if (!data![field]) continue;
      shown.add(field);
      expect.soft(facts, `${sitePage.path} shows ${field}`).toContainEqual([label, String(data![field]).replace(/\s+/g, ' ').trim()]);
    }
  }
  // The demo exercises every fact.
  expect([...shown].sort()).toEqual(['bestSeason', 'fees', 'gettingThere', 'openingHours']);
});

test('destination pages list their nearest destinations, nearest first, with working links', async ({ page }) => {
  let listed = 0;
  for (const sitePage of destinationPages) {
    const section = /<section class="nearby"[\s\S]*?<\/section>/.exec(sitePage.html)?.[0];
    if (!section) continue;
    const entries = [...section.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>\s*<span class="nearby__distance">([\d.,]+)\s*km<\/span>/g)];
    expect.soft(entries.length, `${sitePage.path}: nearby entries with a distance`).toBeGreaterThan(0);
    const distances = entries.map(([, , , km]) => Number(km.replace(/[.,]/g, '')));
    expect.soft(distances, `${sitePage.path}: nearest first`).toEqual([...distances].sort((a, b) => a - b));
    for (const [, href] of entries) {
      expect.soft(site.byPath.get(href)?.section, `${sitePage.path} → ${href} is a destination page`).toBe('destinations');
      expect.soft(href, `${sitePage.path} does not list itself`).not.toBe(sitePage.path);
    }
    listed += entries.length;
  }
  expect(listed).toBeGreaterThan(0);

  // Tân Thanh border gate: Đồng Đăng is about 7 km away, and its link leads there.
  await page.goto('/vi/diem-den/cua-khau-tan-thanh/');
  const first = page.locator('.nearby li').first();
  await expect(first.locator('a')).toHaveText('Đồng Đăng');
  await expect(first.locator('.nearby__distance')).toHaveText('7 km');
  await first.locator('a').click();
  await expect(page).toHaveURL(/\/vi\/diem-den\/dong-dang\/$/);
  await expect(page.locator('h1')).toHaveText('Đồng Đăng');
});

for (const [name, path] of [['a destination page', '/vi/diem-den/phong-nha-ke-bang/'], ['a locality page', '/en/localities/quang-tri/'], ['the destinations listing', '/en/destinations/']]) {
  test(`axe finds no violation on ${name} with its map, at 360 px and 1280 px`, async ({ page }) => {
    test.slow();
    expect(site.byPath.has(path), `${path} is built`).toBe(true);
    await page.goto(path);
    const violations: string[] = [];
    for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => document.fonts.ready);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `at ${viewport.width} px: ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
    }
    expect(violations).toEqual([]);
  });
}

for (const viewport of [{ width: 360, height: 740, deviceScaleFactor: 2, largest: 720 }, { width: 1280, height: 800, deviceScaleFactor: 1, largest: 720 }]) {
  test(`a gallery fetches AVIF no wider than it shows, lazily: ${viewport.width} px at ${viewport.deviceScaleFactor}×`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, deviceScaleFactor: viewport.deviceScaleFactor });
    const page = await context.newPage();
    await page.goto('/vi/diem-den/ho-ba-be/');
    const images = page.locator('.gallery img');
    expect(await images.count()).toBeGreaterThan(1);
    for (const loading of await images.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('loading')))) expect(loading).toBe('lazy');
    await page.locator('.gallery').scrollIntoViewIfNeeded();
    await expect.poll(() => images.evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
    for (const { src, width } of await images.evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => ({ src: img.currentSrc, width: img.naturalWidth })))) {
      expect.soft(src, 'AVIF').toMatch(/\.avif$/);
      expect.soft(width, `${src} is at most ${viewport.largest} px wide`).toBeLessThanOrEqual(viewport.largest);
    }
    await context.close();
  });
}
