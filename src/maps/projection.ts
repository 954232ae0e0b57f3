/** The projection of every map of Viet Nam: Mercator, fitted to the frame that holds the mainland and both archipelagos. */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { mapFrame } from './archipelagos.ts';
import type { Coordinates } from './geo.ts';

export interface MapProjection {
  projection: GeoProjection;
  /** The viewBox size, in SVG user units. */
  width: number;
  height: number;
  /** A point's position in the viewBox, to a tenth of a unit. */
  project(point: Coordinates): [number, number];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A projection `width` units wide whose height follows from the frame; land outside it is clipped. */
export function mapProjection(width: number): MapProjection {
  const { west, east, south, north } = mapFrame;
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, south], [east, north], [west, north]] };
  const projection = geoMercator().fitWidth(width, corners);
  const height = Math.ceil(projection([west, south])![1]);
  projection.clipExtent([[0, 0], [width, height]]);
  return {
    projection,
    width,
    height,
    project({ lat, lon }) {
      const [x, y] = projection([lon, lat])!;
      return [round(x), round(y)];
    },
  };
}
