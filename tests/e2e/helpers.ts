/**
 * What the browser tests know of the built site: every HTML file of dist/,
 * classified by page type from its URL and markup, and samples of each type.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const root = path.resolve(import.meta.dirname, '../..');
export const distDir = path.resolve(root, process.env.SEN_TEST_DIST ?? 'dist');

/** Every section the demo site must show, in the order of src/content/sections.ts. */
export const sections = ['localities', 'destinations', 'culture', 'news', 'events', 'investment', 'clarifications', 'pages'] as const;
export type Section = (typeof sections)[number];
export const listedSections = sections.filter((section) => section !== 'pages');

export type Kind = 'root' | 'site-404' | 'home' | 'listing' | 'item' | 'search' | 'syndication' | 'press-room' | 'widget' | 'not-found'
  | 'locality-comparison' | 'project-catalogue' | 'fact-sheet' | 'unknown';

export interface Link { hreflang: string; href: string }

export interface SitePage {
  /** The URL path a static host serves it at: `/`, `/404.html`, `/vi/diem-den/phong-nha-ke-bang/`. */
  path: string;
  html: string;
  kind: Kind;
  /** The locale of its URL (none for the root and the site-wide 404). */
  locale?: string;
  section?: Section;
  /** A listing's page number. */
  pageNumber?: number;
  /** `<html lang>`. */
  lang?: string;
  /** Shows another language's original with the fallback notice. */
  fallback: boolean;
  noindex: boolean;
  canonical?: string;
  /** `<link rel="alternate" hreflang>` in document order. */
  alternates: Link[];
  /** The `data-language-switch` links. */
  switches: Link[];
  h1?: string;
}

// ---------------------------------------------------------------- markup

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export const decode = (text: string): string =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (entities[name.toLowerCase()] ?? whole),
  );

/** The attributes of every `<name …>` start tag in `html`. */
export function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const [, body] of html.matchAll(new RegExp(`<${name}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const [, key, dq, sq, bare] of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[key.toLowerCase()] = decode(dq ?? sq ?? bare ?? '');
    }
    found.push(attrs);
  }
  return found;
}

/** The <head> of a page (all of it when there is no </head>). */
function head(html: string): string {
  const end = html.search(/<\/head>/i);
  return end < 0 ? html : html.slice(0, end);
}
const text = (html: string) => decode(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- the site

/** Every HTML file under dist/, as URL paths. */
function htmlPaths(dir = distDir, prefix = '/'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlPaths(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    if (!entry.name.endsWith('.html')) return [];
    return [entry.name === 'index.html' ? prefix : `${prefix}${entry.name}`];
  });
}

const fileOf = (urlPath: string) => path.join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

/** Each locale's URL words: section slugs, the words for "page" and "search", from src/i18n/translations. */
function routeWords(locale: string): Record<string, string> {
  const file = path.join(root, 'src/i18n/translations', `${locale}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).routes;
}

function classify(urlPath: string, locales: string[]): Pick<SitePage, 'kind' | 'locale' | 'section' | 'pageNumber'> {
  const parts = urlPath.split('/').filter(Boolean);
  if (parts.length === 0) return { kind: 'root' };
  if (urlPath === '/404.html') return { kind: 'site-404' };
  const [locale, first, ...rest] = parts;
  if (!locales.includes(locale)) return { kind: 'unknown' };
  if (!first) return { kind: 'home', locale };
  if (first === '404' && rest.length === 0) return { kind: 'not-found', locale };
  const words = routeWords(locale);
  if (first === words.search && rest.length === 0) return { kind: 'search', locale };
  if (first === words.syndication && rest.length === 0) return { kind: 'syndication', locale };
  if (first === words.pressRoom && rest.length === 0) return { kind: 'press-room', locale };
  if (first === 'widget' && rest.length <= 1) return { kind: 'widget', locale, section: listedSections.find((id) => words[id] === rest[0]) };
  const section = listedSections.find((id) => words[id] === first);
  if (!section) return rest.length === 0 ? { kind: 'item', locale, section: 'pages' } : { kind: 'unknown', locale };
  if (rest.length === 0) return { kind: 'listing', locale, section, pageNumber: 1 };
  if (section === 'localities' && rest.length === 1 && rest[0] === words.compare) return { kind: 'locality-comparison', locale };
  if (section === 'investment' && rest.length === 1 && rest[0] === words.projects) return { kind: 'project-catalogue', locale };
  if (section === 'investment' && rest.length === 2 && rest[1] === words.factSheet) return { kind: 'fact-sheet', locale, section };
  if (rest.length === 1) return { kind: 'item', locale, section };
  if (rest.length === 2 && rest[0] === words.page && /^\d+$/.test(rest[1])) return { kind: 'listing', locale, section, pageNumber: Number(rest[1]) };
  return { kind: 'unknown', locale };
}

