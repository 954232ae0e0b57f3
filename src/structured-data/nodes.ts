/**
 * The nodes of a page's JSON-LD graph that are not content: the publisher,
 * the website of the page's language, the page itself and its breadcrumb
 * trail. Nodes name each other by `@id`, so each fact is said once per page.
 */
import type {
  BreadcrumbList,
  Dataset,
  GovernmentOrganization,
  Graph,
  IdReference,
  ItemList,
  Person as PersonNode,
  SearchAction,
  Thing,
  WebPage,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import type { Person, SiteSettings } from '../content/schema.ts';
import type { Crumb } from '../routing/breadcrumbs.ts';
import { absoluteUrl } from '../routing/head.ts';
import { homePath } from '../routing/routes.ts';

/** The lotus mark in public/: the publisher's logo. */
const logoPath = '/favicon.svg';

/** One publisher for every language: its `@id` is the site's, not a locale's. */
export const publisherId = (siteUrl: string): string => absoluteUrl(siteUrl, '/#publisher');
export const publisherRef = (siteUrl: string): IdReference => ({ '@id': publisherId(siteUrl) });
const websiteId = (siteUrl: string, locale: string): string => absoluteUrl(siteUrl, `${homePath(locale)}#website`);
const breadcrumbId = (pageUrl: string): string => `${pageUrl}#breadcrumb`;

export function graph(nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** The publisher, named in the page's language, with its names in the other languages as alternates. */
export function publisher(site: SiteSettings, locale: string): GovernmentOrganization {
  const name = site.publisher.name[locale];
  const otherNames = Object.values(site.publisher.name).filter((other) => other !== name);
  return {
    '@type': 'GovernmentOrganization',
    '@id': publisherId(site.url),
    name,
    alternateName: otherNames.length ? otherNames : undefined,
    url: site.publisher.website ?? absoluteUrl(site.url, '/'),
    email: site.publisher.email,
    telephone: site.publisher.phone,
    address: site.publisher.address[locale],
    logo: absoluteUrl(site.url, logoPath),
  };
}

/**
 * The website of one language: its home, its name and its search page,
 * which reads the query from `q` like the search form of SearchPage.astro.
 */
export function website(site: SiteSettings, locale: string, name: string, searchPath: string): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(site.url, searchPath)}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': websiteId(site.url, locale),
    url: absoluteUrl(site.url, homePath(locale)),
    name,
    inLanguage: locale,
    publisher: publisherRef(site.url),
    potentialAction: search,
  };
}

/** The breadcrumb trail the page shows, with absolute URLs. */
export function breadcrumbList(siteUrl: string, pageUrl: string, crumbs: Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': breadcrumbId(pageUrl),
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(siteUrl, crumb.path),
    })),
  };
}

/** The items a listing page shows, numbered across all its pages. */
export function itemList(siteUrl: string, items: { name: string; path: string }[], firstPosition: number, total: number): ItemList {
  return {
    '@type': 'ItemList',
    numberOfItems: total,
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: firstPosition + index,
      name: item.name,
      url: absoluteUrl(siteUrl, item.path),
    })),
  };
}

export interface PageFacts {
  type: 'WebPage' | 'CollectionPage' | 'AboutPage' | 'ContactPage' | 'SearchResultsPage';
  path: string;
  name: string;
  description: string;
  /** The language of the page's text: an untranslated page's is its original's. */
  inLanguage: string;
  /** The locale whose website the page belongs to. */
  locale: string;
  crumbs?: Crumb[];
  /** What the page is the main page of: the item of an item page, a listing's items, a page's people. */
  mainEntity?: IdReference | ItemList | PersonNode[];
  /** What the page is about without being its main page: the original item, on an untranslated copy. */
  about?: IdReference;
}

/** The page itself: in its website, with its breadcrumb trail and what it is about. */
export function webPage(siteUrl: string, page: PageFacts): WebPage {
  const url = absoluteUrl(siteUrl, page.path);
  return {
    '@type': page.type,
    '@id': url,
    url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    isPartOf: { '@id': websiteId(siteUrl, page.locale) },
    breadcrumb: page.crumbs ? { '@id': breadcrumbId(url) } : undefined,
    mainEntity: page.mainEntity,
    about: page.about,
  };
}

/** A person named in content, with the position and contacts the editor gave. */
export function person(who: Person): PersonNode {
  return {
    '@type': 'Person',
    name: who.name,
    jobTitle: who.position,
    worksFor: who.organization ? { '@type': 'Organization', name: who.organization } : undefined,
    email: who.email,
    telephone: who.phone,
  };
}

/** Open data a page offers to download: its files, format by format, under the site's licence. */
export function dataset(site: SiteSettings, page: PageFacts, files: { format: 'csv' | 'json'; path: string }[]): Dataset {
  const encodings = { csv: 'text/csv', json: 'application/json' };
  return {
    '@type': 'Dataset',
    '@id': `${absoluteUrl(site.url, page.path)}#dataset`,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    license: site.licence.url,
    creator: publisherRef(site.url),
    distribution: files.map((file) => ({ '@type': 'DataDownload', encodingFormat: encodings[file.format], contentUrl: absoluteUrl(site.url, file.path) })),
  };
}
