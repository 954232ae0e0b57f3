/**
 * What an item is, as schema.org says it: a news article or press release,
 * a tourist destination or attraction, an event, a fact check (ClaimReview),
 * an administrative area, an article. Built from front matter in the
 * language of the content; URLs, images and localities come resolved.
 */
import type { TFunction } from 'i18next';
import type {
  AdministrativeArea,
  Article,
  ClaimReview,
  CreativeWork,
  Event,
  GeoCoordinates,
  ImageObject,
  NewsArticle,
  Organization,
  Place,
  PostalAddress,
  Thing,
  TouristAttraction,
  TouristDestination,
} from 'schema-dts';
import type { SectionId } from '../content/sections.ts';
import type { Place as PlaceField, SectionData } from '../content/schema.ts';
import { isoDateOrDateTime } from '../i18n/format.ts';
import { person, publisherRef, type PageFacts } from './nodes.ts';

/** Front matter of a section; its image comes resolved in `ItemContext`. */
export type ItemData<S extends SectionId> = Omit<SectionData<S>, 'image'>;
type LocalityKind = ItemData<'localities'>['kind'];

/** An image as Astro optimized it, with an absolute URL. */
export interface ImageFacts {
  url: string;
  alt: string;
  credit: string;
}

/** A locality's page, for places to say where they are. */
export interface LocalityFacts {
  /** The `@id` of the locality's AdministrativeArea on its page. */
  id: string;
  name: string;
  url: string;
  kind: LocalityKind;
}

export interface ItemContext {
  siteUrl: string;
  /** The absolute URL of the item's page in `locale`: the item's identity. */
  url: string;
  /** The language of the content. */
  locale: string;
  /** UI strings of `locale`. */
  t: TFunction;
  licenceUrl: string;
  image?: ImageFacts;
  /** The locality of a key, when it is published. */
  locality: (key: string | undefined) => LocalityFacts | undefined;
}

/** Sen is made for Vietnamese localities: its time zone and its addresses are Vietnam's. */
const country = 'VN';

/** The `@id` of the thing an item's page is about, by the page's URL. */
export const itemId = (url: string): string => `${url}#item`;

const date = (value: Date | undefined) => (value ? isoDateOrDateTime(value) : undefined);

const geo = (coordinates: { lat: number; lon: number } | undefined): GeoCoordinates | undefined =>
  coordinates && { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon };

const imageObject = (image: ImageFacts | undefined): ImageObject | undefined =>
  image && { '@type': 'ImageObject', url: image.url, caption: image.alt, creditText: image.credit };

const area = (locality: LocalityFacts | undefined): AdministrativeArea | undefined =>
  locality && { '@type': 'AdministrativeArea', '@id': locality.id, name: locality.name, url: locality.url };

/** A postal address in a locality: a province is a region, anything smaller a locality. */
function address(street: string | undefined, locality: LocalityFacts | undefined): PostalAddress {
  const where = locality?.kind === 'province' ? { addressRegion: locality.name } : { addressLocality: locality?.name };
  return { '@type': 'PostalAddress', streetAddress: street, ...where, addressCountry: country };
}

/** A place named in content: an event's venue, a place a news item reports from. */
function place(field: PlaceField, ctx: ItemContext): Place {
  const locality = ctx.locality(field.locality);
  return {
    '@type': 'Place',
    name: field.name,
    address: address(field.address, locality),
    geo: geo(field.coordinates),
    containedInPlace: area(locality),
  };
}

type ArticleData = ItemData<'news'> | ItemData<'culture'> | ItemData<'investment'>;

/** What every article of the site says of itself; the kind or category names its section. */
function articleFields(data: ArticleData, ctx: ItemContext, kind: string) {
  return {
    '@id': itemId(ctx.url),
    url: ctx.url,
    mainEntityOfPage: { '@id': ctx.url },
    headline: data.title,
    description: data.summary,
    datePublished: date(data.publishedAt),
    dateModified: date(data.updatedAt ?? data.publishedAt),
    inLanguage: ctx.locale,
    image: imageObject(ctx.image),
    author: publisherRef(ctx.siteUrl),
    publisher: publisherRef(ctx.siteUrl),
    isAccessibleForFree: true,
    license: ctx.licenceUrl,
    articleSection: ctx.t(`kinds.${kind}`),
    keywords: data.tags.length ? data.tags : undefined,
  };
}

/** News and press releases; a press release also carries its number and the agency that issued it. */
export function newsArticle(data: ItemData<'news'>, ctx: ItemContext): NewsArticle {
  const issuer: Organization | undefined = data.issuer ? { '@type': 'GovernmentOrganization', name: data.issuer } : undefined;
  return {
    '@type': 'NewsArticle',
    ...articleFields(data, ctx, data.kind),
    author: data.author ? person(data.author) : publisherRef(ctx.siteUrl),
    contentLocation: data.places.length ? data.places.map((field) => place(field, ctx)) : undefined,
    identifier: data.number,
    sourceOrganization: issuer,
  };
}

/**
 * Culture and investment pages are articles: schema.org has no type for a
 * festival as a tradition or for an investment opportunity that search
 * engines read, and these pages describe them in prose.
 */
export function article(data: ItemData<'culture'> | ItemData<'investment'>, ctx: ItemContext): Article {
  const locality = ctx.locality(data.locality);
  return {
    '@type': 'Article',
    ...articleFields(data, ctx, 'category' in data ? data.category : data.kind),
    contentLocation: area(locality),
  };
}

