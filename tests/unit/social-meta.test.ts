import { describe, expect, it } from 'vitest';
import { ogLocale, socialMeta, type MetaTag, type SocialMetaInput } from '../../src/social/meta.ts';
import type { SharedRoute } from '../../src/social/card.ts';

const intl = (locale: string) => ({ vi: 'vi-VN', en: 'en-GB' })[locale]!;
const item: SharedRoute = {
  kind: 'item', locale: 'en', path: '/en/destinations/ba-be-lake/', section: 'destinations', key: 'ho-ba-be',
  contentLocale: 'en', fallback: false,
  alternates: { vi: '/vi/diem-den/ho-ba-be/', en: '/en/destinations/ba-be-lake/' },
  translations: { vi: '/vi/diem-den/ho-ba-be/', en: '/en/destinations/ba-be-lake/' },
};
const base = {
  siteUrl: 'https://sen.example',
  siteName: 'Foreign Information',
  intl,
  description: 'A lake in the mountains.',
  imageAlt: 'Ba Be Lake – boats on the lake',
};
const meta = (input: Partial<SocialMetaInput> & Pick<SocialMetaInput, 'route'>) =>
  socialMeta({ ...base, title: 'Ba Be Lake', canonical: `https://sen.example${input.route.path}`, ...input });

/** The content of each property or name, in order; repeated ones (og:locale:alternate) as a list. */
function byName(tags: MetaTag[]): Record<string, string | string[]> {
  const found: Record<string, string | string[]> = {};
  for (const tag of tags) {
    const key = 'property' in tag ? tag.property : tag.name;
    const previous = found[key];
    found[key] = previous === undefined ? tag.content : [previous, tag.content].flat();
  }
  return found;
}

describe('what a shared link shows', () => {
  it('an item is an article with its canonical URL, language, translations, dates and absolute 1200×630 image', () => {
    const tags = byName(meta({ route: item, dates: { publishedAt: new Date('2025-08-01'), updatedAt: new Date('2025-10-02') } }));
    expect(tags).toEqual({
      'og:type': 'article',
      'og:title': 'Ba Be Lake',
      'og:description': 'A lake in the mountains.',
      'og:url': 'https://sen.example/en/destinations/ba-be-lake/',
      'og:site_name': 'Foreign Information',
      'og:locale': 'en_GB',
      'og:locale:alternate': 'vi_VN',
      'og:image': 'https://sen.example/en/destinations/ba-be-lake/social.jpg',
      'og:image:type': 'image/jpeg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'Ba Be Lake – boats on the lake',
      'article:published_time': '2025-08-01',
      'article:modified_time': '2025-10-02',
      'twitter:card': 'summary_large_image',
      'twitter:title': 'Ba Be Lake',
      'twitter:description': 'A lake in the mountains.',
      'twitter:image': 'https://sen.example/en/destinations/ba-be-lake/social.jpg',
      'twitter:image:alt': 'Ba Be Lake – boats on the lake',
    });
  });

  it('Open Graph names go in property, Twitter names in name', () => {
    for (const tag of meta({ route: item })) {
      if ('property' in tag) expect(tag.property).toMatch(/^(og|article):/);
      else expect(tag.name).toMatch(/^twitter:/);
    }
  });

  it('an item never updated has no modification time', () => {
    const tags = byName(meta({ route: item, dates: { publishedAt: new Date('2025-08-01') } }));
    expect(tags['article:published_time']).toBe('2025-08-01');
    expect(tags).not.toHaveProperty('article:modified_time');
  });

  it('an untranslated page shares the original: its URL and language, and no translation of its own', () => {
    const fallback: SharedRoute = {
      ...item, path: '/en/news/tin-rieng/', key: 'tin-rieng', section: 'news', contentLocale: 'vi', fallback: true,
      alternates: { vi: '/vi/tin-tuc/tin-rieng/', en: '/en/news/tin-rieng/' },
      translations: { vi: '/vi/tin-tuc/tin-rieng/' },
    };
    const tags = byName(meta({ route: fallback, canonical: 'https://sen.example/vi/tin-tuc/tin-rieng/' }));
    expect(tags['og:url']).toBe('https://sen.example/vi/tin-tuc/tin-rieng/');
    expect(tags['og:locale']).toBe('vi_VN');
    expect(tags).not.toHaveProperty('og:locale:alternate');
    // Its own image: the original's title under the reader's words.
    expect(tags['og:image']).toBe('https://sen.example/en/news/tin-rieng/social.jpg');
  });

  it('other pages are websites in their locale, with every other locale as an alternate, and no article dates', () => {
    const home: SharedRoute = { kind: 'home', locale: 'vi', path: '/vi/', alternates: { vi: '/vi/', en: '/en/' } };
    const tags = byName(meta({ route: home, title: 'Thông tin đối ngoại' }));
    expect(tags['og:type']).toBe('website');
    expect(tags['og:locale']).toBe('vi_VN');
    expect(tags['og:locale:alternate']).toBe('en_GB');
    expect(tags['og:image']).toBe('https://sen.example/vi/social.jpg');
    expect(Object.keys(tags).filter((key) => key.startsWith('article:'))).toEqual([]);
  });
});

describe('Open Graph locales', () => {
  it('are written language_TERRITORY, or the language alone', () => {
    expect(ogLocale('vi-VN')).toBe('vi_VN');
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('fr')).toBe('fr');
    expect(ogLocale('zh-Hant-TW')).toBe('zh_TW');
  });
});
