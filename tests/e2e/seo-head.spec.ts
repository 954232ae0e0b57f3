/**
 * What every page of dist/ tells search engines: its language, its canonical
 * URL and its hreflang alternates. Reads the built files; needs no browser.
 */
import { expect, test } from '@playwright/test';
import { isAbsolute, site, sitePath, type SitePage } from './helpers.ts';

const is404 = (page: SitePage) => page.kind === 'not-found' || page.kind === 'site-404';
/** Pages that are not for search engines: the 404s, and widgets, which partners frame. */
const unlisted = (page: SitePage) => is404(page) || page.kind === 'widget';
const indexable = site.pages.filter((page) => !page.noindex);
const alternate = (page: SitePage, hreflang: string) => page.alternates.find((link) => link.hreflang === hreflang)?.href;

test('the built site has pages of every kind', () => {
  for (const kind of ['root', 'site-404', 'home', 'listing', 'item', 'syndication', 'widget', 'not-found'] as const) {
    expect(site.pages.filter((page) => page.kind === kind), `pages of kind ${kind}`).not.toHaveLength(0);
  }
  expect(site.locales.length, 'locales offered by the root chooser').toBeGreaterThan(1);
  expect(site.pages.filter((page) => page.kind === 'unknown').map((page) => page.path), 'pages at no known URL shape').toEqual([]);
});

test('every page declares its language in <html lang>', () => {
  for (const page of site.pages) {
    expect.soft(page.lang, page.path).toBe(page.locale ?? site.defaultLocale);
  }
});

test('every page but the 404s and widgets has an absolute canonical URL; those are noindex', () => {
  for (const page of site.pages) {
    if (unlisted(page)) {
      expect.soft(page.noindex, `${page.path} is noindex`).toBe(true);
      continue;
    }
    expect.soft(page.canonical && isAbsolute(page.canonical), `${page.path} canonical ${page.canonical}`).toBe(true);
    if (!page.fallback) expect.soft(sitePath(page.canonical), `${page.path} is its own canonical`).toBe(page.path);
  }
});

test('canonical URLs lead to indexable pages of the site', () => {
  for (const page of site.pages.filter((page) => page.canonical)) {
    const target = site.byPath.get(sitePath(page.canonical) ?? '');
    expect.soft(target, `${page.path} canonical ${page.canonical} exists in dist/`).toBeDefined();
    expect.soft(target?.noindex, `${page.path} canonical ${page.canonical} is indexable`).toBe(false);
  }
});

test('hreflang alternates are absolute, unique per language and include x-default', () => {
  for (const page of site.pages.filter((page) => !unlisted(page))) {
    const languages = page.alternates.map((link) => link.hreflang);
    expect.soft(languages, `${page.path} lists x-default`).toContain('x-default');
    expect.soft(new Set(languages).size, `${page.path} lists each language once: ${languages}`).toBe(languages.length);
    for (const link of page.alternates) expect.soft(isAbsolute(link.href), `${page.path} hreflang=${link.hreflang} ${link.href}`).toBe(true);
    if (page.locale && !page.fallback) expect.soft(sitePath(alternate(page, page.locale)), `${page.path} lists itself`).toBe(page.path);
  }
});

test('hreflang alternates are reciprocal: each listed page exists and lists this one back', () => {
  expect(indexable.length).toBeGreaterThan(0);
  for (const page of indexable) {
    for (const link of page.alternates.filter((link) => link.hreflang !== 'x-default')) {
      const other = site.byPath.get(sitePath(link.href) ?? '');
      expect.soft(other, `${page.path} lists ${link.href} under ${link.hreflang}, which is not in dist/`).toBeDefined();
      if (!other) continue;
      expect.soft(other.locale, `${link.href} is a ${link.hreflang} page`).toBe(link.hreflang);
      // The root chooser is nobody's language: the pages it lists name it as their x-default.
      const back = alternate(other, page.locale ?? 'x-default');
      expect.soft(sitePath(back), `${other.path} lists ${page.path} back under ${page.locale ?? 'x-default'}`).toBe(page.path);
    }
  }
});

test('the x-default of the home pages is the root language chooser', () => {
  const homes = site.pages.filter((page) => page.kind === 'home');
  expect(homes).toHaveLength(site.locales.length);
  for (const home of homes) expect.soft(sitePath(alternate(home, 'x-default')), home.path).toBe('/');
});

test('an untranslated page is noindex and names the original as canonical', () => {
  const fallbacks = site.pages.filter((page) => page.fallback);
  expect(fallbacks, 'the demo has untranslated pages').not.toHaveLength(0);
  for (const page of fallbacks) {
    expect.soft(page.noindex, `${page.path} is noindex`).toBe(true);
    const original = site.byPath.get(sitePath(page.canonical) ?? '');
    expect.soft(original, `${page.path} canonical ${page.canonical} is a page of the site`).toBeDefined();
    expect.soft(original?.fallback, `${page.path} canonical ${page.canonical} is a real translation`).toBe(false);
    expect.soft(original?.h1, `${page.path} shows the original's content`).toBe(page.h1);
  }
});

test('no page lists an untranslated page as an hreflang alternate', () => {
  const fallbacks = new Set(site.pages.filter((page) => page.fallback).map((page) => page.path));
  expect(fallbacks.size).toBeGreaterThan(0);
  for (const page of site.pages) {
    for (const link of page.alternates) {
      expect.soft(fallbacks.has(sitePath(link.href) ?? ''), `${page.path} lists untranslated ${link.href} under ${link.hreflang}`).toBe(false);
    }
  }
});