function loadSite() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('No built site in dist/: run "npm run build" first.');
  const rootHtml = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const rootCanonical = tags(head(rootHtml), 'link').find((link) => link.rel === 'canonical')?.href;
  if (!rootCanonical) throw new Error('dist/index.html has no canonical link: the site URL is unknown');
  const origin = new URL(rootCanonical).origin;
  // The site's locales are the languages the root chooser offers.
  const locales = tags(head(rootHtml), 'link').filter((link) => link.rel === 'alternate' && link.hreflang !== 'x-default').map((link) => link.hreflang);

  const pages: SitePage[] = htmlPaths().sort().map((urlPath) => {
    const html = fs.readFileSync(fileOf(urlPath), 'utf8');
    const links = tags(head(html), 'link');
    const robots = tags(head(html), 'meta').find((meta) => meta.name?.toLowerCase() === 'robots')?.content ?? '';
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
    return {
      path: urlPath,
      html,
      ...classify(urlPath, locales),
      lang: tags(html, 'html')[0]?.lang,
      fallback: /\bdata-fallback-notice\b/.test(html),
      noindex: /\bnoindex\b/i.test(robots),
      canonical: links.find((link) => link.rel === 'canonical')?.href,
      alternates: links.filter((link) => link.rel === 'alternate' && 'hreflang' in link).map(({ hreflang, href }) => ({ hreflang, href })),
      switches: tags(html, 'a').filter((a) => 'data-language-switch' in a).map(({ hreflang, href }) => ({ hreflang, href })),
      h1: h1 === undefined ? undefined : text(h1),
    };
  });
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const defaultLocale = tags(rootHtml, 'html')[0]?.lang ?? locales[0];
  return { origin, locales, defaultLocale, pages, byPath };
}

export const site = loadSite();

/** The site path of an absolute URL on the site, else undefined. */
export function sitePath(href: string | undefined | null): string | undefined {
  if (!href) return undefined;
  const url = new URL(href, site.origin);
  return url.origin === site.origin ? url.pathname : undefined;
}

export const isAbsolute = (href: string) => /^https?:\/\/[^/]/.test(href);

export const pagesOf = (filter: Partial<Pick<SitePage, 'kind' | 'locale' | 'section' | 'fallback'>>): SitePage[] =>
  site.pages.filter((page) => Object.entries(filter).every(([key, value]) => page[key as keyof SitePage] === value));

// ---------------------------------------------------------------- samples

export interface Sample { name: string; page: SitePage }

/** The richest page of a list (the most markup: the most components to test). */
const richest = (pages: SitePage[]) => pages.reduce<SitePage | undefined>((best, page) => (!best || page.html.length > best.html.length ? page : best), undefined);

/**
 * One page of each type in every locale: home, each section's listing and its
 * page 2 where there is one, an item of each section, an untranslated item
 * and the original of one, the search page where there is one, the 404.
 */
