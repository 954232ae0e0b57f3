/**
 * In the browser: turns the headings of `table[data-sortable]` into buttons
 * that sort its rows, with `aria-sort` saying how. Without JavaScript the
 * table is simply in its published order.
 */
import { nextDirection, sortedOrder, type SortKey } from './table-sort.ts';

export function enhanceSortableTables(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
  for (const hint of root.querySelectorAll<HTMLElement>('[data-sort-hint]')) hint.hidden = false;
}

function enhance(table: HTMLTableElement): void {
  const collator = new Intl.Collator(document.documentElement.lang);
  const headings = [...table.tHead!.rows[0].cells];
  headings.forEach((heading, column) => {
    if (!heading.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...heading.childNodes);
    heading.append(button);
    button.addEventListener('click', () => {
      const direction = nextDirection(heading.getAttribute('aria-sort'));
      const body = table.tBodies[0];
      const rows = [...body.rows];
      const keys = rows.map((row): SortKey => {
        const value = row.cells[column].dataset.sortValue;
        if (value === undefined) return undefined;
        return heading.dataset.sort === 'number' ? Number(value) : value;
      });
      for (const index of sortedOrder(keys, direction, collator)) body.append(rows[index]);
      for (const other of headings) other.removeAttribute('aria-sort');
      heading.setAttribute('aria-sort', direction);
    });
  });
}
