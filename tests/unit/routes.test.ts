import { describe, expect, it } from 'vitest';
import { buildRoutes, type RoutableItem, type Route, type RoutingOptions } from '../../src/routing/routes.ts';
import { sectionIds } from '../../src/content/sections.ts';

const segments = (names: Record<string, string>, page: string) =>
  Object.fromEntries([...sectionIds.map((id) => [id, names[id] ?? id]), ['page', page], ['search', names.search ?? 'search'], ['syndication', 'syndication'], ['pressRoom', names.pressRoom ?? 'press-room']]) as RoutingOptions['segments'][string];

const options: RoutingOptions = {
  locales: ['vi', 'en'],
  pageSize: 2,
  segments: {
    vi: segments({ destinations: 'diem-den', news: 'tin-tuc', search: 'tim-kiem' }, 'trang'),
    en: segments({}, 'page'),
  },
};

const destination: RoutableItem = { section: 'destinations', key: 'dong-hoi', source: 'vi', versions: { vi: {}, en: { slug: 'dong-hoi-city' } } };
const untranslated: RoutableItem = { section: 'news', key: 'tin-rieng', source: 'vi', versions: { vi: {} } };
const news = ['a', 'b', 'c'].map((key): RoutableItem => ({ section: 'news', key, source: 'vi', versions: { vi: {}, en: {} } }));
const about: RoutableItem = { section: 'pages', key: 'about', source: 'vi', versions: { vi: { slug: 'gioi-thieu' }, en: { slug: 'about' } } };

const routes = buildRoutes(options, [destination, untranslated, ...news, about], (_section, keys) => [...keys].sort());
const find = (predicate: (route: Route) => boolean) => routes.find(predicate)!;

describe('the route table', () => {
  it('puts every page under its locale prefix with localized section slugs', () => {
    expect(find((r) => r.kind === 'item' && r.key === 'dong-hoi' && r.locale === 'vi').path).toBe('/vi/diem-den/dong-hoi/');
    expect(find((r) => r.kind === 'item' && r.key === 'dong-hoi' && r.locale === 'en').path).toBe('/en/destinations/dong-hoi-city/');
    expect(routes.every((route) => route.path.startsWith(`/${route.locale}/`))).toBe(true);
  });

  it('links every page to its equivalent in every locale, never to a home page', () => {
    const page = find((r) => r.kind === 'item' && r.key === 'dong-hoi' && r.locale === 'vi');
    expect(page.alternates).toEqual({ vi: '/vi/diem-den/dong-hoi/', en: '/en/destinations/dong-hoi-city/' });
    for (const route of routes.filter((r) => r.kind !== 'home')) {
      expect(Object.values(route.alternates)).not.toContain('/en/');
    }
  });

  it('gives each locale a press room at its own words, each the alternate of the other', () => {
    const rooms = routes.filter((r) => r.kind === 'press-room');
    expect(rooms.map((r) => r.path)).toEqual(['/vi/press-room/', '/en/press-room/']);
    const viOptions = { ...options, segments: { ...options.segments, vi: segments({ pressRoom: 'phong-bao-chi' }, 'trang') } };
    const localized = buildRoutes(viOptions, [], (_section, keys) => keys).filter((r) => r.kind === 'press-room');
    expect(localized[0].alternates).toEqual({ vi: '/vi/phong-bao-chi/', en: '/en/press-room/' });
  });

  it('gives an untranslated item a fallback page showing the original', () => {
    const fallback = find((r) => r.kind === 'item' && r.key === 'tin-rieng' && r.locale === 'en');
    expect(fallback).toMatchObject({ fallback: true, contentLocale: 'vi', path: '/en/news/tin-rieng/' });
    expect(fallback.kind === 'item' && fallback.translations).toEqual({ vi: '/vi/tin-tuc/tin-rieng/' });
  });

  it('paginates listings with the locale’s word for page', () => {
    const pages = routes.filter((r) => r.kind === 'listing' && r.section === 'news' && r.locale === 'vi');
    expect(pages.map((r) => r.path)).toEqual(['/vi/tin-tuc/', '/vi/tin-tuc/trang/2/']);
    expect(find((r) => r.kind === 'listing' && r.section === 'news' && r.locale === 'en' && r.page === 2).path).toBe('/en/news/page/2/');
    const listed = pages.flatMap((r) => (r.kind === 'listing' ? r.keys : []));
    expect(listed.sort()).toEqual(['a', 'b', 'c', 'tin-rieng']);
  });

  it('puts plain pages at the top of a locale, without a listing', () => {
    expect(find((r) => r.kind === 'item' && r.key === 'about' && r.locale === 'vi').path).toBe('/vi/gioi-thieu/');
    expect(routes.some((r) => r.kind === 'listing' && r.section === 'pages')).toBe(false);
  });

  it('refuses two pages at one URL, naming both', () => {
    const twin: RoutableItem = { ...destination, key: 'dong-hoi-2', versions: { vi: { slug: 'dong-hoi' } } };
    expect(() => buildRoutes(options, [destination, twin], (_s, keys) => keys)).toThrow(/\/vi\/diem-den\/dong-hoi\/.*content\/destinations\/dong-hoi.*content\/destinations\/dong-hoi-2/);
  });
});