export function pageTypeSamples(): Sample[] {
  const samples: Sample[] = [];
  const add = (name: string, page: SitePage | undefined) => page && samples.push({ name, page });
  const originals = new Set(pagesOf({ fallback: true }).map((page) => sitePath(page.canonical)));
  for (const locale of site.locales) {
    add(`home (${locale})`, pagesOf({ kind: 'home', locale })[0]);
    for (const section of listedSections) {
      const listings = pagesOf({ kind: 'listing', locale, section });
      add(`${section} listing (${locale})`, listings.find((page) => page.pageNumber === 1));
      add(`${section} listing page 2 (${locale})`, listings.find((page) => page.pageNumber === 2));
    }
    for (const section of sections) add(`${section} item (${locale})`, richest(pagesOf({ kind: 'item', locale, section, fallback: false })));
    add(`untranslated item (${locale})`, richest(pagesOf({ kind: 'item', locale, fallback: true })));
    add(`original of an untranslated item (${locale})`, pagesOf({ kind: 'item', locale }).find((page) => originals.has(page.path)));
    add(`search (${locale})`, pagesOf({ kind: 'search', locale })[0]);
    add(`syndication (${locale})`, pagesOf({ kind: 'syndication', locale })[0]);
    add(`press room (${locale})`, pagesOf({ kind: 'press-room', locale })[0]);
    add(`media kit page (${locale})`, pagesOf({ kind: 'item', locale, section: 'pages', fallback: false }).find((page) => page.html.includes('data-media-kit')));
    add(`locality comparison (${locale})`, pagesOf({ kind: 'locality-comparison', locale })[0]);
    add(`project catalogue (${locale})`, pagesOf({ kind: 'project-catalogue', locale })[0]);
    add(`project fact sheet (${locale})`, richest(pagesOf({ kind: 'fact-sheet', locale })));
    add(`locality with charts (${locale})`, pagesOf({ kind: 'item', locale, section: 'localities', fallback: false }).find((page) => page.html.includes('data-figure-chart')));
    add(`investment guide (${locale})`, pagesOf({ kind: 'item', locale, section: 'investment', fallback: false }).find((page) => page.html.includes('guide-steps')));
    add(`404 (${locale})`, pagesOf({ kind: 'not-found', locale })[0]);
  }
  return samples;
}

/** Every page of the site in groups of one type: home pages, listings, each section's items, 404s, the root chooser. */
export function pageGroups(): [string, SitePage[]][] {
  const groups: [string, SitePage[]][] = [
    ['home pages', pagesOf({ kind: 'home' })],
    ['listing pages', pagesOf({ kind: 'listing' })],
    ...sections.map((section): [string, SitePage[]] => [`${section} item pages`, pagesOf({ kind: 'item', section })]),
    ['search pages', pagesOf({ kind: 'search' })],
    ['syndication pages', pagesOf({ kind: 'syndication' })],
    ['press rooms', pagesOf({ kind: 'press-room' })],
    ['locality comparisons', pagesOf({ kind: 'locality-comparison' })],
    ['project catalogues', pagesOf({ kind: 'project-catalogue' })],
    ['project fact sheets', pagesOf({ kind: 'fact-sheet' })],
    ['widgets', pagesOf({ kind: 'widget' })],
    ['404 pages', site.pages.filter((page) => page.kind === 'not-found' || page.kind === 'site-404')],
    ['root language chooser', pagesOf({ kind: 'root' })],
  ];
  return groups.filter(([, pages]) => pages.length > 0);
}

/** The two pages outside any locale: the root language chooser and the site-wide 404. */
export function outsideSamples(): Sample[] {
  return [
    { name: 'root language chooser', page: site.byPath.get('/')! },
    { name: 'site-wide 404', page: site.byPath.get('/404.html')! },
    ...site.locales.map((locale) => ({ name: `widget (${locale})`, page: site.byPath.get(`/${locale}/widget/`)! })),
  ].filter((sample) => sample.page);
}

// ---------------------------------------------------------------- browser

/** Scrolls a page to the bottom a screen at a time, so that lazy images load, then waits for them. */
export async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.waitForLoadState('networkidle');
}
