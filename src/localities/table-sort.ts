/** How the comparison table sorts its rows in the browser, apart from the page so that it can be tested. */

export type SortDirection = 'ascending' | 'descending';

/** A cell's sort key: a number, a text, or nothing when the cell is empty. */
export type SortKey = number | string | undefined;

/**
 * The indices of the rows in sorted order by one column's keys: numbers by
 * value, texts by the reader's collation. Empty cells go last in either
 * direction, and equal keys keep their order.
 */
export function sortedOrder(keys: SortKey[], direction: SortDirection, collator: Intl.Collator): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return keys
    .map((key, index) => ({ key, index }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) return Number(a.key === undefined) - Number(b.key === undefined);
      const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key));
      return sign * order;
    })
    .map(({ index }) => index);
}

/** The direction a press on a column heading sorts in: ascending first, then reversed each time. */
export const nextDirection = (current: string | null): SortDirection => (current === 'ascending' ? 'descending' : 'ascending');
