/**
 * The published site, read once per build: every public item grouped by
 * translation key, and the route table made from it. Every output (HTML,
 * feeds, search, PDF) reads content through here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sectionIds, sectionOrder, type SectionId } from './sections.ts';
import { buildDate, isPublic } from './publication.ts';
import { orderItems } from './order.ts';
import { sourceHash, sourceLocale, translationStatus } from './translation-status.ts';
import { siteSettings } from './site.ts';
import { buildRoutes, localizedSegments, type RoutableItem, type Route, type RoutingOptions } from '../routing/routes.ts';
import { localeCodes, defaultLocale, localeInfo } from '../i18n/locales.ts';
import { translator } from '../i18n/ui.ts';

export type Entry = CollectionEntry<SectionId>;

export interface Item extends RoutableItem {
  /** Published versions by locale. */
  entries: Record<string, Entry>;
  /** Locales whose translation was made from an older version of the source: their pages say so. */
  outdated: string[];
}

export interface SiteContent {
  now: Date;
  items: Item[];
  routes: Route[];
  routing: RoutingOptions;
  /** The item of a section by its key. */
  item(section: SectionId, key: string): Item | undefined;
  /** The items of a section, in the order of `items`. */
  itemsOf(section: SectionId): Item[];
  /** Whether the site has a page of this kind: the project catalogue, the comparison of localities… */
  hasRoute(kind: Route['kind']): boolean;
  /** The route of an item in a locale. */
  itemRoute(section: SectionId, key: string, locale: string): Extract<Route, { kind: 'item' }>;
}

/** The version of `item` a reader of `locale` is shown: its own, or the original it falls back to. */
export function shownEntry(content: Pick<SiteContent, 'itemRoute'>, item: Item, locale: string): Entry {
  return item.entries[content.itemRoute(item.section, item.key, locale).contentLocale];
}

/** The first of `items` whose card has a picture: what a phone shows first on a listing. */
export function firstPictured(content: Pick<SiteContent, 'itemRoute'>, items: Item[], locale: string): Item | undefined {
  return items.find((item) => (shownEntry(content, item, locale).data as { image?: unknown }).image);
}

const renders = new Map<string, ReturnType<typeof render>>();

/** An entry's body and headings, as Astro's `render` gives them: once per build for its page, its headings and its feeds. */
export function renderEntry(entry: Entry): ReturnType<typeof render> {
  const key = `${entry.collection}/${entry.id}`;
  let rendered = renders.get(key);
  if (!rendered) renders.set(key, (rendered = render(entry)));
  return rendered;
}

let loading: Promise<SiteContent> | undefined;

export function siteContent(): Promise<SiteContent> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteContent> {
  const now = buildDate();
  const locales = localeCodes();
  const items: Item[] = [];
  for (const section of sectionIds) {
    const byKey = new Map<string, Record<string, Entry>>();
    for (const entry of await getCollection(section)) {
      const [key, locale] = entry.id.split('/');
      if (!locales.includes(locale) || !isPublic(entry.data, now)) continue;
      byKey.set(key, { ...byKey.get(key), [locale]: entry });
    }
    for (const [key, entries] of byKey) {
      const source = sourceLocale(locales, defaultLocale(), (locale) => Boolean(entries[locale]))!;
      const versions = Object.fromEntries(Object.entries(entries).map(([locale, entry]) => [locale, { slug: entry.data.slug }]));
      const factSheet = section === 'investment' && 'kind' in entries[source].data && entries[source].data.kind === 'project';
      items.push({ section, key, source, versions, entries, outdated: outdatedTranslations(entries, source), factSheet });
    }
  }

  const routing: RoutingOptions = {
    locales,
    pageSize: siteSettings().pageSize,
    segments: localizedSegments(locales, (locale, name) => translator(locale)(`routes.${name}`)),
  };

  // Every page asks which sections have items and which pages exist, and looks items and their routes up
  // by key (a destination's map names every destination): indexed, a site of 5,000 items does not scan its
  // 10,000 items and 14,000 routes for each of its pages.
  const itemsByKey = new Map(items.map((item) => [`${item.section}/${item.key}`, item]));
  const itemsBySection = Map.groupBy(items, (item) => item.section);
  const find = (section: SectionId, key: string) => itemsByKey.get(`${section}/${key}`);
  const order = (section: SectionId, keys: string[], locale: string) =>
    orderItems(
      keys.map((key) => {
        const item = find(section, key)!;
        const data = (item.entries[locale] ?? item.entries[item.source]).data;
        return { key, title: data.title, publishedAt: data.publishedAt, startDate: 'startDate' in data ? data.startDate : undefined, endDate: 'endDate' in data ? data.endDate : undefined };
      }),
      sectionOrder[section],
      now,
      new Intl.Collator(localeInfo(locale).intl),
    ).map((item) => item.key);

  const routes = buildRoutes(routing, items, order);
  const itemRoutes = new Map(routes.flatMap((route) => (route.kind === 'item' ? [[`${route.section}/${route.key}/${route.locale}`, route] as const] : [])));
  const routeKinds = new Set(routes.map((route) => route.kind));
  return {
    now,
    items,
    routes,
    routing,
    item: find,
    itemsOf: (section) => itemsBySection.get(section) ?? [],
    hasRoute: (kind) => routeKinds.has(kind),
    itemRoute(section, key, locale) {
      const route = itemRoutes.get(`${section}/${key}/${locale}`);
      if (!route) throw new Error(`No page for content/${section}/${key} in ${locale}`);
      return route;
    },
  };
}

/**
 * The published translations made from an older version of the published
 * source, by the hash `npm run translations` reports on (translation-status.ts).
 * A translation whose original is not published is never called outdated:
 * there is no original to send its readers to. The source file is read as
 * written; glob-loader entries name it relative to the project, where the
 * build runs.
 */
function outdatedTranslations(entries: Record<string, Entry>, source: string): string[] {
  const hash = sourceHash(fs.readFileSync(path.resolve(entries[source].filePath!), 'utf8'));
  return Object.keys(entries).filter((locale) => locale !== source && translationStatus({ public: true, sourceHash: entries[locale].data.sourceHash }, hash) === 'outdated');
}
