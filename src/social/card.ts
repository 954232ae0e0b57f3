/**
 * What a page's social image shows, in the page's language: an item's title
 * over its photo, under its section's name; other pages' names over Sen's
 * colours. An untranslated page shows the original's title.
 */
import type { ImageMetadata } from 'astro';
import type { SiteContent } from '../content/site-content.ts';
import { siteSettings } from '../content/site.ts';
import { translator } from '../i18n/ui.ts';
import type { Route } from '../routing/routes.ts';
import type { SocialCard } from './image.ts';

/** Pages that are shared have a social image; a 404 or a framed widget is not shared. */
export type SharedRoute = Exclude<Route, { kind: 'not-found' | 'widget' }>;
export const isShared = (route: Route): route is SharedRoute => route.kind !== 'not-found' && route.kind !== 'widget';

export interface PageCard {
  card: SocialCard;
  /** The image's text alternative: its title, and what the photo shows. */
  alt: string;
}

/**
 * The original file of a front-matter image: Astro's `image()` gives image
 * metadata that names its file as `fsPath`, the file Astro's own pipeline reads.
 */
function imageFile(image: unknown): string {
  const file = (image as { fsPath?: unknown }).fsPath;
  if (typeof file !== 'string') throw new Error(`No file for the image ${(image as ImageMetadata).src}: the social image needs the original`);
  return file;
}

/** Parts of a text alternative, each said once: the home page's title is the site's name. */
const describe = (...parts: string[]) => [...new Set(parts)].join(' – ');

export function socialCard(route: SharedRoute, content: Pick<SiteContent, 'item'>): PageCard {
  const t = translator(route.locale);
  const site = siteSettings();
  const frame = { siteName: t('site.name'), host: new URL(site.url).host };
  const publisher = site.publisher.name[route.locale];
  const page = (title: string, description: string): PageCard => ({
    card: { ...frame, eyebrow: publisher, title, description },
    alt: describe(title, frame.siteName),
  });
  switch (route.kind) {
    case 'home':
      return page(t('site.name'), t('home.intro'));
    case 'listing':
      return page(t(`sections.${route.section}`), t(`sectionIntro.${route.section}`));
    case 'search':
      return page(t('search.title'), t('search.intro'));
    case 'syndication':
      return page(t('syndication.title'), t('syndication.intro'));
    case 'press-room':
      return page(t('pressRoom.title'), t('pressRoom.intro'));
    case 'locality-comparison':
      return page(t('comparison.title'), t('comparison.intro'));
    case 'project-catalogue':
      return page(t('catalogue.title'), t('catalogue.intro'));
    case 'fact-sheet': {
      // Shared like its project: the project's title over its photo.
      const { data } = content.item('investment', route.key)!.entries[route.contentLocale];
      const card = { ...frame, eyebrow: t('factSheet.title'), title: data.title, description: data.summary, photo: data.image && imageFile(data.image.src) };
      return { card, alt: describe(data.title, data.image?.alt ?? frame.siteName) };
    }
    case 'item': {
      const { data } = content.item(route.section, route.key)!.entries[route.contentLocale];
      const eyebrow = route.section === 'pages' ? publisher : t(`sections.${route.section}`);
      const card = { ...frame, eyebrow, title: data.title, description: data.summary, photo: data.image && imageFile(data.image.src) };
      return { card, alt: describe(data.title, data.image?.alt ?? frame.siteName) };
    }
  }
}
