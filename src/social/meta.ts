/**
 * What a shared link shows on social networks and chat apps: the Open Graph
 * and Twitter card tags of a page, pointing to its social image.
 */
import { isoDate } from '../i18n/format.ts';
import { absoluteUrl } from '../routing/head.ts';
import { socialImagePath } from '../routing/routes.ts';
import type { SharedRoute } from './card.ts';
import { socialImageSize } from './image.ts';

/** One `<meta>`: Open Graph names go in `property`, Twitter's in `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface SocialMetaInput {
  route: SharedRoute;
  title: string;
  description: string;
  /** The page's canonical URL: an untranslated page shares the original. */
  canonical: string;
  siteUrl: string;
  siteName: string;
  /** A locale's BCP 47 tag (content/site.yaml `intl`). */
  intl: (locale: string) => string;
  imageAlt: string;
  /** An item's dates. */
  dates?: { publishedAt: Date; updatedAt?: Date };
}

// Every page names its locales: each is parsed once per build (new Intl.Locale is slow).
const ogLocales = new Map<string, string>();

/** Open Graph writes locales as language_TERRITORY: vi-VN → vi_VN. */
export function ogLocale(intl: string): string {
  let written = ogLocales.get(intl);
  if (written === undefined) {
    const { language, region } = new Intl.Locale(intl);
    ogLocales.set(intl, (written = region ? `${language}_${region}` : language));
  }
  return written;
}

export function socialMeta({ route, title, description, canonical, siteUrl, siteName, intl, imageAlt, dates }: SocialMetaInput): MetaTag[] {
  // An item's language is its content's (the original's when untranslated); its alternates are its real translations.
  const locale = route.kind === 'item' ? route.contentLocale : route.locale;
  const others = Object.keys(route.kind === 'item' ? route.translations : route.alternates).filter((other) => other !== locale);
  const image = absoluteUrl(siteUrl, socialImagePath(route.path));
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const twitter = (name: string, content: string): MetaTag => ({ name, content });
  return [
    og('og:type', route.kind === 'item' ? 'article' : 'website'),
    og('og:title', title),
    og('og:description', description),
    og('og:url', canonical),
    og('og:site_name', siteName),
    og('og:locale', ogLocale(intl(locale))),
    ...others.map((other) => og('og:locale:alternate', ogLocale(intl(other)))),
    og('og:image', image),
    og('og:image:type', 'image/jpeg'),
    og('og:image:width', String(socialImageSize.width)),
    og('og:image:height', String(socialImageSize.height)),
    og('og:image:alt', imageAlt),
    ...(dates ? [og('article:published_time', isoDate(dates.publishedAt))] : []),
    ...(dates?.updatedAt ? [og('article:modified_time', isoDate(dates.updatedAt))] : []),
    twitter('twitter:card', 'summary_large_image'),
    twitter('twitter:title', title),
    twitter('twitter:description', description),
    twitter('twitter:image', image),
    twitter('twitter:image:alt', imageAlt),
  ];
}
