import { describe, expect, it } from 'vitest';
import type { SiteSettings } from '../../src/content/schema.ts';
import { translator } from '../../src/i18n/ui.ts';
import { breadcrumbList, graph, itemList, person, publisher, webPage, website } from '../../src/structured-data/nodes.ts';
import {
  administrativeArea,
  article,
  claimReview,
  destination,
  event,
  newsArticle,
  plainPage,
  type ItemContext,
  type ItemData,
  type LocalityFacts,
} from '../../src/structured-data/items.ts';
import { jsonLdText } from '../../src/structured-data/serialize.ts';

const site: SiteSettings = {
  url: 'https://sen.example',
  defaultLocale: 'vi',
  pageSize: 6,
  locales: [
    { code: 'vi', name: 'Tiếng Việt', intl: 'vi-VN', dir: 'ltr' },
    { code: 'en', name: 'English', intl: 'en-GB', dir: 'ltr' },
  ],
  publisher: {
    name: { vi: 'Sở Ngoại vụ', en: 'Department of Foreign Affairs' },
    address: { vi: 'Số 1 Đường Mẫu', en: '1 Sample Street' },
    email: 'thongtin@sen.example',
    phone: '+84 000 000 000',
  },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', credit: { vi: 'Nguồn', en: 'Source' } },
};

const quangTri: LocalityFacts = {
  id: 'https://sen.example/en/localities/quang-tri/#item',
  name: 'Quang Tri',
  url: 'https://sen.example/en/localities/quang-tri/',
  kind: 'province',
};

const context = (path: string, locale = 'en'): ItemContext => ({
  siteUrl: site.url,
  url: `https://sen.example${path}`,
  locale,
  t: translator(locale),
  licenceUrl: site.licence.url,
  image: { url: 'https://sen.example/_astro/song-son.abc.jpg', alt: 'The Son river', credit: 'Illustration: Sen demo' },
  locality: (key) => (key === 'quang-tri' ? quangTri : undefined),
});

const common = {
  title: 'Title',
  summary: 'Summary.',
  publishedAt: new Date('2026-03-10'),
  draft: false,
  internal: false,
  featured: false,
  sample: false,
  tags: [],
  allowQuoted: [],
  locality: 'quang-tri',
};

/** The values of every URL-valued property of a JSON-LD value, at any depth. */
const urlKeys = new Set(['@id', 'url', 'item', 'logo', 'license', 'urlTemplate']);
const urls = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(urls)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => (urlKeys.has(key) && typeof inner === 'string' ? [inner] : urls(inner)))
      : [];

