/** Localities and destinations as places a map marks and a list links to, in the reader's language. */
import type { SectionId } from '../content/sections.ts';
import type { Coordinates } from './geo.ts';

export interface MapPlace {
  key: string;
  name: string;
  href: string;
  coordinates: Coordinates;
  /** The language of `name` when it is not the page's: an untranslated original. */
  lang?: string;
  /** The key of the locality it belongs to, if any. */
  locality?: string;
}

/** What this module needs of the site's content (src/content/site-content.ts). */
export interface PlaceSource {
  items: { section: SectionId; key: string; entries: Record<string, { data: object }> }[];
  itemRoute(section: SectionId, key: string, locale: string): { path: string; contentLocale: string; fallback: boolean };
}

interface PlaceData {
  title: string;
  coordinates: Coordinates;
  locality?: string;
}

// Each destination's page maps every destination: listed once per build and language, not once per page.
const listed = new WeakMap<PlaceSource, Map<string, MapPlace[]>>();

/** Every published item of `section` that has coordinates, as a place named and linked in `locale`. */
export function placesOf(content: PlaceSource, section: 'localities' | 'destinations', locale: string): MapPlace[] {
  let lists = listed.get(content);
  if (!lists) listed.set(content, (lists = new Map()));
  const key = `${section}/${locale}`;
  let places = lists.get(key);
  if (!places) lists.set(key, (places = listPlaces(content, section, locale)));
  return places;
}

function listPlaces(content: PlaceSource, section: 'localities' | 'destinations', locale: string): MapPlace[] {
  return content.items
    .filter((item) => item.section === section)
    .map((item) => {
      const route = content.itemRoute(section, item.key, locale);
      const data = item.entries[route.contentLocale].data as PlaceData;
      return { key: item.key, name: data.title, href: route.path, coordinates: data.coordinates, lang: route.fallback ? route.contentLocale : undefined, locality: data.locality };
    })
    .filter((place) => place.coordinates);
}
