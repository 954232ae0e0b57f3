/**
 * For journalists: the press room gathers the spokesperson's contacts, the
 * briefings to come, the latest press releases, the accreditation guide and
 * a media kit whose files download exactly as their originals; official
 * clarifications are fact checks that search engines can read (ClaimReview).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { decode, distDir, pagesOf, root, sections, site, tags, type SitePage } from './helpers.ts';

const buildDate = new Date(process.env.SEN_BUILD_DATE ?? '2026-11-23T00:00:00+07:00');
type Data = Record<string, any>;

/** The front matter of every public version in a content section, by item key and locale. */
function contentOf(section: string): { key: string; locale: string; data: Data }[] {
  const dir = path.join(root, 'content', section);
  return fs.readdirSync(dir).flatMap((key) =>
    site.locales
      .filter((locale) => fs.existsSync(path.join(dir, key, `${locale}.mdx`)))
      .map((locale) => ({ key, locale, data: parseYaml(fs.readFileSync(path.join(dir, key, `${locale}.mdx`), 'utf8').split(/^---$/m)[1]) as Data }))
      .filter(({ data }) => !data.draft && !data.internal && !(data.publishAt && new Date(data.publishAt) > buildDate)),
  );
}
const text = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
/** The HTML of the element that carries `attribute`, up to its closing tag (sections do not nest here). */
const block = (page: SitePage, attribute: string) => new RegExp(`<section[^>]*\\b${attribute}\\b[\\s\\S]*?</section>`).exec(page.html)?.[0] ?? '';

const pressRooms = pagesOf({ kind: 'press-room' });

test('every language has a press room, linked from the footer of every page', () => {
  expect(pressRooms.map((page) => page.locale).sort()).toEqual([...site.locales].sort());
  for (const locale of site.locales) {
    const room = pressRooms.find((page) => page.locale === locale)!;
    for (const page of pagesOf({ kind: 'home', locale })) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(page.html)?.[0] ?? '';
      expect(tags(footer, 'a').map((a) => a.href), `${page.path} footer`).toContain(room.path);
    }
  }
});

for (const room of pressRooms) {
  const locale = room.locale!;
  test(`the press room shows the spokesperson’s name, position and contacts from content (${locale})`, () => {
    const spokesperson = contentOf('pages').find((page) => page.locale === locale && page.data.role === 'spokesperson')!;
    expect(spokesperson.data.people.length).toBeGreaterThan(0);
    const section = block(room, 'data-spokesperson');
    for (const person of spokesperson.data.people) {
      expect(text(section)).toContain(person.name);
      expect(text(section)).toContain(person.position);
      expect(tags(section, 'a').map((a) => a.href)).toEqual(expect.arrayContaining([`mailto:${person.email}`, `tel:${person.phone.replace(/[^\d+]/g, '')}`]));
    }
  });

  test(`the press room lists exactly the press briefings still to come, soonest first (${locale})`, () => {
    const briefings = contentOf('events').filter((event) => event.locale === locale && event.data.kind === 'press-briefing');
    const over = (data: Data) => new Date(data.endDate ?? data.startDate) <= buildDate;
    const upcoming = briefings.filter(({ data }) => !over(data)).sort((a, b) => +new Date(a.data.startDate) - +new Date(b.data.startDate));
    expect(upcoming.length, 'the demo has a briefing to come').toBeGreaterThan(0);
    expect(briefings.some(({ data }) => over(data)), 'and one that is over').toBe(true);
    const section = block(room, 'data-briefings');
    const titles = [...section.matchAll(/<h3>([\s\S]*?)<\/h3>/g)].map(([, h3]) => text(h3));
    expect(titles).toEqual(upcoming.map(({ data }) => data.title));
    const calendars = tags(section, 'a').filter((a) => a.href?.endsWith('.ics'));
    expect(calendars).toHaveLength(upcoming.length);
    for (const link of calendars) expect(fs.existsSync(path.join(distDir, link.href)), link.href).toBe(true);
  });

  test(`the press room lists the latest press releases with number, issuer and contact (${locale})`, () => {
    const releases = contentOf('news').filter((news) => news.locale === locale && news.data.kind === 'press-release');
    expect(releases.length).toBeGreaterThan(1);
    const section = text(block(room, 'data-press-releases'));
    for (const { data } of releases.slice(0, 5)) {
      expect(section).toContain(data.title);
      if (data.number) expect(section).toContain(data.number);
      if (data.issuer) expect(section).toContain(data.issuer);
    }
  });

  test(`the press room leads to the guide for foreign reporters, in its language (${locale})`, () => {
    const guide = contentOf('pages').find((page) => page.locale === locale && page.data.role === 'accreditation')!;
    const section = block(room, 'data-accreditation');
    expect(text(section)).toContain(guide.data.summary);
    const href = tags(section, 'a')[0]?.href;
    const page = site.byPath.get(href!)!;
    expect(page.h1).toBe(guide.data.title);
    expect(page.fallback).toBe(false);
  });
}

