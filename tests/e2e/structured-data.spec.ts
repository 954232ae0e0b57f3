/**
 * What every page of dist/ tells search engines and partners in structured
 * data (JSON-LD): what it is, who publishes it, where it sits, and links
 * that lead to files of the site. Reads the built files; needs no browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { decode, distDir, site, sitePath, tags, type SitePage } from './helpers.ts';

type Node = Record<string, any>;

const is404 = (page: SitePage) => page.kind === 'not-found' || page.kind === 'site-404';
// A widget repeats a listing inside partners' pages (noindex): it describes nothing of its own.
const pages = site.pages.filter((page) => page.kind !== 'widget');
const described = pages.filter((page) => !is404(page));
const itemPages = (section?: string) => pages.filter((page) => page.kind === 'item' && (!section || page.section === section));

/** The text of each JSON-LD script of a page, as the browser reads it. */
const scripts = (page: SitePage): string[] =>
  [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => /\btype\s*=\s*"application\/ld\+json"/i.test(attrs))
    .map(([, , text]) => text);

/** The nodes of a page's graphs. */
const nodes = (page: SitePage): Node[] => scripts(page).flatMap((text) => JSON.parse(text)['@graph'] ?? []);
const ofType = (page: SitePage, ...types: string[]): Node[] => nodes(page).filter((node) => types.includes(node['@type']));
const byId = (page: SitePage, id: string | undefined): Node | undefined => nodes(page).find((node) => node['@id'] === id);
/** The node the page is about: its WebPage's main entity, or what an untranslated copy is about. */
const entityOf = (page: SitePage): Node | undefined => {
  const webPage = byId(page, `${site.origin}${page.path}`);
  return byId(page, (webPage?.mainEntity ?? webPage?.about)?.['@id']);
};

/** Every string of a JSON value, at any depth. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** The breadcrumb trail a page shows: each crumb's label and link (none for the current page). */
function visibleCrumbs(page: SitePage): { label: string; href?: string }[] {
  const nav = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(page.html)?.[0] ?? '';
  return [...nav.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([, crumb]) => ({
    label: decode(crumb.replace(/<[^>]*>/g, '')).trim(),
    href: tags(crumb, 'a')[0]?.href,
  }));
}

test('every page but the 404s carries JSON-LD for schema.org that parses; the 404s carry none', () => {
  expect(described.length).toBeGreaterThan(0);
  for (const page of pages) {
    const texts = scripts(page);
    if (is404(page)) {
      expect.soft(texts, `${page.path} has no structured data`).toEqual([]);
      continue;
    }
    expect.soft(texts.length, `${page.path} has one JSON-LD script`).toBe(1);
    for (const text of texts) {
      // Content could end the script early only with a "<": none is left unescaped.
      expect.soft(text, `${page.path} has no < in its JSON-LD`).not.toContain('<');
      let parsed: Node | undefined;
      expect.soft(() => (parsed = JSON.parse(text)), `${page.path} JSON-LD parses`).not.toThrow();
      expect.soft(parsed?.['@context'], `${page.path} @context`).toBe('https://schema.org');
      expect.soft(parsed?.['@graph']?.length, `${page.path} has a graph`).toBeGreaterThan(0);
    }
  }
});

test('every page names its publisher, a government organization with its contacts', () => {
  for (const page of described) {
    const [publisher] = ofType(page, 'GovernmentOrganization').filter((node) => node['@id'] === `${site.origin}/#publisher`);
    expect.soft(publisher, `${page.path} names the publisher`).toBeDefined();
    expect.soft(publisher?.name && publisher?.email && publisher?.telephone && publisher?.url && publisher?.logo, `${page.path} publisher’s name, contacts, site, logo`).toBeTruthy();
  }
});

test('every page in a language belongs to that language’s website, which searches on its search page', () => {
  for (const page of described.filter((page) => page.locale)) {
    const [websiteNode] = ofType(page, 'WebSite');
    expect.soft(websiteNode?.url, `${page.path} website`).toBe(`${site.origin}/${page.locale}/`);
    expect.soft(websiteNode?.inLanguage, `${page.path} website language`).toBe(page.locale);
    const template: string | undefined = websiteNode?.potentialAction?.target?.urlTemplate;
    const search = pages.find((other) => other.kind === 'search' && other.locale === page.locale);
    expect.soft(template, `${page.path} search action`).toBe(`${site.origin}${search?.path}?q={search_term_string}`);
  }
  expect(ofType(site.byPath.get('/')!, 'WebSite').map((node) => node.url).sort(), 'the root names every language’s website')
    .toEqual(site.locales.map((locale) => `${site.origin}/${locale}/`).sort());
});

