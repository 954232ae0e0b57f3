/**
 * The social images of the pages rendered in this process, by page path:
 * each page registers its card as it renders (SocialMeta.astro), which starts
 * drawing it into the cache (four at a time, on sharp's threads while the
 * next pages render), and the build copies the images beside the pages once
 * all have rendered (src/integrations/social-images.ts). Outside Astro's
 * route pipeline, a rebuild copies 13,000 cached JPEGs instead of reading and
 * writing each through a Response.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { socialImageFile } from './cache.ts';
import type { SocialCard } from './image.ts';

// On globalThis: Astro bundles the pages apart from the integrations, and each bundle has its own copy of this module.
const registry = Symbol.for('sen.socialImages');
const published = ((globalThis as { [registry]?: { files: Map<string, Promise<string>>; limit: LimitFunction } })[registry] ??= {
  files: new Map(),
  limit: pLimit(4),
});

/** Registers the card of the page at `pagePath` (e.g. /vi/diem-den/ao-ba-om/) and starts drawing it when the cache lacks it. */
export function publishSocialCard(pagePath: string, card: SocialCard): void {
  const file = published.limit(() => socialImageFile(card));
  // Awaited, and a failure reported, by the build or the dev server: not an unhandled rejection meanwhile.
  file.catch(() => {});
  published.files.set(pagePath, file);
}

/** Forgets every registration: a new build registers its own pages. */
export function forgetSocialImages(): void {
  published.files.clear();
}

/** The cache file of every registered page's image, once drawn, by page path. */
export const publishedSocialImages = (): ReadonlyMap<string, Promise<string>> => published.files;
