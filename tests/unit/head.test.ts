import { describe, expect, it } from 'vitest';
import { headLinks } from '../../src/routing/head.ts';
import type { Route } from '../../src/routing/routes.ts';

const site = 'https://sen.example';
const translated: Route = {
  kind: 'item', locale: 'en', path: '/en/destinations/ba-be-lake/', section: 'destinations', key: 'ho-ba-be',
  contentLocale: 'en', fallback: false,
  alternates: { vi: '/vi/diem-den/ho-ba-be/', en: '/en/destinations/ba-be-lake/' },
  translations: { vi: '/vi/diem-den/ho-ba-be/', en: '/en/destinations/ba-be-lake/' },
};
const fallback: Route = {
  ...translated, locale: 'en', path: '/en/news/tin-rieng/', key: 'tin-rieng', section: 'news', contentLocale: 'vi', fallback: true,
  alternates: { vi: '/vi/tin-tuc/tin-rieng/', en: '/en/news/tin-rieng/' },
  translations: { vi: '/vi/tin-tuc/tin-rieng/' },
};

describe('what a page declares to search engines', () => {
  it('a translated page is canonical to itself with absolute, reciprocal alternates and x-default', () => {
    expect(headLinks(translated, site, 'vi')).toEqual({
      canonical: 'https://sen.example/en/destinations/ba-be-lake/',
      noindex: false,
      alternates: [
        { hreflang: 'vi', href: 'https://sen.example/vi/diem-den/ho-ba-be/' },
        { hreflang: 'en', href: 'https://sen.example/en/destinations/ba-be-lake/' },
        { hreflang: 'x-default', href: 'https://sen.example/vi/diem-den/ho-ba-be/' },
      ],
    });
  });

  it('an untranslated page is noindex, canonical to the original, and never offered as a translation', () => {
    const links = headLinks(fallback, site, 'vi');
    expect(links.noindex).toBe(true);
    expect(links.canonical).toBe('https://sen.example/vi/tin-tuc/tin-rieng/');
    expect(links.alternates.map((a) => a.href)).not.toContain('https://sen.example/en/news/tin-rieng/');
  });

  it('the home pages name the language chooser at the root as x-default', () => {
    const home: Route = { kind: 'home', locale: 'vi', path: '/vi/', alternates: { vi: '/vi/', en: '/en/' } };
    expect(headLinks(home, site, 'vi').alternates.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://sen.example/' });
  });

  it('a 404 page is not indexed', () => {
    const notFound: Route = { kind: 'not-found', locale: 'en', path: '/en/404/', alternates: { vi: '/vi/404/', en: '/en/404/' } };
    expect(headLinks(notFound, site, 'vi')).toEqual({ noindex: true, alternates: [] });
  });
});