test('each kind of page says what it is', () => {
  const expected: [string, SitePage[], string[]][] = [
    ['home', pages.filter((page) => page.kind === 'home'), ['WebPage']],
    ['listing', pages.filter((page) => page.kind === 'listing'), ['CollectionPage']],
    ['search', pages.filter((page) => page.kind === 'search'), ['SearchResultsPage']],
    ['plain page', itemPages('pages'), ['AboutPage', 'ContactPage', 'WebPage']],
    ['item', itemPages().filter((page) => page.section !== 'pages'), ['WebPage']],
  ];
  for (const [name, group, types] of expected) {
    expect(group, `${name} pages`).not.toHaveLength(0);
    for (const page of group) {
      const webPage = byId(page, `${site.origin}${page.path}`);
      expect.soft(types, `${page.path} is a ${name} page: ${webPage?.['@type']}`).toContain(webPage?.['@type']);
      expect.soft(webPage?.name, `${page.path} page name`).toBeTruthy();
    }
  }
  const sectionTypes: Record<string, string[]> = {
    news: ['NewsArticle'],
    destinations: ['TouristDestination', 'TouristAttraction'],
    events: ['Event'],
    clarifications: ['ClaimReview'],
    localities: ['AdministrativeArea'],
    culture: ['Article'],
    investment: ['Article'],
  };
  for (const [section, types] of Object.entries(sectionTypes)) {
    expect(itemPages(section), `${section} pages`).not.toHaveLength(0);
    for (const page of itemPages(section)) expect.soft(types, `${page.path} is about a ${types.join(' or ')}`).toContain(entityOf(page)?.['@type']);
  }
});

test('news and press releases are news articles with dates, an image, an author and the publisher', () => {
  for (const page of itemPages('news')) {
    const article = entityOf(page);
    expect.soft(article?.headline, `${page.path} headline`).toBeTruthy();
    expect.soft(article?.datePublished, `${page.path} datePublished`).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect.soft(article?.dateModified, `${page.path} dateModified`).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect.soft(article?.image?.url, `${page.path} image`).toMatch(new RegExp(`^${site.origin}/`));
    expect.soft(article?.author?.name ?? article?.author?.['@id'], `${page.path} author`).toBeTruthy();
    expect.soft(article?.publisher?.['@id'], `${page.path} publisher`).toBe(`${site.origin}/#publisher`);
  }
  const releases = itemPages('news').filter((page) => entityOf(page)?.identifier);
  expect(releases, 'press releases carry their number').not.toHaveLength(0);
  for (const page of releases) expect.soft(entityOf(page)?.sourceOrganization?.name, `${page.path} issuing agency`).toBeTruthy();
});

test('destinations and localities are places with coordinates', () => {
  for (const page of [...itemPages('destinations'), ...itemPages('localities')]) {
    const geo = entityOf(page)?.geo;
    expect.soft(geo?.['@type'], `${page.path} geo`).toBe('GeoCoordinates');
    expect.soft(typeof geo?.latitude === 'number' && typeof geo?.longitude === 'number', `${page.path} latitude and longitude`).toBe(true);
  }
});

test('events have their dates, as dates or times in Vietnam, and their venue', () => {
  const dateOrTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/;
  for (const page of itemPages('events')) {
    const event = entityOf(page);
    expect.soft(event?.startDate, `${page.path} startDate`).toMatch(dateOrTime);
    if (event?.endDate) expect.soft(event.endDate, `${page.path} endDate`).toMatch(dateOrTime);
    expect.soft(event?.location?.['@type'], `${page.path} location`).toBe('Place');
    expect.soft(event?.location?.name && event?.location?.address, `${page.path} venue name and address`).toBeTruthy();
    expect.soft(event?.eventAttendanceMode, `${page.path} attendance`).toBe('https://schema.org/OfflineEventAttendanceMode');
  }
});

