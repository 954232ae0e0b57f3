/** The `<link rel="alternate">` feed autodiscovery of a page: its locale's feeds of everything, and its section's. */
import { syndicatedSections, type SyndicatedSection } from '../content/sections.ts';
import { absoluteUrl } from '../routing/head.ts';
import { feedPath, type FeedFormat, type Route, type RoutingOptions } from '../routing/routes.ts';
import { translator } from '../i18n/ui.ts';

export interface FeedLink {
  type: string;
  title: string;
  href: string;
}

const linkTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
const formatNames: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

const isSyndicated = (section: string): section is SyndicatedSection => (syndicatedSections as readonly string[]).includes(section);

/** A feed's name in a locale: of a section, or of everything. */
export function feedTitle(locale: string, section?: SyndicatedSection): string {
  const t = translator(locale);
  const site = t('site.name');
  return section ? t('syndication.feedTitle', { section: t(`sections.${section}`), site }) : t('syndication.feedTitleAll', { site });
}

export function feedLinks(route: Route, routing: RoutingOptions, siteUrl: string): FeedLink[] {
  if (route.kind === 'widget' || route.kind === 'not-found') return [];
  const section = 'section' in route && route.section && isSyndicated(route.section) ? route.section : undefined;
  return [...(section ? [section] : []), undefined].flatMap((feedSection) =>
    (Object.keys(linkTypes) as FeedFormat[]).map((format) => ({
      type: linkTypes[format],
      title: `${feedTitle(route.locale, feedSection)} (${formatNames[format]})`,
      href: absoluteUrl(siteUrl, feedPath(routing, route.locale, format, feedSection)),
    })),
  );
}
