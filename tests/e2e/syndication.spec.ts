/**
 * What partners (Vietnam.vn, missions abroad) and search engines take from the
 * built site: feeds in four formats, sitemaps, and a widget only they may frame.
 * Reads dist/ and, for framing, a browser.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { distDir, pagesOf, site, sitePath, tags, type SitePage } from './helpers.ts';
import { schemaErrors, validateJsonFeed, validateNinjs } from '../standards.ts';

const syndicatedSections = ['news', 'destinations', 'culture', 'investment', 'events', 'clarifications'];

/** The file of dist/ a site URL is served from, if there is one. */
function distFile(url: string): string | undefined {
  const urlPath = sitePath(url);
  if (!urlPath) return undefined;
  const file = path.join(distDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
  return fs.existsSync(file) ? file : undefined;
}
const read = (url: string) => fs.readFileSync(distFile(url)!, 'utf8');
/** Every URL of the site written in a text. */
const siteUrls = (text: string) => [...new Set(text.replaceAll('&amp;', '&').match(new RegExp(`${site.origin}[^"'<>\\s)\\\\]*`, 'g')) ?? [])];
const pageAt = (url: string): SitePage | undefined => site.byPath.get(sitePath(url) ?? '');

/** The feeds each locale's syndication page offers, by format. */
const feeds = site.locales.map((locale) => {
  const page = pagesOf({ kind: 'syndication', locale })[0];
  const links = page ? tags(page.html, 'a').filter((a) => a['data-feed']) : [];
  return { locale, page, links: links.map((a) => ({ format: a['data-feed'], url: a.href })) };
});

test('each locale’s syndication page offers a feed of everything and of every section, in RSS, Atom and JSON Feed', () => {
  for (const { locale, page, links } of feeds) {
    expect(page, `a syndication page in ${locale}`).toBeDefined();
    expect(links, locale).toHaveLength((1 + syndicatedSections.length) * 3);
    for (const link of links) expect.soft(distFile(link.url), `${link.url} is in dist/`).toBeDefined();
  }
});

for (const { locale, links } of feeds) {
  test(`every RSS and Atom feed in ${locale} is read by a feed client, in ${locale}, with real translations only`, () => {
    for (const { format, url } of links.filter((link) => link.format !== 'json')) {
      const xml = read(url);
      const feed = parseFeed(xml);
      expect.soft(feed.meta.type, url).toBe(format);
      if (format === 'rss') expect.soft(feed.language, `${url} language`).toBe(locale);
      else expect.soft(xml, `${url} xml:lang`).toMatch(new RegExp(`<feed [^>]*xml:lang="${locale}"`));
      expect.soft(feed.items.length, `${url} has items`).toBeGreaterThan(0);
      for (const item of feed.items) {
        const page = pageAt(item.url ?? '');
        expect.soft(page, `${url}: ${item.url} is a page of the site`).toBeDefined();
        expect.soft(page?.fallback, `${url}: ${item.url} is a real translation, not an untranslated copy`).toBe(false);
        expect.soft(page?.lang, `${url}: ${item.url} is in ${locale}`).toBe(locale);
        expect.soft(item.title, `${url}: the item's title is its page's`).toBe(page?.h1);
        expect.soft(item.content?.length ?? 0, `${url}: ${item.url} carries its full content`).toBeGreaterThan(item.description?.length ?? 0);
        for (const media of item.media) expect.soft(distFile(media.url), `${url}: image ${media.url} is in dist/`).toBeDefined();
      }
    }
  });

  test(`every JSON Feed in ${locale} follows JSON Feed 1.1 and declares ${locale}`, () => {
    for (const { url } of links.filter((link) => link.format === 'json')) {
      const feed = JSON.parse(read(url));
      expect.soft(validateJsonFeed(feed), `${url}: ${schemaErrors(validateJsonFeed).join('; ')}`).toBe(true);
      expect.soft(feed.language, url).toBe(locale);
      for (const item of feed.items) expect.soft(pageAt(item.url)?.fallback, `${url}: ${item.url}`).toBe(false);
    }
  });

  test(`every feed URL in ${locale} is absolute and resolves to a file in dist/`, () => {
    for (const { url } of links) {
      const text = read(url);
      expect.soft(text, `${url} has no root-relative links`).not.toMatch(/(?:href|src)=(?:"|&quot;)\/(?!\/)/);
      for (const found of siteUrls(text)) expect.soft(distFile(found), `${url} links ${found}`).toBeDefined();
    }
  });

  test(`every item in ${locale} has an IPTC ninjs document that validates against the official schema`, () => {
    const index = JSON.parse(read(`${site.origin}/${locale}/ninjs.json`));
    const translated = pagesOf({ kind: 'item', locale, fallback: false }).filter((page) => syndicatedSections.includes(page.section!));
    expect(index.items.map((item: { uri: string }) => sitePath(item.uri)).sort()).toEqual(translated.map((page) => page.path).sort());
    for (const item of index.items) {
      const document = JSON.parse(read(item.ninjs));
      expect.soft(validateNinjs(document), `${item.ninjs}: ${schemaErrors(validateNinjs).join('; ')}`).toBe(true);
      expect.soft(document.language, item.ninjs).toBe(locale);
      for (const found of siteUrls(JSON.stringify(document))) expect.soft(distFile(found), `${item.ninjs} links ${found}`).toBeDefined();
    }
  });
}

test('every page announces its locale’s feeds, and an item page its section’s, by autodiscovery', () => {
  for (const page of site.pages.filter((page) => page.locale && !['not-found', 'widget'].includes(page.kind))) {
    const announced = tags(page.html.slice(0, page.html.indexOf('</head>')), 'link').filter((link) => link.rel === 'alternate' && link.type);
    expect.soft(announced.map((link) => link.type).sort(), page.path).toEqual(expect.arrayContaining(['application/atom+xml', 'application/feed+json', 'application/rss+xml']));
    for (const link of announced) expect.soft(distFile(link.href), `${page.path} announces ${link.href}`).toBeDefined();
    if (page.kind === 'item' && syndicatedSections.includes(page.section!)) {
      expect.soft(announced.length, `${page.path} announces its section's feeds too`).toBe(6);
    }
  }
});

test.describe('sitemaps', () => {
  const robots = fs.readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
  const indexUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const sitemapUrls = distFile(indexUrl) ? locs(read(indexUrl)) : [];

  test('robots.txt points to a sitemap index of one sitemap per locale', () => {
    expect(distFile(indexUrl), `robots.txt names ${indexUrl}`).toBeDefined();
    expect(sitemapUrls.map((url) => sitePath(url))).toEqual(site.locales.map((locale) => `/${locale}/sitemap.xml`));
  });

  test('every sitemap URL and alternate is an indexable page in dist/, never an untranslated copy', () => {
    for (const sitemap of sitemapUrls) {
      const xml = read(sitemap);
      for (const url of siteUrls(xml).filter((url) => !url.endsWith('.xml'))) {
        const page = pageAt(url);
        expect.soft(page, `${sitemap}: ${url} is in dist/`).toBeDefined();
        expect.soft(page?.noindex, `${sitemap}: ${url} is indexable`).toBe(false);
      }
    }
  });

  test('each locale’s sitemap lists its indexable pages, with reciprocal hreflang alternates', () => {
    for (const locale of site.locales) {
      const xml = read(`${site.origin}/${locale}/sitemap.xml`);
      const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
        loc: /<loc>([^<]+)</.exec(body)![1],
        alternates: Object.fromEntries([...body.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, hreflang, href]) => [hreflang, href])),
      }));
      const listed = new Set(entries.map((entry) => sitePath(entry.loc)));
      const expected = site.pages.filter((page) => page.locale === locale && !page.noindex && page.kind !== 'search');
      expect.soft(expected.filter((page) => !listed.has(page.path)).map((page) => page.path), `indexable ${locale} pages missing from its sitemap`).toEqual([]);
      for (const entry of entries) {
        expect.soft(entry.alternates[locale], `${entry.loc} lists itself`).toBe(entry.loc);
        for (const [hreflang, href] of Object.entries(entry.alternates).filter(([hreflang]) => hreflang !== 'x-default')) {
          const other = pageAt(href);
          expect.soft(other?.alternates.find((link) => link.hreflang === locale)?.href, `${href} (${hreflang}) lists ${entry.loc} back`).toBe(entry.loc);
        }
      }
    }
  });
});

