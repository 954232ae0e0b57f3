/** The index of every locale's sitemap: `/sitemap-index.xml`, named in robots.txt. */
import type { APIRoute } from 'astro';
import { siteSettings } from '../content/site.ts';
import { localeCodes } from '../i18n/locales.ts';
import { absoluteUrl } from '../routing/head.ts';
import { sitemapPath } from '../routing/routes.ts';
import { sitemapIndex } from '../sitemaps/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(sitemapIndex(localeCodes().map((locale) => absoluteUrl(siteSettings().url, sitemapPath(locale)))), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
