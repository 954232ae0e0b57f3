/**
 * Sen's route table: every page of the site, in every locale, with the
 * equivalent page in each other locale. The one place where URLs are made.
 */
import type { SectionId } from '../content/sections.ts';
import { hasListing, sectionIds, syndicatedSections, type SyndicatedSection } from '../content/sections.ts';

export type Locale = string;

/** What the router needs to know of an item: its key and the slug each real translation asks for. */
export interface RoutableItem {
  section: SectionId;
  key: string;
  /** Published versions by locale; `slug` is the one set in front matter, if any. */
  versions: Record<Locale, { slug?: string }>;
  /** The locale of the original version. */
  source: Locale;
  /** A project calling for investment: it has a one-page printable fact sheet beside its page. */
  factSheet?: boolean;
}

export interface RoutingOptions {
  locales: Locale[];
  /** Localized path segments: each section's slug, the word for "page" in paginated listings, the search and syndication pages'. */
  segments: Record<Locale, Record<SectionId | 'page' | 'search' | 'syndication' | 'pressRoom' | InvestorWord, string>>;
  pageSize: number;
}

interface RouteBase {
  locale: Locale;
  path: string;
  /** The equivalent page in every locale, including this one: where the language switch leads. */
  alternates: Record<Locale, string>;
}

export type Route =
  | (RouteBase & { kind: 'home' })
  | (RouteBase & { kind: 'listing'; section: SectionId; page: number; pageCount: number; keys: string[] })
  | (RouteBase & {
      kind: 'item';
      section: SectionId;
      key: string;
      /** The locale whose content this page shows: its own, or the source's when untranslated. */
      contentLocale: Locale;
      fallback: boolean;
      /** Pages of the real translations only, for hreflang. */
      translations: Record<Locale, string>;
    })
  | (RouteBase & { kind: 'search' })
  | (RouteBase & { kind: 'syndication' })
  /** For journalists: press releases, the spokesperson, briefings, accreditation, the media kit. */
  | (RouteBase & { kind: 'press-room' })
  /** The localities' key figures side by side, with the same data as CSV and JSON. */
  | (RouteBase & { kind: 'locality-comparison' })
  /** The projects calling for investment, filterable by sector and locality. */
  | (RouteBase & { kind: 'project-catalogue' })
  /** A project's one-page printable fact sheet, beside the project's page. */
  | (RouteBase & { kind: 'fact-sheet'; key: string; contentLocale: Locale; fallback: boolean; translations: Record<Locale, string> })
  /** The latest items, of one section or of all, for partners to frame in their own pages. */
  | (RouteBase & { kind: 'widget'; section?: SyndicatedSection })
  | (RouteBase & { kind: 'not-found' });

/** The localized path segments of each locale, looked up by name (a section, `page`, `search`). */
export function localizedSegments(locales: Locale[], word: (locale: Locale, name: string) => string): RoutingOptions['segments'] {
  const names = [...sectionIds, 'page', 'search', 'syndication', 'pressRoom', ...investorWords];
  return Object.fromEntries(
    locales.map((locale) => [locale, Object.fromEntries(names.map((name) => [name, word(locale, name)]))]),
  ) as RoutingOptions['segments'];
}

export const homePath = (locale: Locale): string => `/${locale}/`;

export const searchPath = (options: RoutingOptions, locale: Locale): string => `/${locale}/${options.segments[locale].search}/`;

export const syndicationPath = (options: RoutingOptions, locale: Locale): string => `/${locale}/${options.segments[locale].syndication}/`;

export const pressRoomPath = (options: RoutingOptions, locale: Locale): string => `/${locale}/${options.segments[locale].pressRoom}/`;

/** The URL words of the investors' pages under the localities and investment sections. */
const investorWords = ['compare', 'projects', 'factSheet'] as const;
type InvestorWord = (typeof investorWords)[number];

export const localityComparisonPath = (options: RoutingOptions, locale: Locale): string =>
  `${listingPath(options, 'localities', locale)}${options.segments[locale].compare}/`;

export const projectCataloguePath = (options: RoutingOptions, locale: Locale): string =>
  `${listingPath(options, 'investment', locale)}${options.segments[locale].projects}/`;