describe('structured data of the site', () => {
  it('names the publisher as a government organization in the page’s language, with its contacts and logo', () => {
    expect(publisher(site, 'en')).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': 'https://sen.example/#publisher',
      name: 'Department of Foreign Affairs',
      alternateName: ['Sở Ngoại vụ'],
      url: 'https://sen.example/',
      email: 'thongtin@sen.example',
      telephone: '+84 000 000 000',
      address: '1 Sample Street',
      logo: 'https://sen.example/favicon.svg',
    });
  });

  it('gives each language’s website a search action that fills the q parameter of its search page', () => {
    const node = website(site, 'vi', 'Thông tin đối ngoại', '/vi/tim-kiem/');
    expect(node).toMatchObject({ '@type': 'WebSite', url: 'https://sen.example/vi/', inLanguage: 'vi', publisher: { '@id': 'https://sen.example/#publisher' } });
    expect(node.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://sen.example/vi/tim-kiem/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  it('repeats the visible breadcrumb trail with positions and absolute URLs', () => {
    const crumbs = [{ label: 'Home', path: '/en/' }, { label: 'News', path: '/en/news/' }, { label: 'A story', path: '/en/news/a-story/' }];
    expect(breadcrumbList(site.url, 'https://sen.example/en/news/a-story/', crumbs)).toEqual({
      '@type': 'BreadcrumbList',
      '@id': 'https://sen.example/en/news/a-story/#breadcrumb',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://sen.example/en/' },
        { '@type': 'ListItem', position: 2, name: 'News', item: 'https://sen.example/en/news/' },
        { '@type': 'ListItem', position: 3, name: 'A story', item: 'https://sen.example/en/news/a-story/' },
      ],
    });
  });

  it('numbers a listing’s items across its pages', () => {
    const list = itemList(site.url, [{ name: 'Dong Hoi', path: '/en/destinations/dong-hoi/' }], 7, 12);
    expect(list).toEqual({
      '@type': 'ItemList',
      numberOfItems: 12,
      itemListElement: [{ '@type': 'ListItem', position: 7, name: 'Dong Hoi', url: 'https://sen.example/en/destinations/dong-hoi/' }],
    });
  });

  it('puts a page in its website, with its breadcrumb and the thing it is about', () => {
    const page = webPage(site.url, {
      type: 'CollectionPage', path: '/en/news/', name: 'News', description: 'All news.', inLanguage: 'en', locale: 'en',
      crumbs: [{ label: 'Home', path: '/en/' }, { label: 'News', path: '/en/news/' }],
    });
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      '@id': 'https://sen.example/en/news/',
      isPartOf: { '@id': 'https://sen.example/en/#website' },
      breadcrumb: { '@id': 'https://sen.example/en/news/#breadcrumb' },
    });
    expect(graph([page])).toEqual({ '@context': 'https://schema.org', '@graph': [page] });
  });

  it('describes a plain page by its role, with its people’s positions and contacts', () => {
    const people = [{ name: 'Tran Thi B', position: 'Press desk', email: 'baochi@sen.example', phone: '+84 000 000 002' }];
    expect(plainPage({ ...common, role: 'contact', people, media: [] }, site.url)).toEqual({
      type: 'ContactPage',
      about: { '@id': 'https://sen.example/#publisher' },
      mainEntity: [{ '@type': 'Person', name: 'Tran Thi B', jobTitle: 'Press desk', email: 'baochi@sen.example', telephone: '+84 000 000 002' }],
    });
    expect(plainPage({ ...common, role: 'about', people: [], media: [] }, site.url).type).toBe('AboutPage');
    expect(person({ name: 'Le Van C', organization: 'Provincial radio' })).toMatchObject({ worksFor: { '@type': 'Organization', name: 'Provincial radio' } });
  });
});

