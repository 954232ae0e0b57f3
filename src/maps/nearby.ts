/** The places nearest to a point, for "nearby destinations". */
import { distanceKm, type Coordinates } from './geo.ts';

/** Farther than this, a destination is another trip: 150 km is about a half day's drive in the mountains. */
export const nearbyRadiusKm = 150;

export interface NearbyOptions {
  /** How many at most. */
  limit?: number;
  /** Farther than this is not "nearby". */
  radiusKm?: number;
}

/**
 * The places within `radiusKm` of `origin`, nearest first, at most `limit`,
 * each with its distance rounded to whole kilometres. A place at the origin
 * itself (distance 0, the page's own destination) is left out by the caller,
 * not here: two destinations may share coordinates.
 */
export function nearestPlaces<Place extends { coordinates: Coordinates }>(
  origin: Coordinates,
  places: Place[],
  { limit = 4, radiusKm = nearbyRadiusKm }: NearbyOptions = {},
): (Place & { distanceKm: number })[] {
  // A destination's page measures every destination: the few nearest are kept as they are met, not by
  // sorting them all, and only those are copied. Equal distances stay in the places' order, as a sort would leave them.
  const distances = places.map((place) => distanceKm(origin, place.coordinates));
  const kept: number[] = [];
  distances.forEach((distance, index) => {
    if (!(distance <= radiusKm) || (kept.length >= limit && distance >= distances[kept[kept.length - 1]])) return;
    let at = kept.length;
    while (at > 0 && distances[kept[at - 1]] > distance) at--;
    kept.splice(at, 0, index);
    if (kept.length > limit) kept.pop();
  });
  return kept.map((index) => ({ ...places[index], distanceKm: Math.max(1, Math.round(distances[index])) }));
}
