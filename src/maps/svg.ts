/**
 * A map of Viet Nam as inline SVG markup, drawn at build time: the country,
 * its neighbours, the Hoàng Sa and Trường Sa archipelagos with their names and
 * the East Sea on every map, and the points a page marks, labelled.
 */
import { geoPath } from 'd3-geo';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { archipelagos, eastSeaLabelAt, type ArchipelagoId } from './archipelagos.ts';
import { basemap } from './basemap.ts';
import type { Coordinates } from './geo.ts';
import { lineHeight, placeLabels, textWidth, wrapText, type Box } from './labels.ts';
import { mapProjection } from './projection.ts';

export interface MapPoint {
  coordinates: Coordinates;
  /** The text beside it: a name, or the number of the place in the list next to the map. */
  label: string;
  /** `focus`: what the page is about; `locality`: the province or city it belongs to; `place`: one of several. */
  role: 'focus' | 'locality' | 'place';
}

export interface MapText {
  /** Names what the map shows: `<title>`. */
  title: string;
  /** Says what is on it, for those who cannot see it: `<desc>`. */
  description: string;
  /** The localized names of the archipelagos and of the East Sea. */
  names: Record<ArchipelagoId | 'eastSea', string>;
}

/** The viewBox width: a phone's width, so that text drawn at 11 units reads at about 11 px there. */
export const mapWidth = 360;
const fontSize = { point: 11, archipelago: 10, sea: 12 };
const markerRadius: Record<MapPoint['role'], number> = { focus: 5, locality: 5.5, place: 3.5 };
const islandRadius = 2;
/** Names longer than this wrap: a phone-wide map has room for about 30 characters across. */
const lineChars = 20;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Land and its outline are the same on every map: drawn once per build. */
let landMarkup: string | undefined;
function land(): string {
  if (landMarkup) return landMarkup;
  const { vietNam, neighbours } = basemap(countries50m as unknown as Parameters<typeof basemap>[0], 0.002);
  const path = geoPath(mapProjection(mapWidth).projection).digits(1);
  landMarkup = [
    ...neighbours.map((country) => path(country)).filter(Boolean).map((d) => `<path class="map__neighbour" d="${d}"/>`),
    `<path class="map__country" d="${path(vietNam)}"/>`,
  ].join('');
  return landMarkup;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A name on one or more lines: each line a `<tspan>`, the spaces kept so that the text reads as one name. */
function textMarkup(lines: string[], [x, y]: [number, number], size: number, anchor: 'start' | 'middle' | 'end', className?: string): string {
  const spans = lines.map((line, index) => `<tspan x="${round(x)}" dy="${index === 0 ? 0 : round(lineHeight(size))}">${escape(line)}${index < lines.length - 1 ? ' ' : ''}</tspan>`);
  return `<text${className ? ` class="${className}"` : ''} x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="${size}">${spans.join('')}</text>`;
}

function linesBox(lines: string[], [x, y]: [number, number], size: number): Box {
  const width = Math.max(...lines.map((line) => textWidth(line, size)));
  return { x: x - width / 2, y: y - size, width, height: lineHeight(size) * lines.length };
}

/** The SVG of one map. `id` prefixes the ids of its title and description, unique on the page. */
export function mapSvg(id: string, text: MapText, points: MapPoint[]): string {
  const { width, height, project } = mapProjection(mapWidth);
  const frame: Box = { x: 0, y: 0, width, height };
  const obstacles: Box[] = [];

  const archipelagoMarkup = archipelagos.map(({ id: archipelago, islands, labelAt }) => {
    const lines = wrapText(text.names[archipelago], lineChars);
    const at = project(labelAt);
    obstacles.push(linesBox(lines, at, fontSize.archipelago));
    const shapes = islands.map((island) => {
      const [cx, cy] = project(island);
      obstacles.push({ x: cx - islandRadius, y: cy - islandRadius, width: islandRadius * 2, height: islandRadius * 2 });
      return `<circle class="map__island" cx="${cx}" cy="${cy}" r="${islandRadius}"/>`;
    });
    return `<g class="map__archipelago" data-archipelago="${archipelago}">${shapes.join('')}${textMarkup(lines, at, fontSize.archipelago, 'middle', 'map__archipelago-name')}</g>`;
  });
  const seaAt = project(eastSeaLabelAt);
  obstacles.push(linesBox([text.names.eastSea], seaAt, fontSize.sea));

  const projected = points.map((point) => ({ ...point, at: project(point.coordinates) }));
  for (const { at: [x, y], role } of projected) {
    const r = markerRadius[role];
    obstacles.push({ x: x - r, y: y - r, width: r * 2, height: r * 2 });
  }
  // The page's own place and its locality are labelled first, so they get the best positions.
  const order = [...projected].sort((a, b) => Number(a.role === 'place') - Number(b.role === 'place'));
  const labelled = order.map((point) => ({ ...point, lines: wrapText(point.label, lineChars) }));
  const placed = placeLabels(labelled.map((point) => ({ lines: point.lines, at: point.at, radius: markerRadius[point.role], fontSize: fontSize.point })), obstacles, frame);
  // Markers first, labels over them: a label never hides under another point's marker.
  const markers = labelled.map(({ at: [x, y], role }) => `<circle class="map__marker map__marker--${role}" cx="${x}" cy="${y}" r="${markerRadius[role]}"/>`);
  const labels = labelled.map(({ role, lines }, index) => `<g class="map__label map__label--${role}">${textMarkup(lines, [placed[index].x, placed[index].y], fontSize.point, placed[index].anchor)}</g>`);
  const pointMarkup = `<g class="map__points">${markers.join('')}${labels.join('')}</g>`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map__svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escape(text.title)}</title><desc id="${id}-desc">${escape(text.description)}</desc>`,
    `<rect class="map__sea" width="${width}" height="${height}"/>`,
    land(),
    ...archipelagoMarkup,
    textMarkup([text.names.eastSea], seaAt, fontSize.sea, 'middle', 'map__sea-name'),
    pointMarkup,
    '</svg>',
  ].join('');
}
