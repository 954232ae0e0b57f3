/**
 * What every map of Viet Nam shows whatever its data source says: the Hoàng Sa
 * and Trường Sa archipelagos, drawn from the coordinates of their main islands
 * and reefs (Natural Earth leaves them out of Viet Nam, and its large-scale
 * data even puts Hoàng Sa inside another country), and the frame that always
 * holds them with the mainland.
 */
import type { Coordinates } from './geo.ts';

export type ArchipelagoId = 'hoangSa' | 'truongSa';

export interface Archipelago {
  id: ArchipelagoId;
  /** Main islands and reefs, approximate to a hundredth of a degree. */
  islands: Coordinates[];
  /** Where its name goes: above the islands, in open sea. */
  labelAt: Coordinates;
}

const island = (lat: number, lon: number): Coordinates => ({ lat, lon });

export const archipelagos: Archipelago[] = [
  {
    id: 'hoangSa',
    islands: [
      island(16.83, 112.34), // Phú Lâm
      island(16.95, 112.27), // Cây
      island(16.67, 112.73), // Linh Côn
      island(16.53, 111.61), // Hoàng Sa
      island(16.45, 111.7), // Quang Hòa
      island(16.46, 111.74), // Duy Mộng
      island(16.51, 111.58), // Hữu Nhật
      island(15.78, 111.2), // Tri Tôn
      island(17.1, 111.51), // Đá Bắc
    ],
    labelAt: island(17.75, 112.1),
  },
  {
    id: 'truongSa',
    islands: [
      island(11.43, 114.33), // Song Tử Tây
      island(11.05, 114.28), // Thị Tứ
      island(10.38, 114.48), // Sơn Ca
      island(10.38, 114.36), // Ba Bình
      island(10.18, 114.36), // Nam Yết
      island(9.88, 114.33), // Sinh Tồn
      island(8.97, 113.68), // Phan Vinh
      island(8.85, 112.22), // Đá Tây
      island(8.64, 111.92), // Trường Sa
      island(7.87, 112.92), // An Bang
    ],
    labelAt: island(12.2, 113.9),
  },
];

/** Where the East Sea's name goes, between the two archipelagos. */
export const eastSeaLabelAt: Coordinates = island(14.1, 113.3);

/** The extent every map of Viet Nam shows: the mainland, its islands and both archipelagos. */
export const mapFrame = { west: 101.8, east: 116.2, south: 7.4, north: 23.6 } as const;
