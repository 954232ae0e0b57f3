/**
 * The social cards of the pages rendered in this process, by page path: each
 * page registers its card as it renders (SocialMeta.astro), and the build
 * writes the images beside the pages once all have rendered
 * (src/integrations/social-images.ts). Outside Astro's route pipeline, a
 * rebuild links 13,000 cached JPEGs instead of reading and writing each
 * through a Response.
 */
import type { SocialCard } from './image.ts';

// On globalThis: Astro bundles the pages apart from the integrations, and each bundle has its own copy of this module.
const registry = Symbol.for('sen.socialCards');
const cards = ((globalThis as { [registry]?: Map<string, SocialCard> })[registry] ??= new Map());

/** Registers the card of the page at `pagePath` (e.g. /vi/diem-den/ao-ba-om/). */
export function publishSocialCard(pagePath: string, card: SocialCard): void {
  cards.set(pagePath, card);
}

/** Every registered card, by page path. */
export const publishedSocialCards = (): ReadonlyMap<string, SocialCard> => cards;
