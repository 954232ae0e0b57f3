/**
 * In the browser: shows the catalogue's filter form, applies the filter of
 * the URL query, and keeps the query in step with the form, so that a
 * filtered catalogue can be bookmarked and shared.
 */
import { filterNames, filterQuery, matchesFilter, parseFilter, type FilteredProject, type ProjectFilter } from './project-filter.ts';

export function enhanceProjectFilters(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-project-filters]');
  const count = root.querySelector<HTMLElement>('[data-project-count]');
  if (!form || !count) return;
  const plural = new Intl.PluralRules(root.documentElement.lang);
  const projects = [...root.querySelectorAll<HTMLElement>('[data-project]')];
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const offered = Object.fromEntries(filterNames.map((name) => [name, [...select(name).options].map((option) => option.value).filter(Boolean)])) as Record<(typeof filterNames)[number], string[]>;

  const apply = (filter: ProjectFilter) => {
    let shown = 0;
    for (const project of projects) {
      const match = matchesFilter(project.dataset as FilteredProject, filter);
      project.hidden = !match;
      if (match) shown++;
    }
    // The count's wording in the page's language: data-one and data-other hold "#" where the number goes.
    const { none, one, other } = count.dataset;
    const wording = plural.select(shown) === 'one' ? one! : other!;
    count.textContent = shown === 0 ? none! : wording.replace('#', String(shown));
  };

  const initial = parseFilter(location.search, offered);
  for (const name of filterNames) select(name).value = initial[name] ?? '';
  apply(initial);
  form.hidden = false;

  form.addEventListener('change', () => {
    const filter: ProjectFilter = Object.fromEntries(filterNames.map((name) => [name, select(name).value || undefined]));
    history.replaceState(null, '', `${location.pathname}${filterQuery(filter)}`);
    apply(filter);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