describe('structured data of items', () => {
  const news: ItemData<'news'> = { ...common, kind: 'news', people: [], places: [], updatedAt: new Date('2026-03-12'), tags: ['caves'] };

  it('makes news a NewsArticle with dates, language, an absolute image, the licence and the publisher', () => {
    const node = newsArticle({ ...news, author: { name: 'Le Van C', position: 'Reporter' } }, context('/en/news/cave-season/'));
    expect(node).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://sen.example/en/news/cave-season/#item',
      url: 'https://sen.example/en/news/cave-season/',
      mainEntityOfPage: { '@id': 'https://sen.example/en/news/cave-season/' },
      headline: 'Title',
      description: 'Summary.',
      datePublished: '2026-03-10',
      dateModified: '2026-03-12',
      inLanguage: 'en',
      image: { '@type': 'ImageObject', url: 'https://sen.example/_astro/song-son.abc.jpg', caption: 'The Son river' },
      author: { '@type': 'Person', name: 'Le Van C', jobTitle: 'Reporter' },
      publisher: { '@id': 'https://sen.example/#publisher' },
      isAccessibleForFree: true,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      articleSection: 'News',
      keywords: ['caves'],
    });
  });

  it('credits the publisher when a news item names no author', () => {
    expect(newsArticle(news, context('/en/news/cave-season/')).author).toEqual({ '@id': 'https://sen.example/#publisher' });
  });

  it('gives a press release its number and the agency that issued it', () => {
    const release = newsArticle({ ...news, kind: 'press-release', number: '16/TB-SNgV', issuer: 'Sở Ngoại vụ' }, context('/vi/tin-tuc/thong-cao/', 'vi'));
    expect(release).toMatchObject({
      identifier: '16/TB-SNgV',
      sourceOrganization: { '@type': 'GovernmentOrganization', name: 'Sở Ngoại vụ' },
      articleSection: 'Thông cáo báo chí',
      inLanguage: 'vi',
    });
  });

  it('places the places a news item reports from, with coordinates, in their locality', () => {
    const node = newsArticle({ ...news, places: [{ name: 'Cha Lo', locality: 'quang-tri', coordinates: { lat: 17.68, lon: 105.77 } }] }, context('/en/news/x/'));
    expect(node.contentLocation).toEqual([{
      '@type': 'Place',
      name: 'Cha Lo',
      address: { '@type': 'PostalAddress', streetAddress: undefined, addressRegion: 'Quang Tri', addressCountry: 'VN' },
      geo: { '@type': 'GeoCoordinates', latitude: 17.68, longitude: 105.77 },
      containedInPlace: { '@type': 'AdministrativeArea', '@id': quangTri.id, name: 'Quang Tri', url: quangTri.url },
    }]);
  });

  it('makes areas tourist destinations and single sites tourist attractions, with coordinates and locality', () => {
    const park: ItemData<'destinations'> = { ...common, kind: 'national-park', coordinates: { lat: 17.581, lon: 106.283 } };
    expect(destination(park, context('/en/destinations/phong-nha-ke-bang/'))).toMatchObject({
      '@type': 'TouristDestination',
      geo: { '@type': 'GeoCoordinates', latitude: 17.581, longitude: 106.283 },
      address: { '@type': 'PostalAddress', addressRegion: 'Quang Tri', addressCountry: 'VN' },
      containedInPlace: { '@id': quangTri.id },
      image: { url: 'https://sen.example/_astro/song-son.abc.jpg' },
    });
    for (const kind of ['town', 'nature'] as const) expect(destination({ ...park, kind }, context('/en/d/'))).toMatchObject({ '@type': 'TouristDestination' });
    for (const kind of ['heritage', 'border-gate', 'religious-site', 'landmark'] as const) {
      expect(destination({ ...park, kind }, context('/en/d/'))).toMatchObject({ '@type': 'TouristAttraction' });
    }
  });

  const festival: ItemData<'events'> = {
    ...common,
    kind: 'festival',
    startDate: new Date('2026-11-22'),
    endDate: new Date('2026-11-24'),
    venue: { name: 'Ba Om Pond', address: 'National Highway 53', locality: 'quang-tri', coordinates: { lat: 9.9165, lon: 106.307 } },
  };

  it('makes an event with its venue as a place, offline and scheduled, organized by the publisher unless named', () => {
    expect(event(festival, context('/en/events/ok-om-bok-2026/'))).toMatchObject({
      '@type': 'Event',
      startDate: '2026-11-22',
      endDate: '2026-11-24',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'Ba Om Pond',
        address: { '@type': 'PostalAddress', streetAddress: 'National Highway 53', addressRegion: 'Quang Tri', addressCountry: 'VN' },
        geo: { latitude: 9.9165, longitude: 106.307 },
      },
      organizer: { '@id': 'https://sen.example/#publisher' },
      inLanguage: 'en',
    });
    expect(event({ ...festival, organizer: 'Provincial People’s Committee' }, context('/en/e/')).organizer).toEqual({ '@type': 'Organization', name: 'Provincial People’s Committee' });
  });

  it('keeps an all-day event’s dates date-only and gives a timed event Vietnam’s offset', () => {
    const timed = event({ ...festival, startDate: new Date('2026-12-10T08:00:00+07:00'), endDate: new Date('2026-12-10T17:30:00+07:00') }, context('/en/e/'));
    expect([timed.startDate, timed.endDate]).toEqual(['2026-12-10T08:00:00+07:00', '2026-12-10T17:30:00+07:00']);
    // Late evening in Vietnam is already the next day in UTC: the date stays Vietnam's.
    expect(event({ ...festival, startDate: new Date('2026-12-10T23:00:00+07:00'), endDate: undefined }, context('/en/e/')).startDate).toBe('2026-12-10T23:00:00+07:00');
  });

  const clarification: ItemData<'clarifications'> = {
    ...common,
    publishedAt: new Date('2026-08-22'),
    claim: { text: 'Cave tours are closed to foreigners.', appearedIn: 'A post on social media', appearedAt: new Date('2026-08-20') },
    verdict: 'false',
    agency: 'Quang Tri Provincial People’s Committee',
    sources: [{ title: 'Notice' }],
  };

  it('makes a clarification a ClaimReview of the claim where it appeared, by the answering agency', () => {
    expect(claimReview(clarification, context('/en/clarifications/cave-tours/'))).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://sen.example/en/clarifications/cave-tours/',
      claimReviewed: 'Cave tours are closed to foreigners.',
      datePublished: '2026-08-22',
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', name: 'A post on social media', datePublished: '2026-08-20' },
        firstAppearance: { '@type': 'CreativeWork', name: 'A post on social media', datePublished: '2026-08-20' },
      },
      author: { '@type': 'GovernmentOrganization', name: 'Quang Tri Provincial People’s Committee' },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
  });

  it('rates verdicts in the reader’s words on a 1 to 5 scale, and an unverified claim by name only', () => {
    const rating = (verdict: ItemData<'clarifications'>['verdict'], locale = 'en') =>
      claimReview({ ...clarification, verdict }, context('/c/', locale)).reviewRating;
    expect(rating('false', 'vi')).toMatchObject({ alternateName: 'Sai sự thật', ratingValue: 1 });
    expect(rating('misleading')).toMatchObject({ alternateName: 'Misleading', ratingValue: 2 });
    expect(rating('distorted')).toMatchObject({ alternateName: 'Distorted', ratingValue: 2 });
    expect(rating('unverified')).toEqual({ '@type': 'Rating', alternateName: 'Unverified' });
  });

  it('makes a locality an administrative area with its former names and the locality it belongs to', () => {
    const commune: ItemData<'localities'> = { ...common, title: 'Dong Hoi', kind: 'ward', parent: 'quang-tri', formerNames: ['Đồng Hới city'], coordinates: { lat: 17.47, lon: 106.62 }, keyFigures: [], connectivity: [], zones: [] };
    expect(administrativeArea(commune, context('/en/localities/dong-hoi/'))).toMatchObject({
      '@type': 'AdministrativeArea',
      name: 'Dong Hoi',
      alternateName: ['Đồng Hới city'],
      geo: { latitude: 17.47, longitude: 106.62 },
      containedInPlace: { '@id': quangTri.id },
    });
    expect(administrativeArea({ ...commune, formerNames: [] }, context('/en/l/'))).toMatchObject({ alternateName: undefined });
  });

  it('makes culture and investment pages articles in their locality, named by their category or kind', () => {
    const craft = article({ ...common, category: 'craft', destinations: [], events: [] }, context('/en/culture/tea/'));
    expect(craft).toMatchObject({ '@type': 'Article', articleSection: 'Craft', contentLocation: { '@id': quangTri.id }, author: { '@id': 'https://sen.example/#publisher' } });
    expect(article({ ...common, kind: 'zone', steps: [] }, context('/en/investment/zone/')).articleSection).toBe('Economic zone or industrial park');
  });

  it('writes only absolute URLs', () => {
    const nodes = [
      newsArticle(news, context('/en/news/x/')),
      event(festival, context('/en/events/x/')),
      claimReview(clarification, context('/en/clarifications/x/')),
      publisher(site, 'vi'),
      website(site, 'en', 'Foreign Information', '/en/search/'),
    ];
    const found = urls(nodes);
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) expect(url, url).toMatch(/^https:\/\/[^/]/);
  });
});

describe('structured data in a page', () => {
  it('cannot close its script or open a comment, whatever the content says, and reads back unchanged', () => {
    const hostile = graph([{ '@type': 'Thing', name: 'Tricky </script><script>alert(1)</script> <!-- a & b' }]);
    const text = jsonLdText(hostile);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
