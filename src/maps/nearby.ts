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
  // A destination's page measures every destination: only the few kept are copied.
  const distances = places.map((place) => distanceKm(origin, place.coordinates));
  return places
    .map((_, index) => index)
    .filter((index) => distances[index] <= radiusKm)
    .sort((a, b) => distances[a] - distances[b])
    .slice(0, limit)
    .map((index) => ({ ...places[index], distanceKm: Math.max(1, Math.round(distances[index])) }));
}