test.describe('the widget', () => {
  const widgets = pagesOf({ kind: 'widget' });

  test('every widget needs no script and opens its links in the top window', () => {
    expect(widgets.length).toBe(site.locales.length * (1 + syndicatedSections.length));
    for (const widget of widgets) {
      expect.soft(widget.html, widget.path).not.toMatch(/<script\b(?![^>]*application\/ld\+json)/);
      expect.soft(tags(widget.html, 'base')[0]?.target, widget.path).toBe('_top');
      expect.soft(widget.noindex, `${widget.path} is noindex`).toBe(true);
      expect.soft(tags(widget.html, 'a').length, `${widget.path} links its items`).toBeGreaterThan(1);
    }
  });

  test('a partner’s page can frame the widget, links open in the top window, and no other page can be framed', async ({ page, baseURL }) => {
    const frames = ['/vi/widget/', '/en/widget/', '/vi/', '/en/destinations/', '/vi/cung-cap-tin/'];
    // The partner is another origin on this machine, served for real: Chromium blocks frames that requests fake.
    const partner = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Embassy</title>${frames.map((src) => `<iframe src="${baseURL}${src}" title="${src}"></iframe>`).join('')}`);
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    const { port } = partner.address() as AddressInfo;
    await page.goto(`http://localhost:${port}/`);
    await page.waitForLoadState('load');
    partner.close();
    for (const src of frames) {
      const frame = page.frames().find((candidate) => candidate.url().endsWith(src));
      const body = frame ? await frame.locator('body').innerText().catch(() => '') : '';
      if (src.includes('/widget/')) expect.soft(body.length, `${src} shows in the partner's frame`).toBeGreaterThan(20);
      else expect.soft(body, `${src} refuses to be framed`).toBe('');
    }
    const widget = page.frames().find((candidate) => candidate.url().endsWith('/en/widget/'))!;
    const first = widget.locator('.widget__item a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
  });
});

test('a draft and an embargoed press release reach no file of dist/: no page, feed, sitemap, widget, calendar or image', () => {
  const unpublished = ['ban-nhap-le-hoi-mua-xuan-2027', 'Bản nháp chương trình lễ hội mùa xuân 2027', 'thong-cao-ket-qua-hoi-nghi-xuc-tien-dau-tu-2026', 'kết quả Hội nghị xúc tiến đầu tư', 'results of the border-gate economic zone'];
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  const leaks = files(distDir).flatMap((file) => {
    const text = fs.readFileSync(file, 'latin1');
    const utf8 = /\.(html|xml|json|ics|txt|js|css)$/.test(file) ? fs.readFileSync(file, 'utf8') : '';
    return unpublished.filter((marker) => text.includes(marker) || utf8.includes(marker)).map((marker) => `${path.relative(distDir, file)}: ${marker}`);
  });
  expect(leaks).toEqual([]);
});
