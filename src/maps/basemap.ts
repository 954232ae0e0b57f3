/**
 * The land a map of Viet Nam is drawn on, from Natural Earth's 1:50m country
 * boundaries (the `world-atlas` package), simplified: Viet Nam, and its
 * neighbours as context without names.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { archipelagos, mapFrame } from './archipelagos.ts';

export type Land = Feature<Polygon | MultiPolygon, { name?: string }>;

export interface Basemap {
  vietNam: Land;
  neighbours: Land[];
}

/** Viet Nam's ISO 3166-1 numeric code, the id of its feature in world-atlas. */
export const vietNamId = '704';

/** A box around each archipelago's islands, with a margin: no other country's land is drawn there. */
export const archipelagoZones = archipelagos.map(({ islands }) => {
  const lats = islands.map((point) => point.lat);
  const lons = islands.map((point) => point.lon);
  return { south: Math.min(...lats) - 0.6, north: Math.max(...lats) + 0.6, west: Math.min(...lons) - 0.6, east: Math.max(...lons) + 0.6 };
});

const inZone = ([lon, lat]: Position) => archipelagoZones.some((zone) => lat >= zone.south && lat <= zone.north && lon >= zone.west && lon <= zone.east);
const inFrame = ([lon, lat]: Position) => lon >= mapFrame.west - 2 && lon <= mapFrame.east + 2 && lat >= mapFrame.south - 2 && lat <= mapFrame.north + 2;

/** The polygons of a country that reach into the frame, less any that touch an archipelago (sovereignty first). */
function framedPolygons(land: Land, dropInZones: boolean): Position[][][] {
  const polygons = land.geometry.type === 'Polygon' ? [land.geometry.coordinates] : land.geometry.coordinates;
  return polygons.filter(([outer]) => outer.some(inFrame) && !(dropInZones && outer.some(inZone)));
}

/**
 * Viet Nam and the countries around it, simplified to `minWeight` (the area,
 * in square degrees, of the smallest triangle a vertex may make with its
 * neighbours; smaller details are dropped). Any other country's polygon that
 * reaches into an archipelago's zone is left out: Natural Earth's larger
 * scales draw Hoàng Sa as part of another country.
 */
export function basemap(topology: Topology<{ countries: GeometryCollection<{ name?: string }> }>, minWeight: number): Basemap {
  const simplified = simplify(presimplify(topology), minWeight) as typeof topology;
  const countries = feature(simplified, simplified.objects.countries).features as Land[];
  const vietNam = countries.find((country) => String(country.id) === vietNamId);
  if (!vietNam) throw new Error(`No country with id ${vietNamId} (Viet Nam) in the map data`);
  const neighbours = countries
    .filter((country) => country !== vietNam && country.geometry)
    .map((country): Land => ({ ...country, geometry: { type: 'MultiPolygon', coordinates: framedPolygons(country, true) } }))
    .filter((country) => (country.geometry as MultiPolygon).coordinates.length > 0);
  return { vietNam: { ...vietNam, geometry: { type: 'MultiPolygon', coordinates: framedPolygons(vietNam, false) } }, neighbours };
}
