/**
 * Sitemaps for search engines: one per locale with each page's hreflang
 * alternates (xhtml:link), an index of them, and robots.txt pointing at it.
 */
import { create } from 'xmlbuilder2';
import { headLinks } from '../routing/head.ts';
import type { Route } from '../routing/routes.ts';

export interface SitemapEntry {
  loc: string;
  lastmod?: Date;
  alternates: { hreflang: string; href: string }[];
}

/** The pages a locale's sitemap lists: indexable pages only, never an untranslated copy, a widget, search or a 404. */
export function sitemapEntries(routes: Route[], locale: string, siteUrl: string, defaultLocale: string, lastmod: (route: Extract<Route, { kind: 'item' }>) => Date): SitemapEntry[] {
  return routes
    .filter((route) => route.locale === locale && ['home', 'listing', 'item', 'syndication', 'press-room', 'locality-comparison', 'project-catalogue', 'fact-sheet'].includes(route.kind))
    .filter((route) => !((route.kind === 'item' || route.kind === 'fact-sheet') && route.fallback))
    .map((route) => {
      const links = headLinks(route, siteUrl, defaultLocale);
      return { loc: links.canonical!, lastmod: route.kind === 'item' ? lastmod(route) : undefined, alternates: links.alternates };
    });
}

export function sitemap(entries: SitemapEntry[]): string {
  const urlset = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.sitemaps.org/schemas/sitemap/0.9', 'urlset', {
    'xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
  });
  for (const entry of entries) {
    const url = urlset.ele('url');
    url.ele('loc').txt(entry.loc);
    if (entry.lastmod) url.ele('lastmod').txt(entry.lastmod.toISOString());
    for (const alternate of entry.alternates) {
      url.ele('xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href });
    }
  }
  return urlset.end({ prettyPrint: true });
}

export function sitemapIndex(sitemaps: string[]): string {
  const index = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.sitemaps.org/schemas/sitemap/0.9', 'sitemapindex');
  for (const loc of sitemaps) index.ele('sitemap').ele('loc').txt(loc);
  return index.end({ prettyPrint: true });
}

export const robotsTxt = (sitemapIndexUrl: string): string =>
  ['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', '', `Sitemap: ${sitemapIndexUrl}`, ''].join('\n');