// ------------------------------------------------------------------ media kit

const mediaKits = contentOf('pages').filter(({ data }) => data.media?.length);
const mediaPages = [...pressRooms, ...pagesOf({ kind: 'item', section: 'pages' }).filter((page) => page.html.includes('data-media-kit'))];

test('the demo has a media kit in every language, with logos and photos, shown in the press room and on its page', () => {
  expect(mediaKits.map(({ locale }) => locale).sort()).toEqual([...site.locales].sort());
  for (const { data } of mediaKits) expect(new Set(data.media.map((file: Data) => file.kind))).toEqual(new Set(['logo', 'photo']));
  expect(mediaPages).toHaveLength(site.locales.length * 2);
});

for (const page of mediaPages) {
  test(`every media-kit file of ${page.path} is the original byte for byte, with its true size shown`, async () => {
    const kit = mediaKits.find(({ locale }) => locale === page.locale)!;
    const items = [...page.html.matchAll(/<li class="media-kit__item"[\s\S]*?<\/li>/g)].map(([html]) => html);
    expect(items).toHaveLength(kit.data.media.length);
    for (const [index, file] of (kit.data.media as Data[]).entries()) {
      const html = items[index];
      const [attrs] = tags(html, 'li');
      const original = path.join(root, 'content/pages', kit.key, file.file);
      const published = path.join(distDir, attrs['data-media-file']);
      expect(Buffer.compare(fs.readFileSync(published), fs.readFileSync(original)), `${attrs['data-media-file']} is ${file.file}`).toBe(0);
      const { width, height } = await sharp(original).metadata();
      expect([Number(attrs['data-width']), Number(attrs['data-height']), Number(attrs['data-bytes'])]).toEqual([width, height, fs.statSync(original).size]);
      const shown = text(html);
      expect(shown).toMatch(new RegExp(`${width!.toLocaleString('en').replace(',', '[.,]?')} × ${height!.toLocaleString('en').replace(',', '[.,]?')} px`));
      expect(shown).toMatch(/\d(?:[.,]\d)? (?:kB|MB|byte)/);
      expect(shown).toContain(file.credit);
      expect(shown).toContain(file.licence);
      const download = tags(html, 'a').find((a) => a.href === attrs['data-media-file']);
      expect(download && 'download' in download, 'a download link to the original').toBe(true);
    }
  });
}

