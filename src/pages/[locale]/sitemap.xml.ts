/** A locale's sitemap: `/vi/sitemap.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../content/site-content.ts';
import { siteSettings } from '../../content/site.ts';
import { defaultLocale } from '../../i18n/locales.ts';
import { sitemap, sitemapEntries } from '../../sitemaps/sitemap.ts';

export const getStaticPaths = (async () => (await siteContent()).routing.locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { routes, item } = await siteContent();
  const lastmod = (route: { section: Parameters<typeof item>[0]; key: string; contentLocale: string }) => {
    const data = item(route.section, route.key)!.entries[route.contentLocale].data;
    return data.updatedAt ?? data.publishedAt;
  };
  const entries = sitemapEntries(routes, params.locale!, siteSettings().url, defaultLocale(), lastmod);
  return new Response(sitemap(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
