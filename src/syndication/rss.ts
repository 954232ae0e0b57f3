/** RSS 2.0 with the full content (content:encoded) and Media RSS images with credit, copyright and licence. */
import { create } from 'xmlbuilder2';
import type { FeedChannel } from './feed-item.ts';

const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

export function rss(channel: FeedChannel): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', { version: '2.0', ...namespaces });
  const head = root.ele('channel');
  head.ele('title').txt(channel.title);
  head.ele('link').txt(channel.pageUrl);
  head.ele('description').txt(channel.description);
  head.ele('language').txt(channel.language);
  head.ele('copyright').txt(`${channel.licence.credit} (${channel.licence.name}, ${channel.licence.url})`);
  head.ele('managingEditor').txt(`${channel.publisher.email} (${channel.publisher.name})`);
  head.ele('lastBuildDate').txt(channel.updatedAt.toUTCString());
  head.ele('generator').txt('Sen');
  head.ele('atom:link', { href: channel.urls.rss, rel: 'self', type: 'application/rss+xml' });
  for (const item of channel.items) {
    const entry = head.ele('item');
    entry.ele('title').txt(item.title);
    entry.ele('link').txt(item.url);
    entry.ele('guid', { isPermaLink: 'true' }).txt(item.url);
    entry.ele('description').txt(item.summary);
    entry.ele('content:encoded').txt(item.html);
    entry.ele('pubDate').txt(item.publishedAt.toUTCString());
    entry.ele('category').txt(item.category);
    if (item.byline) entry.ele('dc:creator').txt(item.byline);
    for (const translation of item.translations) {
      entry.ele('atom:link', { rel: 'alternate', hreflang: translation.language, type: 'text/html', href: translation.url });
    }
    if (item.image) {
      const { url, type, width, height, alt, credit, licence } = item.image;
      const media = entry.ele('media:content', { url, type, medium: 'image', width, height });
      media.ele('media:description', { type: 'plain' }).txt(alt);
      media.ele('media:credit').txt(credit);
      media.ele('media:copyright').txt(credit);
      media.ele('media:license', { type: 'text/plain' }).txt(licence);
    }
  }
  return root.end({ prettyPrint: true });
}
