import { describe, expect, it } from 'vitest';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import countries10m from 'world-atlas/countries-10m.json' with { type: 'json' };
import { distanceKm } from '../../src/maps/geo.ts';
import { nearestPlaces } from '../../src/maps/nearby.ts';
import { archipelagos, mapFrame } from '../../src/maps/archipelagos.ts';
import { archipelagoZones, basemap } from '../../src/maps/basemap.ts';
import { mapProjection } from '../../src/maps/projection.ts';
import { placeLabels, wrapText } from '../../src/maps/labels.ts';
import { mapSvg, mapWidth, type MapText } from '../../src/maps/svg.ts';
import { placesOf, type PlaceSource } from '../../src/maps/places.ts';

type AtlasTopology = Parameters<typeof basemap>[0];
const hanoi = { lat: 21.0285, lon: 105.8542 };
const hoChiMinhCity = { lat: 10.7769, lon: 106.7009 };

describe('distances as the crow flies', () => {
  it('measure Ha Noi to Ho Chi Minh City at about 1,140 km', () => {
    expect(distanceKm(hanoi, hoChiMinhCity)).toBeGreaterThan(1130);
    expect(distanceKm(hanoi, hoChiMinhCity)).toBeLessThan(1150);
  });

  it('are zero from a point to itself and the same both ways', () => {
    expect(distanceKm(hanoi, hanoi)).toBe(0);
    expect(distanceKm(hanoi, hoChiMinhCity)).toBeCloseTo(distanceKm(hoChiMinhCity, hanoi), 9);
  });

  it('make one degree of latitude about 111 km', () => {
    expect(distanceKm({ lat: 10, lon: 106 }, { lat: 11, lon: 106 })).toBeCloseTo(111.2, 0);
  });
});

describe('nearby destinations', () => {
  const places = [
    { key: 'dong-dang', coordinates: { lat: 21.9446, lon: 106.7036 } },
    { key: 'ba-be', coordinates: { lat: 22.41, lon: 105.62 } },
    { key: 'mau-son', coordinates: { lat: 21.86, lon: 106.94 } },
    { key: 'ao-ba-om', coordinates: { lat: 9.9165, lon: 106.307 } },
  ];
  const tanThanh = { lat: 22.0031, lon: 106.6839 };

  it('are the nearest first, with whole kilometres', () => {
    const nearby = nearestPlaces(tanThanh, places);
    expect(nearby.map((place) => place.key)).toEqual(['dong-dang', 'mau-son', 'ba-be']);
    expect(nearby[0].distanceKm).toBe(7);
    expect(Number.isInteger(nearby[2].distanceKm)).toBe(true);
  });

  it('leave out what is beyond the radius, and keep to the limit', () => {
    expect(nearestPlaces(tanThanh, places, { radiusKm: 40 }).map((place) => place.key)).toEqual(['dong-dang', 'mau-son']);
    expect(nearestPlaces(tanThanh, places, { limit: 1 }).map((place) => place.key)).toEqual(['dong-dang']);
    expect(nearestPlaces(tanThanh, places).some((place) => place.key === 'ao-ba-om')).toBe(false);
  });

  it('keep places at the same distance in their listed order, whatever else comes between', () => {
    const twins = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, coordinates: { lat: 22.06, lon: 106.68 } }));
    const listed = [places[1], ...twins.slice(0, 2), places[0], ...twins.slice(2)];
    expect(nearestPlaces(tanThanh, listed).map((place) => place.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(nearestPlaces(tanThanh, listed, { limit: 7 }).map((place) => place.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'dong-dang', 'ba-be']);
  });

  it('say at least 1 km for a place next door', () => {
    expect(nearestPlaces({ lat: 9.9165, lon: 106.307 }, [{ coordinates: { lat: 9.9175, lon: 106.308 } }])[0].distanceKm).toBe(1);
  });
});

