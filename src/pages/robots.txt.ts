/** `/robots.txt`: crawl everything but the search index files, and find the sitemaps here. */
import type { APIRoute } from 'astro';
import { siteSettings } from '../content/site.ts';
import { absoluteUrl } from '../routing/head.ts';
import { sitemapIndexPath } from '../routing/routes.ts';
import { robotsTxt } from '../sitemaps/sitemap.ts';

export const GET: APIRoute = () => new Response(robotsTxt(absoluteUrl(siteSettings().url, sitemapIndexPath)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
