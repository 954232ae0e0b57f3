/** Atom 1.0: the feed's language in xml:lang, its rights and a licence link, full content per entry. */
import { create } from 'xmlbuilder2';
import type { FeedChannel } from './feed-item.ts';

export function atom(channel: FeedChannel): string {
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.w3.org/2005/Atom', 'feed', {
    'xml:lang': channel.language,
    'xmlns:media': 'http://search.yahoo.com/mrss/',
  });
  feed.ele('id').txt(channel.urls.atom);
  feed.ele('title').txt(channel.title);
  feed.ele('subtitle').txt(channel.description);
  feed.ele('updated').txt(channel.updatedAt.toISOString());
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: channel.urls.atom });
  feed.ele('link', { rel: 'alternate', type: 'text/html', hreflang: channel.language, href: channel.pageUrl });
  feed.ele('link', { rel: 'license', href: channel.licence.url });
  feed.ele('rights').txt(`${channel.licence.credit} – ${channel.licence.name}`);
  const author = feed.ele('author');
  author.ele('name').txt(channel.publisher.name);
  author.ele('email').txt(channel.publisher.email);
  author.ele('uri').txt(channel.publisher.url);
  feed.ele('generator').txt('Sen');
  feed.ele('icon').txt(channel.iconUrl);
  for (const item of channel.items) {
    const entry = feed.ele('entry', { 'xml:lang': item.language });
    entry.ele('id').txt(item.url);
    entry.ele('title').txt(item.title);
    entry.ele('link', { rel: 'alternate', type: 'text/html', hreflang: item.language, href: item.url });
    for (const translation of item.translations) {
      entry.ele('link', { rel: 'alternate', type: 'text/html', hreflang: translation.language, href: translation.url });
    }
    entry.ele('published').txt(item.publishedAt.toISOString());
    entry.ele('updated').txt(item.updatedAt.toISOString());
    entry.ele('summary').txt(item.summary);
    entry.ele('content', { type: 'html' }).txt(item.html);
    entry.ele('category', { term: item.section, label: item.category });
    if (item.byline) entry.ele('author').ele('name').txt(item.byline);
    if (item.image) {
      const { url, type, width, height, alt, credit, licence } = item.image;
      entry.ele('link', { rel: 'enclosure', type, href: url, title: alt });
      const media = entry.ele('media:content', { url, type, medium: 'image', width, height });
      media.ele('media:description', { type: 'plain' }).txt(alt);
      media.ele('media:credit').txt(credit);
      media.ele('media:license', { type: 'text/plain' }).txt(licence);
    }
  }
  return feed.end({ prettyPrint: true });
}