export const factSheetPath = (options: RoutingOptions, locale: Locale, projectPath: string): string =>
  `${projectPath}${options.segments[locale].factSheet}/`;

/** Widgets keep the word `widget` in every locale: the framing rules of `_headers` and nginx match it. */
export const widgetPath = (options: RoutingOptions, locale: Locale, section?: SyndicatedSection): string =>
  `/${locale}/widget/${section ? `${options.segments[locale][section]}/` : ''}`;

export function listingPath(options: RoutingOptions, section: SectionId, locale: Locale, page = 1): string {
  const { segments } = options;
  const base = `/${locale}/${segments[locale][section]}/`;
  return page === 1 ? base : `${base}${segments[locale].page}/${page}/`;
}

/** An item's slug in a locale: the slug its version sets, else the item's folder name. */
export function itemSlug(item: RoutableItem, locale: Locale): string {
  return item.versions[locale]?.slug ?? item.versions[item.source]?.slug ?? item.key;
}

export function itemPath(options: RoutingOptions, item: RoutableItem, locale: Locale): string {
  const slug = itemSlug(item, locale);
  return item.section === 'pages' ? `/${locale}/${slug}/` : `/${locale}/${options.segments[locale][item.section]}/${slug}/`;
}

const byLocale = (locales: Locale[], path: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(locales.map((locale) => [locale, path(locale)]));

/**
 * Every route of the site. Listings hold item keys in their display order,
 * which `order` gives per section and locale. Throws when two pages would share a URL.
 */
export function buildRoutes(
  options: RoutingOptions,
  items: RoutableItem[],
  order: (section: SectionId, keys: string[], locale: Locale) => string[],
): Route[] {
  const { locales, pageSize } = options;
  const routes: Route[] = [];
  const home = byLocale(locales, homePath);
  const notFound = byLocale(locales, (locale) => `/${locale}/404/`);
  const search = byLocale(locales, (locale) => searchPath(options, locale));
  const syndication = byLocale(locales, (locale) => syndicationPath(options, locale));
  const pressRoom = byLocale(locales, (locale) => pressRoomPath(options, locale));
  for (const locale of locales) {
    routes.push({ kind: 'home', locale, path: home[locale], alternates: home });
    routes.push({ kind: 'search', locale, path: search[locale], alternates: search });
    routes.push({ kind: 'syndication', locale, path: syndication[locale], alternates: syndication });
    routes.push({ kind: 'press-room', locale, path: pressRoom[locale], alternates: pressRoom });
    routes.push({ kind: 'not-found', locale, path: notFound[locale], alternates: notFound });
    for (const section of [undefined, ...syndicatedSections]) {
      const alternates = byLocale(locales, (other) => widgetPath(options, other, section));
      routes.push({ kind: 'widget', locale, path: alternates[locale], alternates, section });
    }
  }

  const sections = [...new Set(items.map((item) => item.section))];
  for (const section of sections.filter(hasListing)) {
    const keys = items.filter((item) => item.section === section).map((item) => item.key);
    const pageCount = Math.max(1, Math.ceil(keys.length / pageSize));
    for (const locale of locales) {
      const ordered = order(section, keys, locale);
      for (let page = 1; page <= pageCount; page++) {
        const alternates = byLocale(locales, (other) => listingPath(options, section, other, page));
        const pageKeys = ordered.slice((page - 1) * pageSize, page * pageSize);
        routes.push({ kind: 'listing', locale, path: alternates[locale], alternates, section, page, pageCount, keys: pageKeys });
      }
    }
  }

  if (sections.includes('localities')) {
    const alternates = byLocale(locales, (locale) => localityComparisonPath(options, locale));
    for (const locale of locales) routes.push({ kind: 'locality-comparison', locale, path: alternates[locale], alternates });
  }
  if (items.some((item) => item.factSheet)) {
    const alternates = byLocale(locales, (locale) => projectCataloguePath(options, locale));
    for (const locale of locales) routes.push({ kind: 'project-catalogue', locale, path: alternates[locale], alternates });
  }

  for (const item of items) {
    const alternates = byLocale(locales, (locale) => itemPath(options, item, locale));
    const translations = Object.fromEntries(
      Object.entries(alternates).filter(([locale]) => item.versions[locale]),
    );
    for (const locale of locales) {
      const fallback = !item.versions[locale];
      routes.push({
        kind: 'item',
        locale,
        path: alternates[locale],
        alternates,
        section: item.section,
        key: item.key,
        contentLocale: fallback ? item.source : locale,
        fallback,
        translations,
      });
    }
    if (item.factSheet) routes.push(...factSheetRoutes(options, item, alternates, translations));
  }

  assertUniquePaths(routes);
  return routes;
}

/** A project's fact sheets, one per locale, each shown like its project's page (falling back to the original). */
function factSheetRoutes(options: RoutingOptions, item: RoutableItem, projectPaths: Record<Locale, string>, translations: Record<Locale, string>): Route[] {
  const sheet = (paths: Record<Locale, string>) => Object.fromEntries(Object.entries(paths).map(([locale, path]) => [locale, factSheetPath(options, locale, path)]));
  const alternates = sheet(projectPaths);
  return options.locales.map((locale) => ({
    kind: 'fact-sheet',
    locale,
    path: alternates[locale],
    alternates,
    key: item.key,
    contentLocale: item.versions[locale] ? locale : item.source,
    fallback: !item.versions[locale],
    translations: sheet(translations),
  }));
}

// Files other than pages, named after the page they belong to.

export type FeedFormat = 'rss' | 'atom' | 'json';
const feedFiles: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** A feed of one section (under its listing), or of everything (under the home page). */
export const feedPath = (options: RoutingOptions, locale: Locale, format: FeedFormat, section?: SyndicatedSection): string =>
  `${section ? listingPath(options, section, locale) : homePath(locale)}${feedFiles[format]}`;

/** The IPTC ninjs document of an item's page, and the index of all of a locale's. */
export const ninjsPath = (pagePath: string): string => `${pagePath}ninjs.json`;
export const ninjsIndexPath = (locale: Locale): string => `${homePath(locale)}ninjs.json`;

/** The social (Open Graph) image of a page. */
export const socialImagePath = (pagePath: string): string => `${pagePath}social.jpg`;

/** The iCalendar file of an event page (`/vi/su-kien/hoi-lim.ics`), and of a locale's upcoming events (`/vi/su-kien.ics`). */
export const eventCalendarPath = (pagePath: string): string => `${pagePath.slice(0, -1)}.ics`;
export const calendarPath = (options: RoutingOptions, locale: Locale): string => `${listingPath(options, 'events', locale).slice(0, -1)}.ics`;

/**
 * A media-kit file as its editor placed it beside a page (`content/pages/<key>/<file>`), copied byte for byte:
 * one copy for every locale, so the same logo has one address.
 */
export const mediaFilePath = (key: string, file: string): string => `/media/${key}/${file}`;

/** The localities' key figures as open data, per locale: `/vi/data/localities.csv`, `/en/data/localities.json`. */
export const localityDataPath = (locale: Locale, format: 'csv' | 'json'): string => `/${locale}/data/localities.${format}`;

export const sitemapPath = (locale: Locale): string => `${homePath(locale)}sitemap.xml`;
export const sitemapIndexPath = '/sitemap-index.xml';

/** The params of `src/pages/[locale]/[...path]…` that give `path`: its locale and the rest, if any. */
export function routeParams(path: string): { locale: string; path: string | undefined } {
  const [locale, ...rest] = path.split('/').filter(Boolean);
  return { locale, path: rest.join('/') || undefined };
}

/** Two pages at one URL would silently hide one of them: name both instead. */
function assertUniquePaths(routes: Route[]): void {
  const seen = new Map<string, Route>();
  for (const route of routes) {
    const other = seen.get(route.path);
    if (other) throw new Error(`Two pages want the URL ${route.path}: ${describe(other)} and ${describe(route)}`);
    seen.set(route.path, route);
  }
}

const describe = (route: Route): string =>
  route.kind === 'item' ? `content/${route.section}/${route.key}` : `the ${route.kind} page`;
