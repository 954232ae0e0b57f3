import { describe, expect, it } from 'vitest';
import { nextDirection, sortedOrder } from '../../src/localities/table-sort.ts';
import { filterQuery, matchesFilter, parseFilter } from '../../src/investment/project-filter.ts';

describe('sorting the comparison table', () => {
  const collator = new Intl.Collator('vi-VN');

  it('orders numbers by value, both ways', () => {
    expect(sortedOrder([12700, 8310, 9000], 'ascending', collator)).toEqual([1, 2, 0]);
    expect(sortedOrder([12700, 8310, 9000], 'descending', collator)).toEqual([0, 2, 1]);
  });

  it('orders names by the reader’s collation, not by code point', () => {
    // By code point "Đ" (U+0110) sorts after "Z"; Vietnamese puts it after "D".
    expect(sortedOrder(['Zê', 'Đồng Hới', 'Cà Mau'], 'ascending', collator)).toEqual([2, 1, 0]);
  });

  it('keeps empty cells last whichever the direction', () => {
    expect(sortedOrder([3, undefined, 1], 'ascending', collator)).toEqual([2, 0, 1]);
    expect(sortedOrder([3, undefined, 1], 'descending', collator)).toEqual([0, 2, 1]);
  });

  it('sorts ascending first, then reverses at each press', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});

describe('filtering the project catalogue', () => {
  const offered = { sector: ['logistics', 'che-bien-nong-san'], locality: ['lang-son', 'vinh-long'] };
  const logistics = { sector: 'logistics', locality: 'lang-son' };

  it('reads the filter from the query, ignoring values the catalogue does not offer', () => {
    expect(parseFilter('?sector=logistics&locality=lang-son', offered)).toEqual({ sector: 'logistics', locality: 'lang-son' });
    expect(parseFilter('?sector=mining&locality=vinh-long&page=2', offered)).toEqual({ locality: 'vinh-long' });
    expect(parseFilter('', offered)).toEqual({});
  });

  it('writes the query back, empty when nothing is filtered', () => {
    expect(filterQuery({ sector: 'logistics', locality: 'lang-son' })).toBe('?sector=logistics&locality=lang-son');
    expect(filterQuery({ locality: 'vinh-long' })).toBe('?locality=vinh-long');
    expect(filterQuery({})).toBe('');
  });

  it('keeps a project that matches every chosen filter', () => {
    expect(matchesFilter(logistics, {})).toBe(true);
    expect(matchesFilter(logistics, { sector: 'logistics' })).toBe(true);
    expect(matchesFilter(logistics, { sector: 'logistics', locality: 'vinh-long' })).toBe(false);
    expect(matchesFilter(logistics, { locality: 'lang-son' })).toBe(true);
  });
});
