/**
 * The JSON-LD graph of each page, from the content layer: the builders of
 * nodes.ts and items.ts fed with the page's route and texts, its breadcrumb
 * trail, the images Astro optimizes and the localities items name.
 */
import { shareableImage } from '../content/images.ts';
import type { ImageMetadata } from 'astro';
import type { Graph, Thing } from 'schema-dts';
import { siteContent } from '../content/site-content.ts';
import { siteSettings } from '../content/site.ts';
import { localeCodes } from '../i18n/locales.ts';
import { translator } from '../i18n/ui.ts';
import type { Crumb } from '../routing/breadcrumbs.ts';
import { absoluteUrl } from '../routing/head.ts';
import { localityDataPath, searchPath, type Route } from '../routing/routes.ts';
import { breadcrumbList, dataset, graph, itemList, publisher, publisherRef, webPage, website, type PageFacts } from './nodes.ts';
import { itemEntity, itemId, plainPage, type ImageFacts, type ItemContext, type ItemData, type SectionEntry } from './items.ts';

/** The pages that describe something; 404s and widgets describe nothing. */
type DescribedRoute = Extract<Route, { kind: 'home' | 'listing' | 'item' | 'search' | 'syndication' | 'press-room' | 'locality-comparison' | 'project-catalogue' | 'fact-sheet' }>;

/** What a view shows of its page: the title and description of its head, the breadcrumb trail it shows. */
export interface PageText {
  title: string;
  description: string;
  crumbs?: Crumb[];
}

type ImageField = SectionEntry['data']['image'];

async function imageFacts(siteUrl: string, image: NonNullable<ImageField>): Promise<ImageFacts> {
  // Astro's image() field of the collections gives image metadata; the check's schema cannot say so.
  const { url } = await shareableImage(image.src as ImageMetadata, siteUrl);
  return { url, alt: image.alt, credit: image.credit };
}

export async function pageGraph(route: DescribedRoute, text: PageText): Promise<Graph> {
  const site = siteSettings();
  const { routing } = await siteContent();
  const t = translator(route.locale);
  const page: PageFacts = {
    type: 'WebPage',
    path: route.path,
    name: text.title,
    description: text.description,
    inLanguage: route.locale,
    locale: route.locale,
    crumbs: text.crumbs,
  };
  return graph([
    publisher(site, route.locale),
    website(site, route.locale, t('site.name'), searchPath(routing, route.locale)),
    ...(await pageNodes(route, page)),
    ...(text.crumbs ? [breadcrumbList(site.url, absoluteUrl(site.url, route.path), text.crumbs)] : []),
  ]);
}

/** The page and the things it shows, by kind of page. */
async function pageNodes(route: DescribedRoute, page: PageFacts): Promise<Thing[]> {
  const site = siteSettings();
  const { routing, items, itemsOf, item, itemRoute } = await siteContent();
  switch (route.kind) {
    case 'home':
      return [webPage(site.url, { ...page, about: publisherRef(site.url) })];
    case 'search':
      return [webPage(site.url, { ...page, type: 'SearchResultsPage' })];
    case 'syndication':
    case 'press-room':
      return [webPage(site.url, { ...page, about: publisherRef(site.url) })];
    case 'locality-comparison': {
      const data = dataset(site, page, (['csv', 'json'] as const).map((format) => ({ format, path: localityDataPath(route.locale, format) })));
      return [webPage(site.url, { ...page, mainEntity: { '@id': data['@id'] as string } }), data];
    }
    case 'project-catalogue': {
      const projects = items.filter((it) => it.factSheet).map((it) => {
        const projectRoute = itemRoute('investment', it.key, route.locale);
        return { name: it.entries[projectRoute.contentLocale].data.title, path: projectRoute.path };
      });
      return [webPage(site.url, { ...page, type: 'CollectionPage', mainEntity: itemList(site.url, projects, 1, projects.length) })];
    }
    case 'fact-sheet': {
      // A printable view of the project: about the project, whose page describes it.
      const project = itemRoute('investment', route.key, route.contentLocale);
      return [webPage(site.url, { ...page, inLanguage: route.contentLocale, about: { '@id': itemId(absoluteUrl(site.url, project.path)) } })];
    }
    case 'listing': {
      const listed = route.keys.map((key) => {
        const listedRoute = itemRoute(route.section, key, route.locale);
        return { name: item(route.section, key)!.entries[listedRoute.contentLocale].data.title, path: listedRoute.path };
      });
      const total = itemsOf(route.section).length;
      const list = itemList(site.url, listed, (route.page - 1) * routing.pageSize + 1, total);
      return [webPage(site.url, { ...page, type: 'CollectionPage', mainEntity: list })];
    }
    case 'item': {
      const entry = item(route.section, route.key)!.entries[route.contentLocale] as SectionEntry;
      // An untranslated page shows the original: its text is in the original's language.
      const shown = { ...page, inLanguage: route.contentLocale };
      if (entry.collection === 'pages') return [webPage(site.url, { ...shown, ...plainPage(entry.data, site.url) })];
      // The item is the original's, the same on its copies: its page is the canonical one.
      const ctx = await itemContext(route.contentLocale, route.translations[route.contentLocale], entry.data.image);
      const entity = { '@id': itemId(ctx.url) };
      return [webPage(site.url, { ...shown, ...(route.fallback ? { about: entity } : { mainEntity: entity }) }), itemEntity(entry, ctx)];
    }
  }
}

/** What the item builders need to describe an item in one language. */
async function itemContext(locale: string, path: string, image: ImageField): Promise<ItemContext> {
  const site = siteSettings();
  const { item, itemRoute } = await siteContent();
  return {
    siteUrl: site.url,
    url: absoluteUrl(site.url, path),
    locale,
    t: translator(locale),
    licenceUrl: site.licence.url,
    image: image && (await imageFacts(site.url, image)),
    locality: (key) => {
      const locality = key ? item('localities', key) : undefined;
      if (!key || !locality) return undefined;
      const localityRoute = itemRoute('localities', key, locale);
      const url = absoluteUrl(site.url, localityRoute.translations[localityRoute.contentLocale]);
      const data = locality.entries[localityRoute.contentLocale].data as ItemData<'localities'>;
      return { id: itemId(url), name: data.title, url, kind: data.kind };
    },
  };
}

/** The root, where readers choose a language: the publisher and the website of every language. */
export async function rootGraph(): Promise<Graph> {
  const site = siteSettings();
  const { routing } = await siteContent();
  return graph([
    publisher(site, site.defaultLocale),
    ...localeCodes().map((locale) => website(site, locale, translator(locale)('site.name'), searchPath(routing, locale))),
  ]);
}