describe('the map’s projection', () => {
  const { width, height, project } = mapProjection(360);

  it('fits the whole frame, the mainland and both archipelagos, in the viewBox', () => {
    expect(width).toBe(360);
    for (const [lon, lat] of [[mapFrame.west, mapFrame.north], [mapFrame.east, mapFrame.south]]) {
      const [x, y] = project({ lat, lon });
      expect(x).toBeGreaterThanOrEqual(-0.1);
      expect(x).toBeLessThanOrEqual(width + 0.1);
      expect(y).toBeGreaterThanOrEqual(-0.1);
      expect(y).toBeLessThanOrEqual(height + 0.1);
    }
    for (const island of archipelagos.flatMap((archipelago) => archipelago.islands)) {
      const [x, y] = project(island);
      expect(x > 0 && x < width && y > 0 && y < height, `${island.lat}, ${island.lon} inside`).toBe(true);
    }
  });

  it('puts north up and east right, rounded to a tenth', () => {
    const [hx, hy] = project(hanoi);
    const [sx, sy] = project(hoChiMinhCity);
    expect(sy).toBeGreaterThan(hy);
    expect(sx).toBeGreaterThan(hx);
    expect(hx * 10).toBe(Math.round(hx * 10));
  });
});

describe('the land under the map', () => {
  let from10m: ReturnType<typeof basemap> | undefined;
  const basemap10m = () => (from10m ??= basemap(countries10m as unknown as AtlasTopology, 0.002));
  const inZones = (polygons: number[][][][]) =>
    polygons.some(([outer]) => outer.some(([lon, lat]) => archipelagoZones.some((zone) => lat >= zone.south && lat <= zone.north && lon >= zone.west && lon <= zone.east)));

  it('draws Viet Nam, and no other country’s land on either archipelago, even from data that puts one there', () => {
    // Natural Earth's 1:10m data draws Hoàng Sa inside another country: the rule must hold for it too.
    for (const { vietNam, neighbours } of [basemap(countries50m as unknown as AtlasTopology, 0.002), basemap10m()]) {
      expect(vietNam.geometry.coordinates.length).toBeGreaterThan(0);
      for (const country of neighbours) expect(inZones(country.geometry.coordinates as number[][][][]), `${country.properties?.name} on an archipelago`).toBe(false);
    }
  });

  it('keeps the neighbours’ land outside the zones, such as Hainan', () => {
    const { neighbours } = basemap10m();
    const china = neighbours.find((country) => country.properties?.name === 'China');
    const hainan = (china?.geometry.coordinates as number[][][][]).some(([outer]) => outer.some(([lon, lat]) => lon > 109 && lon < 111 && lat > 18.2 && lat < 20));
    expect(hainan).toBe(true);
  });
});

describe('labels', () => {
  it('wrap at spaces within the width, a long word on its own line', () => {
    expect(wrapText('Hoang Sa (Paracel) archipelago', 20)).toEqual(['Hoang Sa (Paracel)', 'archipelago']);
    expect(wrapText('Quần đảo Hoàng Sa', 20)).toEqual(['Quần đảo Hoàng Sa']);
    expect(wrapText('Angkorajaborey pagoda', 5)).toEqual(['Angkorajaborey', 'pagoda']);
  });

  it('of two close points do not overlap, and stay in the frame', () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 };
    const [a, b] = placeLabels([
      { lines: ['1'], at: [50, 50], radius: 3, fontSize: 10 },
      { lines: ['2'], at: [52, 50], radius: 3, fontSize: 10 },
    ], [], frame);
    const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
    expect(apart).toBe(true);
    const [edge] = placeLabels([{ lines: ['Cà Mau'], at: [98, 50], radius: 3, fontSize: 10 }], [], frame);
    expect(edge.anchor).toBe('end');
  });
});

