import { describe, expect, it } from 'vitest';
import { referencing } from '../../src/content/related.ts';

describe('culture items listed on the pages they name', () => {
  const culture: { key: string; entries: Record<string, { data: unknown }> }[] = [
    { key: 'ok-om-bok', entries: { vi: { data: { destinations: ['ao-ba-om'], events: ['le-hoi-2026'] } } } },
    { key: 'khmer', entries: { en: { data: { destinations: ['chua-ang', 'ao-ba-om'], events: [] } } } },
    { key: 'tea', entries: { vi: { data: { destinations: [] } } } },
  ];

  it('finds every item that names a destination, in key order, in any version', () => {
    expect(referencing(culture, 'destinations', 'ao-ba-om').map((item) => item.key)).toEqual(['khmer', 'ok-om-bok']);
  });

  it('finds the items that name an event, and none for a page nobody names', () => {
    expect(referencing(culture, 'events', 'le-hoi-2026').map((item) => item.key)).toEqual(['ok-om-bok']);
    expect(referencing(culture, 'destinations', 'mau-son')).toEqual([]);
  });

  it('lists an item once when both its versions name the page', () => {
    const bilingual = [{ key: 'don-ca-tai-tu', entries: { vi: { data: { destinations: ['cai-be'] } }, en: { data: { destinations: ['cai-be'] } } } }];
    expect(referencing(bilingual, 'destinations', 'cai-be').map((item) => item.key)).toEqual(['don-ca-tai-tu']);
  });
});
