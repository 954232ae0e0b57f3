/**
 * What a page declares to search engines: its canonical URL, its hreflang
 * alternates (absolute, reciprocal, with x-default) and whether to index it.
 */
import type { Route } from './routes.ts';

export interface HeadLinks {
  canonical?: string;
  noindex: boolean;
  alternates: { hreflang: string; href: string }[];
}

/** An absolute URL on the site: `https://site.example` + `/vi/…`. */
export const absoluteUrl = (siteUrl: string, path: string): string => new URL(path, siteUrl).href;

export function headLinks(route: Route, siteUrl: string, defaultLocale: string): HeadLinks {
  const abs = (path: string) => absoluteUrl(siteUrl, path);
  const cluster = (paths: Record<string, string>, xDefault: string) => [
    ...Object.entries(paths).map(([hreflang, path]) => ({ hreflang, href: abs(path) })),
    { hreflang: 'x-default', href: abs(xDefault) },
  ];
  switch (route.kind) {
    case 'home':
      // The language chooser at the root is the page for readers of any other language.
      return { canonical: abs(route.path), noindex: false, alternates: cluster(route.alternates, '/') };
    case 'listing':
    case 'search':
    case 'syndication':
    case 'press-room':
    case 'locality-comparison':
    case 'project-catalogue':
      return { canonical: abs(route.path), noindex: false, alternates: cluster(route.alternates, route.alternates[defaultLocale]) };
    case 'not-found':
    case 'widget':
      // A widget repeats a listing for framing in partners' pages; it is not a page to find.
      return { noindex: true, alternates: [] };
    case 'item':
    case 'fact-sheet': {
      const original = route.translations[route.fallback ? route.contentLocale : route.locale];
      const xDefault = route.translations[defaultLocale] ?? Object.values(route.translations)[0];
      // An untranslated page is a copy of the original: it points there and stays out of indexes.
      return { canonical: abs(original), noindex: route.fallback, alternates: cluster(route.translations, xDefault) };
    }
  }
}
