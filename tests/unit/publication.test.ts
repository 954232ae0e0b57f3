import { describe, expect, it } from 'vitest';
import { isPublic } from '../../src/content/publication.ts';
import { orderItems } from '../../src/content/order.ts';

const now = new Date('2026-11-23T00:00:00+07:00');

describe('what reaches the public', () => {
  it('a published item does', () => {
    expect(isPublic({ draft: false, internal: false }, now)).toBe(true);
  });
  it('a draft never does', () => {
    expect(isPublic({ draft: true, internal: false }, now)).toBe(false);
  });
  it('internal content never does', () => {
    expect(isPublic({ draft: false, internal: true }, now)).toBe(false);
  });
  it('an embargoed item waits for its publishAt', () => {
    expect(isPublic({ draft: false, internal: false, publishAt: new Date('2026-12-01') }, now)).toBe(false);
    expect(isPublic({ draft: false, internal: false, publishAt: new Date('2026-11-01') }, now)).toBe(true);
  });
});

describe('listing order', () => {
  const collator = new Intl.Collator('vi-VN');
  const item = (key: string, title: string, publishedAt: string, startDate?: string, endDate?: string) => ({
    key, title, publishedAt: new Date(publishedAt), startDate: startDate ? new Date(startDate) : undefined, endDate: endDate ? new Date(endDate) : undefined,
  });

  it('puts the newest news first', () => {
    const items = [item('old', 'A', '2025-01-01'), item('new', 'B', '2026-01-01')];
    expect(orderItems(items, 'newest', now, collator).map((i) => i.key)).toEqual(['new', 'old']);
  });

  it('puts upcoming and ongoing events first, soonest first, then past events, latest first', () => {
    const items = [
      item('past-old', 'A', '2025-01-01', '2025-03-01'),
      item('later', 'B', '2025-01-01', '2027-01-10'),
      item('ongoing', 'C', '2025-01-01', '2026-11-20', '2026-11-30'),
      item('past-recent', 'D', '2025-01-01', '2026-10-01'),
      item('soon', 'E', '2025-01-01', '2026-12-01'),
    ];
    expect(orderItems(items, 'upcoming', now, collator).map((i) => i.key)).toEqual(['ongoing', 'soon', 'later', 'past-recent', 'past-old']);
  });

  it('sorts titles the Vietnamese way', () => {
    const items = [item('d', 'Đồng Hới', '2025-01-01'), item('b', 'Ba Bể', '2025-01-01'), item('e', 'Ê-đê', '2025-01-01'), item('c', 'Cha Lo', '2025-01-01')];
    expect(orderItems(items, 'title', now, collator).map((i) => i.key)).toEqual(['b', 'c', 'd', 'e']);
  });
});
