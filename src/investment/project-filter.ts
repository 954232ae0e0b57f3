/**
 * The filters of the project catalogue: by sector and by locality, kept in
 * the URL query (`?sector=logistics&locality=lang-son`) so that a filtered
 * catalogue can be shared.
 */

export const filterNames = ['sector', 'locality'] as const;
export type FilterName = (typeof filterNames)[number];

/** The chosen value of each filter; a filter left out shows every project. */
export type ProjectFilter = Partial<Record<FilterName, string>>;

/** What a project is filtered on: its sector's slug and its locality's key. */
export type FilteredProject = Record<FilterName, string>;

/** The filter a query asks for, keeping only values the catalogue offers (an old link's stale value shows everything). */
export function parseFilter(query: string, offered: Record<FilterName, string[]>): ProjectFilter {
  const params = new URLSearchParams(query);
  const filter: ProjectFilter = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value && offered[name].includes(value)) filter[name] = value;
  }
  return filter;
}

/** The query of a filter, for the address bar: empty when nothing is filtered. */
export function filterQuery(filter: ProjectFilter): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filter[name]) params.set(name, filter[name]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const matchesFilter = (project: FilteredProject, filter: ProjectFilter): boolean =>
  filterNames.every((name) => !filter[name] || project[name] === filter[name]);
