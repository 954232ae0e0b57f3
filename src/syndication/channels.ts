/**
 * The feeds of the site, read from the content layer: per locale, one of
 * everything and one per syndicated section. Only real translations of
 * public items are in them: never a draft, an embargoed item or an untranslated copy.
 */
import { shareableImage } from '../content/images.ts';
import { siteContent, type Item } from '../content/site-content.ts';
import { siteSettings } from '../content/site.ts';
import { syndicatedSections, type SyndicatedSection } from '../content/sections.ts';
import { absoluteUrl } from '../routing/head.ts';
import { feedPath, homePath, listingPath, ninjsPath, syndicationPath, type FeedFormat } from '../routing/routes.ts';
import { translator } from '../i18n/ui.ts';
import { orderItems } from '../content/order.ts';
import { lastUpdate, type FeedChannel, type FeedItem } from './feed-item.ts';
import { itemHtml } from './item-html.ts';
import { feedTitle } from './discovery.ts';

/** How many items a feed carries: partners poll, so the newest are enough; the ninjs index lists all. */
export const feedLength = 50;
const formats: FeedFormat[] = ['rss', 'atom', 'json'];

export interface LocaleChannel extends FeedChannel {
  locale: string;
}

let channels: Promise<LocaleChannel[]> | undefined;

/** Every feed of the site, each with its newest items. */
export function feedChannels(): Promise<LocaleChannel[]> {
  channels ??= loadChannels();
  return channels;
}

/** Every syndicated item of a locale, newest first: what the ninjs index and documents carry. */
export async function localeItems(locale: string): Promise<FeedItem[]> {
  const { items, now } = await siteContent();
  const syndicated = items.filter((item) => item.entries[locale] && (syndicatedSections as readonly string[]).includes(item.section));
  return orderItems(await Promise.all(syndicated.map((item) => feedItem(item, locale))), 'newest', now, new Intl.Collator(locale));
}

async function loadChannels(): Promise<LocaleChannel[]> {
  const { routing, now } = await siteContent();
  const site = siteSettings();
  const abs = (path: string) => absoluteUrl(site.url, path);
  const result: LocaleChannel[] = [];
  for (const locale of routing.locales) {
    const t = translator(locale);
    const all = await localeItems(locale);
    for (const section of [undefined, ...syndicatedSections]) {
      const items = (section ? all.filter((item) => item.section === section) : all).slice(0, feedLength);
      result.push({
        locale,
        language: locale,
        section,
        title: feedTitle(locale, section),
        description: section ? t(`sectionIntro.${section}`) : t('home.intro'),
        pageUrl: abs(section ? listingPath(routing, section, locale) : homePath(locale)),
        urls: Object.fromEntries(formats.map((format) => [format, abs(feedPath(routing, locale, format, section))])) as Record<FeedFormat, string>,
        iconUrl: abs('/favicon.svg'),
        guideUrl: abs(syndicationPath(routing, locale)),
        updatedAt: lastUpdate(items, now),
        publisher: { name: site.publisher.name[locale], email: site.publisher.email, url: abs(homePath(locale)) },
        licence: { name: site.licence.name, url: site.licence.url, credit: site.licence.credit[locale] },
        items,
      });
    }
  }
  return result;
}

const feedItems = new Map<string, Promise<FeedItem>>();

function feedItem(item: Item, locale: string): Promise<FeedItem> {
  const key = `${item.section}/${item.key}/${locale}`;
  if (!feedItems.has(key)) feedItems.set(key, loadFeedItem(item, locale));
  return feedItems.get(key)!;
}

async function loadFeedItem(item: Item, locale: string): Promise<FeedItem> {
  const { itemRoute } = await siteContent();
  const site = siteSettings();
  const abs = (path: string) => absoluteUrl(site.url, path);
  const route = itemRoute(item.section, item.key, locale);
  const entry = item.entries[locale];
  const data = entry.data as Record<string, any>;
  const url = abs(route.path);
  const coordinates = data.coordinates ?? data.venue?.coordinates;
  return {
    url,
    ninjsUrl: abs(ninjsPath(route.path)),
    language: locale,
    section: item.section as SyndicatedSection,
    key: item.key,
    category: translator(locale)(`sections.${item.section}`),
    title: data.title,
    summary: data.summary,
    html: await itemHtml(entry, locale, url),
    publishedAt: data.publishedAt,
    updatedAt: data.updatedAt ?? data.publishedAt,
    image: data.image && { ...(await shareableImage(data.image.src, site.url)), alt: data.image.alt, credit: data.image.credit, licence: data.image.licence },
    translations: Object.entries(route.translations)
      .filter(([other]) => other !== locale)
      .map(([language, path]) => ({ language, url: abs(path) })),
    place: item.section === 'destinations' || data.venue ? { name: data.venue?.name ?? data.title, lat: coordinates?.lat, lon: coordinates?.lon } : undefined,
    startDate: data.startDate,
    endDate: data.endDate,
    byline: data.author?.name,
  };
}