test('a reader who downloads a media-kit file gets the original, with its media type', async ({ page, request }) => {
  const room = pressRooms.find((candidate) => candidate.locale === site.defaultLocale)!;
  await page.goto(room.path);
  const links = page.locator('.media-kit a[download]');
  expect(await links.count()).toBeGreaterThan(0);
  const first = links.first();
  const [download] = await Promise.all([page.waitForEvent('download'), first.click()]);
  const href = (await first.getAttribute('href'))!;
  const kit = mediaKits.find(({ locale }) => locale === room.locale)!;
  const original = fs.readFileSync(path.join(root, 'content/pages', kit.key, path.basename(href)));
  expect(Buffer.compare(fs.readFileSync(await download.path()), original)).toBe(0);
  for (const file of kit.data.media as Data[]) {
    const response = await request.get(`/media/${kit.key}/${path.basename(file.file)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/(svg\+xml|png|jpeg)/);
  }
});

// ------------------------------------------------------------- clarifications

const clarificationPages = pagesOf({ kind: 'item', section: 'clarifications', fallback: false });

/** The ClaimReview a page carries in its JSON-LD. */
function claimReviewOf(page: SitePage): Data | undefined {
  const graphs = [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json));
  return graphs.flatMap((graph) => graph['@graph'] ?? [graph]).find((node: Data) => node['@type'] === 'ClaimReview');
}

test('the demo has at least two clarifications in every language, all in each listing', () => {
  for (const locale of site.locales) {
    const own = clarificationPages.filter((page) => page.locale === locale);
    expect(own.length, locale).toBeGreaterThanOrEqual(2);
    const listing = pagesOf({ kind: 'listing', section: 'clarifications', locale });
    const listed = listing.flatMap((page) => tags(page.html, 'a').map((a) => a.href));
    for (const page of own) expect(listed, `${page.path} is listed`).toContain(page.path);
  }
});

for (const page of clarificationPages) {
  test(`the clarification shows the claim, where and when it appeared, the facts, the sources, the agency and the date, and is a complete ClaimReview: ${page.path}`, () => {
    const data = contentOf('clarifications').find(({ locale, data }) => locale === page.locale && data.title === page.h1)!.data;
    const shown = text(page.html);
    expect(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(page.html)?.[1].replace(/<[^>]*>/g, '').trim()).toBe(data.claim.text);
    expect(shown).toContain(data.claim.appearedIn);
    expect(shown).toContain(data.agency);
    for (const source of data.sources) expect(shown).toContain(source.title);
    expect(page.html).toMatch(/class="dates"[\s\S]*?<time datetime="\d{4}-\d{2}-\d{2}"/);

    const review = claimReviewOf(page)!;
    expect(review, 'a ClaimReview').toBeTruthy();
    expect(review.url).toBe(page.canonical);
    expect(review.claimReviewed).toBe(data.claim.text);
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(review.reviewRating?.['@type']).toBe('Rating');
    expect(review.reviewRating?.alternateName).toBeTruthy();
    if (review.reviewRating.ratingValue !== undefined) {
      expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(review.reviewRating.worstRating);
      expect(review.reviewRating.ratingValue).toBeLessThanOrEqual(review.reviewRating.bestRating);
    }
    expect(review.author?.['@type']).toMatch(/Organization$/);
    expect(review.author?.name).toBe(data.agency);
    const claim = review.itemReviewed;
    expect(claim?.['@type']).toBe('Claim');
    for (const appearance of [claim.appearance, claim.firstAppearance]) {
      expect(appearance?.['@type']).toBe('CreativeWork');
      expect(appearance?.name).toBe(data.claim.appearedIn);
      expect(appearance?.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });
}

// ------------------------------------------------------------------- everyone

test('every item page shows when it was published, and when it was last updated if it was', () => {
  // Item pages are the ones with an item article (other kinds of page may sit at an item-like URL).
  const items = pagesOf({ kind: 'item' }).filter((page) => page.html.includes('<article class="item"'));
  const versions = sections.flatMap((section) => contentOf(section));
  expect(items.filter((page) => !page.fallback).length, 'a page for every published version').toBe(versions.length);
  for (const page of items) {
    const dates = /<p class="dates">([\s\S]*?)<\/p>/.exec(page.html)?.[1] ?? '';
    expect.soft(tags(dates, 'time').length, `${page.path} published date`).toBeGreaterThanOrEqual(1);
  }
  const updated = clarificationPages.find((page) => page.path.includes('tan-thanh') || page.path.includes('cua-khau'))!;
  expect(tags(/<p class="dates">([\s\S]*?)<\/p>/.exec(updated.html)![1], 'time')).toHaveLength(2);
});

test('a long page has a table of contents; a short one does not', () => {
  const withToc = clarificationPages.filter((page) => page.html.includes('class="toc"'));
  const without = clarificationPages.filter((page) => !page.html.includes('class="toc"'));
  expect(withToc.length, 'the clarification with three sections').toBeGreaterThan(0);
  expect(without.length, 'the clarification with two').toBeGreaterThan(0);
});

for (const room of pressRooms.slice(0, 1)) {
  test(`a printed page has no header, navigation or footer, prints where links lead and keeps images within the page: ${room.path}`, async ({ page }) => {
    const guide = site.byPath.get(tags(block(room, 'data-accreditation'), 'a')[0].href)!;
    await page.goto(guide.path);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['body > header', 'body > footer', '.breadcrumbs']) await expect(page.locator(chrome).first()).toBeHidden();
    const printed = await page.locator('.prose a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toContain(`${site.origin}/`);
    await page.goto(room.path);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const widths = await page.locator('main img').evaluateAll((images) => images.map((image) => image.getBoundingClientRect().right));
    expect(widths.length).toBeGreaterThan(0);
    for (const right of widths) expect(right).toBeLessThanOrEqual(700);
  });
}
