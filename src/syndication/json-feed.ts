/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with credits and translations in a `_sen` extension. */
import { json, type FeedChannel } from './feed-item.ts';

export function jsonFeed(channel: FeedChannel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.urls.json,
    description: channel.description,
    icon: channel.iconUrl,
    favicon: channel.iconUrl,
    language: channel.language,
    authors: [{ name: channel.publisher.name, url: channel.publisher.url }],
    _sen: { about: channel.guideUrl, licence: channel.licence, updated: channel.updatedAt.toISOString() },
    items: channel.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.html,
      ...(item.image && { image: item.image.url }),
      date_published: item.publishedAt.toISOString(),
      date_modified: item.updatedAt.toISOString(),
      tags: [item.category],
      language: item.language,
      ...(item.byline && { authors: [{ name: item.byline }] }),
      _sen: {
        section: item.section,
        translations: item.translations,
        ...(item.image && { image: item.image }),
        ninjs: item.ninjsUrl,
      },
    })),
  };
  return json(feed);
}