test('clarifications are fact checks of the claim they quote, with the verdict they show, by the answering agency', () => {
  for (const page of itemPages('clarifications')) {
    const review = entityOf(page);
    const quoted = decode(/<blockquote>([\s\S]*?)<\/blockquote>/.exec(page.html)?.[1].replace(/<[^>]*>/g, '') ?? '').trim();
    expect.soft(review?.claimReviewed, `${page.path} claimReviewed is the quoted claim`).toBe(quoted);
    // The claim's label reads "claim · verdict".
    const label = decode(/class="claim__label"[^>]*>([\s\S]*?)<\/p>/.exec(page.html)?.[1] ?? '');
    expect.soft(review?.reviewRating?.alternateName, `${page.path} verdict as shown: ${label}`).toBe(label.split(' · ').at(-1));
    expect.soft(review?.itemReviewed?.['@type'], `${page.path} itemReviewed`).toBe('Claim');
    expect.soft(review?.itemReviewed?.appearance?.datePublished, `${page.path} where and when the claim appeared`).toBeTruthy();
    expect.soft(review?.author?.['@type'], `${page.path} author`).toBe('GovernmentOrganization');
    expect.soft(review?.author?.name, `${page.path} author’s name`).toBeTruthy();
  }
});

test('the breadcrumb trail in structured data is the one the page shows', () => {
  const withCrumbs = described.filter((page) => page.html.includes('class="breadcrumbs"'));
  expect(withCrumbs.length).toBeGreaterThanOrEqual(itemPages().length);
  for (const page of withCrumbs) {
    const visible = visibleCrumbs(page);
    const list: Node[] = ofType(page, 'BreadcrumbList')[0]?.itemListElement ?? [];
    expect.soft(list.map((crumb) => crumb.name), `${page.path} crumb labels`).toEqual(visible.map((crumb) => crumb.label));
    expect.soft(list.map((crumb) => crumb.position), `${page.path} crumb positions`).toEqual(visible.map((_, index) => index + 1));
    visible.forEach((crumb, index) => {
      if (crumb.href) expect.soft(list[index]?.item, `${page.path} crumb ${crumb.label}`).toBe(`${site.origin}${crumb.href}`);
    });
    if (page.kind === 'item') expect.soft(list.at(-1)?.item, `${page.path} ends with itself`).toBe(`${site.origin}${page.path}`);
  }
});

test('a listing’s item list is the items it shows, numbered across its pages', () => {
  const listings = pages.filter((page) => page.kind === 'listing').sort((a, b) => a.pageNumber! - b.pageNumber!);
  const before = new Map<string, number>();
  for (const page of listings) {
    const listing = `${page.locale} ${page.section}`;
    const shown = [...page.html.matchAll(/class="card__title"[^>]*>\s*<a\b[^>]*href="([^"]*)"/g)].map(([, href]) => `${site.origin}${href}`);
    const entries: Node[] = byId(page, `${site.origin}${page.path}`)?.mainEntity?.itemListElement ?? [];
    expect.soft(entries.map((entry) => entry.url), `${page.path} items`).toEqual(shown);
    const first = (before.get(listing) ?? 0) + 1;
    expect.soft(entries.map((entry) => entry.position), `${page.path} positions`).toEqual(shown.map((_, index) => first + index));
    before.set(listing, first - 1 + shown.length);
  }
});

test('an untranslated page describes the original item, in the original’s language, at the original’s URL', () => {
  const fallbacks = itemPages().filter((page) => page.fallback);
  expect(fallbacks).not.toHaveLength(0);
  for (const page of fallbacks) {
    const entity = entityOf(page);
    const original = site.byPath.get(sitePath(page.canonical) ?? '');
    expect.soft(entity?.url, `${page.path} item URL`).toBe(page.canonical);
    expect.soft(entity, `${page.path} item is the original’s`).toEqual(original && entityOf(original));
    expect.soft(byId(page, `${site.origin}${page.path}`)?.inLanguage, `${page.path} text language`).toBe(original?.locale);
  }
});

test('every URL of the site in structured data leads to a file in dist/', () => {
  const found = new Map<string, string>();
  for (const page of described) {
    for (const value of strings(nodes(page)).filter((value) => value.startsWith(`${site.origin}/`))) found.set(new URL(value).pathname, page.path);
  }
  expect(found.size).toBeGreaterThan(described.length);
  for (const [urlPath, page] of found) {
    const file = path.join(distDir, decodeURIComponent(urlPath), urlPath.endsWith('/') ? 'index.html' : '');
    expect.soft(fs.existsSync(file), `${urlPath} (on ${page}) is in dist/`).toBe(true);
  }
});
