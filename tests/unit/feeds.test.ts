import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { rss } from '../../src/syndication/rss.ts';
import { atom } from '../../src/syndication/atom.ts';
import { jsonFeed } from '../../src/syndication/json-feed.ts';
import { ninjsIndex, ninjsItem } from '../../src/syndication/ninjs.ts';
import type { FeedChannel, FeedItem } from '../../src/syndication/feed-item.ts';
import { schemaErrors, validateJsonFeed, validateNinjs } from '../standards.ts';

const destination: FeedItem = {
  url: 'https://sen.example/vi/diem-den/dong-hoi/',
  ninjsUrl: 'https://sen.example/vi/diem-den/dong-hoi/ninjs.json',
  language: 'vi',
  section: 'destinations',
  key: 'dong-hoi',
  category: 'Điểm đến',
  title: 'Đồng Hới <bên> sông Nhật Lệ & biển',
  summary: 'Thành phố biển của Quảng Trị.',
  html: '<p>Đồng Hới có <a href="https://sen.example/vi/diem-den/phong-nha-ke-bang/">Phong Nha</a> ở gần. ]]></p>',
  publishedAt: new Date('2025-10-01T00:00:00Z'),
  updatedAt: new Date('2025-11-02T03:00:00Z'),
  image: { url: 'https://sen.example/_astro/dong-hoi.jpg', width: 1200, height: 750, type: 'image/jpeg', alt: 'Bãi biển Nhật Lệ', credit: 'Ảnh: Sở VHTTDL', licence: 'CC BY 4.0' },
  translations: [{ language: 'en', url: 'https://sen.example/en/destinations/dong-hoi/' }],
  place: { name: 'Đồng Hới', lat: 17.47, lon: 106.62 },
};
const event: FeedItem = {
  ...destination,
  url: 'https://sen.example/vi/su-kien/hoi-lim/',
  ninjsUrl: 'https://sen.example/vi/su-kien/hoi-lim/ninjs.json',
  section: 'events',
  key: 'hoi-lim',
  category: 'Sự kiện',
  title: 'Hội Lim',
  image: undefined,
  translations: [],
  place: { name: 'Tiên Du' },
  startDate: new Date('2026-02-25T00:00:00Z'),
  endDate: new Date('2026-02-27T00:00:00Z'),
  byline: 'Nguyễn Văn A',
};
const channel: FeedChannel = {
  language: 'vi',
  title: 'Thông tin đối ngoại: tất cả tin bài',
  description: 'Thông tin chính thức.',
  pageUrl: 'https://sen.example/vi/',
  urls: { rss: 'https://sen.example/vi/rss.xml', atom: 'https://sen.example/vi/atom.xml', json: 'https://sen.example/vi/feed.json' },
  iconUrl: 'https://sen.example/favicon.svg',
  guideUrl: 'https://sen.example/vi/cung-cap-tin/',
  updatedAt: new Date('2025-11-02T03:00:00Z'),
  publisher: { name: 'Sở Ngoại vụ', email: 'songoaivu@example.vn', url: 'https://sen.example/vi/' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', credit: 'Nguồn: Trang thông tin đối ngoại' },
  items: [destination, event],
};

describe('the RSS 2.0 feed', () => {
  const xml = rss(channel);
  const feed = parseFeed(xml);

  it('is read by a feed client with its language, title and every item', () => {
    expect(feed.meta.type).toBe('rss');
    expect(feed.language).toBe('vi');
    expect(feed.title).toBe(channel.title);
    expect(feed.items.map((item) => item.url)).toEqual([destination.url, event.url]);
    expect(feed.items[0].title).toBe(destination.title);
  });

  it('carries the full content, escaped, so markup in it never breaks the feed', () => {
    expect(feed.items[0].content).toBe(destination.html);
    expect(xml).toContain('<content:encoded>&lt;p&gt;Đồng Hới');
  });

  it('credits and licenses each image with Media RSS', () => {
    expect(feed.items[0].media[0]).toMatchObject({ url: destination.image!.url, image: destination.image!.url, mimeType: 'image/jpeg' });
    expect(xml).toContain('<media:credit>Ảnh: Sở VHTTDL</media:credit>');
    expect(xml).toContain('<media:license type="text/plain">CC BY 4.0</media:license>');
    expect(xml).toContain('<media:description type="plain">Bãi biển Nhật Lệ</media:description>');
  });

  it('links each item to its translations and the feed to itself', () => {
    expect(xml).toContain('<atom:link rel="alternate" hreflang="en" type="text/html" href="https://sen.example/en/destinations/dong-hoi/"/>');
    expect(feed.self).toBe(channel.urls.rss);
  });
});

describe('the Atom 1.0 feed', () => {
  const xml = atom(channel);
  const feed = parseFeed(xml);

  it('declares its language, rights and licence', () => {
    expect(feed.meta.type).toBe('atom');
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="vi"/);
    expect(xml).toContain('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>');
    expect(feed.copyright).toBe('Nguồn: Trang thông tin đối ngoại – CC BY 4.0');
  });

  it('gives every entry its page, translations, dates and full content', () => {
    expect(feed.items[0].url).toBe(destination.url);
    expect(feed.items[0].published?.toISOString()).toBe(destination.publishedAt.toISOString());
    expect(feed.items[0].updated?.toISOString()).toBe(destination.updatedAt.toISOString());
    expect(feed.items[0].content).toBe(destination.html);
    expect(xml).toContain('hreflang="en" href="https://sen.example/en/destinations/dong-hoi/"');
    expect(feed.items[1].authors[0].name).toBe('Nguyễn Văn A');
  });
});