describe('the SVG of a map', () => {
  const text: MapText = {
    title: 'Lạng Sơn và các điểm đến',
    description: 'Bản đồ Việt Nam <có> "Hoàng Sa" & Trường Sa',
    names: { hoangSa: 'Quần đảo Hoàng Sa', truongSa: 'Quần đảo Trường Sa', eastSea: 'Biển Đông' },
  };
  const svg = mapSvg('m1', text, [
    { coordinates: { lat: 21.8537, lon: 106.7615 }, label: 'Lạng Sơn', role: 'focus' },
    { coordinates: { lat: 22.0031, lon: 106.6839 }, label: '1', role: 'place' },
  ]);

  it('is an image named by its title and described', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m1-title m1-desc"/);
    expect(svg).toContain('<title id="m1-title">Lạng Sơn và các điểm đến</title>');
    expect(svg).toContain('<desc id="m1-desc">Bản đồ Việt Nam &lt;có&gt; &quot;Hoàng Sa&quot; &amp; Trường Sa</desc>');
  });

  it('always draws both archipelagos as islands with their names, and names the East Sea', () => {
    for (const { id, islands } of archipelagos) {
      const group = new RegExp(`<g class="map__archipelago" data-archipelago="${id}">(.*?)</g>`).exec(svg)?.[1] ?? '';
      expect(group.match(/<circle class="map__island"/g)).toHaveLength(islands.length);
      expect(group.replace(/<[^>]+>/g, '')).toBe(text.names[id]);
    }
    expect(svg).toMatch(/class="map__sea-name"[^>]*>(<tspan[^>]*>)?Biển Đông/);
    const empty = mapSvg('m2', text, []);
    expect(empty.match(/data-archipelago=/g)).toHaveLength(2);
  });

  it('draws Viet Nam’s outline and labels the points', () => {
    expect(svg).toMatch(/<path class="map__country" d="M[\d.,LMZ-]+"\/>/);
    expect(svg.match(/<circle class="map__marker map__marker--focus" /g)).toHaveLength(1);
    expect(svg.match(/<circle class="map__marker map__marker--place" /g)).toHaveLength(1);
    expect(svg).toMatch(/<g class="map__label map__label--focus"><text [^>]*><tspan [^>]*>Lạng Sơn<\/tspan><\/text><\/g>/);
    expect(svg).toMatch(/<g class="map__label map__label--place"><text [^>]*><tspan [^>]*>1<\/tspan><\/text><\/g>/);
  });

  it('wraps a long name over lines that read as one name', () => {
    const long = mapSvg('m3', text, [{ coordinates: { lat: 17.58, lon: 106.28 }, label: 'Vườn quốc gia Phong Nha – Kẻ Bàng', role: 'focus' }]);
    const label = /<g class="map__label map__label--focus">(.*?)<\/g>/.exec(long)?.[1] ?? '';
    expect(label.match(/<tspan/g)!.length).toBeGreaterThan(1);
    expect(label.replace(/<[^>]+>/g, '')).toBe('Vườn quốc gia Phong Nha – Kẻ Bàng');
  });

  it('stays small: coordinates to a tenth, under 16 kB', () => {
    expect(svg.length).toBeLessThan(16_000);
    expect(svg).not.toMatch(/\d\.\d{2,}/);
    expect(svg).toContain(`viewBox="0 0 ${mapWidth} `);
  });
});

describe('places from content', () => {
  const entry = (title: string, lat: number, extra = {}) => ({ data: { title, coordinates: { lat, lon: 106 }, ...extra } });
  const content: PlaceSource = {
    items: [
      { section: 'destinations', key: 'ho-ba-be', entries: { vi: entry('Hồ Ba Bể', 22.41, { locality: 'thai-nguyen' }), en: entry('Ba Be Lake', 22.41, { locality: 'thai-nguyen' }) } },
      { section: 'destinations', key: 'dong-dang', entries: { vi: entry('Đồng Đăng', 21.94) } },
      { section: 'news', key: 'tin', entries: { vi: { data: { title: 'Tin' } } } },
    ],
    itemRoute: (section, key, locale) => {
      const fallback = key === 'dong-dang' && locale === 'en';
      return { path: `/${locale}/${section}/${key}/`, contentLocale: fallback ? 'vi' : locale, fallback };
    },
  };

  it('are the section’s items, named and linked in the reader’s language, the original’s language marked', () => {
    expect(placesOf(content, 'destinations', 'en')).toEqual([
      { key: 'ho-ba-be', name: 'Ba Be Lake', href: '/en/destinations/ho-ba-be/', coordinates: { lat: 22.41, lon: 106 }, lang: undefined, locality: 'thai-nguyen' },
      { key: 'dong-dang', name: 'Đồng Đăng', href: '/en/destinations/dong-dang/', coordinates: { lat: 21.94, lon: 106 }, lang: 'vi', locality: undefined },
    ]);
  });
});
