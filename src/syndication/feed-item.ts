/**
 * What every feed format says: one model of a feed and its items, filled from
 * the content layer once and serialized as RSS, Atom, JSON Feed and ninjs.
 */
import type { FeedFormat } from '../routing/routes.ts';
import type { SyndicatedSection } from '../content/sections.ts';

export interface FeedImage {
  /** Absolute URL of a JPEG rendition. */
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
  credit: string;
  licence: string;
}

export interface FeedItem {
  /** The canonical page, absolute: also the item's id in every format. */
  url: string;
  /** The item's IPTC ninjs document, absolute. */
  ninjsUrl: string;
  /** BCP 47 language of the item, e.g. `vi`. */
  language: string;
  section: SyndicatedSection;
  /** The item's folder name in its section. */
  key: string;
  /** The section's name in the feed's language. */
  category: string;
  title: string;
  summary: string;
  /** The full content as HTML with absolute URLs and no scripts. */
  html: string;
  publishedAt: Date;
  updatedAt: Date;
  image?: FeedImage;
  /** The same item in the other languages it is translated into. */
  translations: { language: string; url: string }[];
  /** Where it is: a destination's or an event venue's name and coordinates. */
  place?: { name: string; lat?: number; lon?: number };
  /** An event's dates. */
  startDate?: Date;
  endDate?: Date;
  byline?: string;
}

export interface FeedChannel {
  language: string;
  section?: SyndicatedSection;
  title: string;
  description: string;
  /** The HTML page the feed follows: the section listing or the home page. */
  pageUrl: string;
  /** This feed in each format. */
  urls: Record<FeedFormat, string>;
  iconUrl: string;
  /** The syndication page: feeds, licence and how to credit, for people. */
  guideUrl: string;
  /** The newest change among its items: never the build time, so unchanged content gives unchanged feeds. */
  updatedAt: Date;
  publisher: { name: string; email: string; url: string };
  licence: { name: string; url: string; credit: string };
  items: FeedItem[];
}

/** The newest `updatedAt` of the items, or `fallback` for an empty feed. */
export const lastUpdate = (items: FeedItem[], fallback: Date): Date =>
  items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), items.length ? new Date(0) : fallback);

/** JSON as the site writes it: indented, with a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