describe('the JSON Feed 1.1', () => {
  const feed = JSON.parse(jsonFeed(channel));

  it('validates against the JSON Feed 1.1 rules', () => {
    expect(validateJsonFeed(feed), schemaErrors(validateJsonFeed).join('\n')).toBe(true);
  });

  it('declares its language and gives every item its content and dates', () => {
    expect(feed.language).toBe('vi');
    expect(feed.items[0]).toMatchObject({ id: destination.url, content_html: destination.html, date_modified: '2025-11-02T03:00:00.000Z', image: destination.image!.url });
  });

  it('refuses a feed without items, so the validator is not a rubber stamp', () => {
    expect(validateJsonFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x' })).toBe(false);
  });
});

describe('IPTC ninjs 3.1', () => {
  it('gives every item a document that validates against the official schema', () => {
    for (const item of channel.items) {
      const document = ninjsItem(item, channel);
      expect(validateNinjs(document), schemaErrors(validateNinjs).join('\n')).toBe(true);
    }
  });

  it('names the licence, the image credit, the place and the translations', () => {
    const document = ninjsItem(destination, channel) as any;
    expect(document).toMatchObject({ uri: destination.url, language: 'vi', copyrightNotice: channel.licence.credit, rightsInfo: { linkedRights: channel.licence.url } });
    expect(document.places[0].geoJSON).toEqual({ type: 'Point', coordinates: [106.62, 17.47] });
    expect(document.associations).toContainEqual(expect.objectContaining({ rel: 'illustration', by: 'Ảnh: Sở VHTTDL' }));
    expect(document.associations).toContainEqual(expect.objectContaining({ rel: 'translation', uri: 'https://sen.example/en/destinations/dong-hoi/', language: 'en' }));
  });

  it('gives an event its dates', () => {
    expect((ninjsItem(event, channel) as any).eventDetails.dates).toEqual({ startDate: '2026-02-25T00:00:00.000Z', endDate: '2026-02-27T00:00:00.000Z' });
  });

  it('refuses a document with a field ninjs does not define', () => {
    expect(validateNinjs({ ...ninjsItem(destination, channel), headline: 'x' })).toBe(false);
  });

  it('indexes every document of a locale', () => {
    expect(ninjsIndex(channel)).toMatchObject({ language: 'vi', items: [{ uri: destination.url, ninjs: destination.ninjsUrl }, { uri: event.url }] });
  });
});