/**
 * Areas that hold many sights (a town, a national park, a nature area) are
 * destinations; single sites (a heritage site, a border gate, a pagoda, a
 * landmark) are attractions.
 */
const destinationTypes = {
  'national-park': 'TouristDestination',
  nature: 'TouristDestination',
  town: 'TouristDestination',
  heritage: 'TouristAttraction',
  'border-gate': 'TouristAttraction',
  'religious-site': 'TouristAttraction',
  landmark: 'TouristAttraction',
} as const satisfies Record<ItemData<'destinations'>['kind'], 'TouristDestination' | 'TouristAttraction'>;

export function destination(data: ItemData<'destinations'>, ctx: ItemContext): TouristDestination | TouristAttraction {
  const locality = ctx.locality(data.locality);
  return {
    '@type': destinationTypes[data.kind],
    '@id': itemId(ctx.url),
    url: ctx.url,
    name: data.title,
    description: data.summary,
    image: imageObject(ctx.image),
    geo: geo(data.coordinates),
    address: address(undefined, locality),
    containedInPlace: area(locality),
  };
}

/** An event at its venue: all-day events keep date-only dates, timed ones carry Vietnam's offset. */
export function event(data: ItemData<'events'>, ctx: ItemContext): Event {
  return {
    '@type': 'Event',
    '@id': itemId(ctx.url),
    url: ctx.url,
    name: data.title,
    description: data.summary,
    image: imageObject(ctx.image),
    inLanguage: ctx.locale,
    startDate: date(data.startDate),
    endDate: date(data.endDate),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: place({ ...data.venue, locality: data.venue.locality ?? data.locality }, ctx),
    organizer: data.organizer ? { '@type': 'Organization', name: data.organizer } : publisherRef(ctx.siteUrl),
  };
}

/**
 * Verdicts on the usual 1 (false) to 5 (true) scale: distorted and
 * misleading claims hold some truth but lead to a false conclusion;
 * an unverified claim has no value on the scale, only its name.
 */
const verdictRatings: Record<ItemData<'clarifications'>['verdict'], number | undefined> = {
  false: 1,
  distorted: 2,
  misleading: 2,
  unverified: undefined,
};

/** An official clarification as a fact check, the way Google reads ClaimReview. */
export function claimReview(data: ItemData<'clarifications'>, ctx: ItemContext): ClaimReview {
  const appearance: CreativeWork = { '@type': 'CreativeWork', name: data.claim.appearedIn, datePublished: date(data.claim.appearedAt) };
  const ratingValue = verdictRatings[data.verdict];
  return {
    '@type': 'ClaimReview',
    '@id': itemId(ctx.url),
    url: ctx.url,
    name: data.title,
    description: data.summary,
    inLanguage: ctx.locale,
    image: imageObject(ctx.image),
    datePublished: date(data.publishedAt),
    dateModified: date(data.updatedAt ?? data.publishedAt),
    claimReviewed: data.claim.text,
    itemReviewed: { '@type': 'Claim', datePublished: date(data.claim.appearedAt), appearance, firstAppearance: appearance },
    author: { '@type': 'GovernmentOrganization', name: data.agency },
    publisher: publisherRef(ctx.siteUrl),
    reviewRating: {
      '@type': 'Rating',
      alternateName: ctx.t(`verdicts.${data.verdict}`),
      ...(ratingValue && { ratingValue, bestRating: 5, worstRating: 1 }),
    },
  };
}

/** A locality with its former names, where it lies and the locality it belongs to. */
export function administrativeArea(data: ItemData<'localities'>, ctx: ItemContext): AdministrativeArea {
  return {
    '@type': 'AdministrativeArea',
    '@id': itemId(ctx.url),
    url: ctx.url,
    name: data.title,
    alternateName: data.formerNames.length ? data.formerNames : undefined,
    description: data.summary,
    image: imageObject(ctx.image),
    geo: geo(data.coordinates),
    containedInPlace: area(ctx.locality(data.parent)),
  };
}

/** A plain page is itself what it is about: an about or contact page, with the people it names. */
const plainPageTypes = {
  about: 'AboutPage',
  contact: 'ContactPage',
  spokesperson: 'ContactPage',
  accreditation: 'WebPage',
  'media-kit': 'WebPage',
  other: 'WebPage',
} as const satisfies Record<ItemData<'pages'>['role'], PageFacts['type']>;

export function plainPage(data: ItemData<'pages'>, siteUrl: string): Pick<PageFacts, 'type' | 'about' | 'mainEntity'> {
  return {
    type: plainPageTypes[data.role],
    about: publisherRef(siteUrl),
    mainEntity: data.people.length ? data.people.map(person) : undefined,
  };
}

/** An entry with its own section's front matter. */
export type SectionEntry = { [S in SectionId]: { collection: S; data: SectionData<S> } }[SectionId];

/** The thing an item's page is about; plain pages are described by `plainPage`. */
export function itemEntity(entry: Exclude<SectionEntry, { collection: 'pages' }>, ctx: ItemContext): Thing {
  switch (entry.collection) {
    case 'news':
      return newsArticle(entry.data, ctx);
    case 'culture':
    case 'investment':
      return article(entry.data, ctx);
    case 'destinations':
      return destination(entry.data, ctx);
    case 'events':
      return event(entry.data, ctx);
    case 'clarifications':
      return claimReview(entry.data, ctx);
    case 'localities':
      return administrativeArea(entry.data, ctx);
  }
}
