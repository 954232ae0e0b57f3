/**
 * Links that run backwards: a destination or event page lists the culture
 * items (festivals, cuisine, crafts…) whose front matter names it, so an
 * editor writes each link once, on the culture item.
 */
type Referencing = { key: string; entries: Record<string, { data: unknown }> };
const fields = ['destinations', 'events'] as const;
type Field = (typeof fields)[number];

// Each destination's and event's page asks: the items are indexed once per list, not scanned per page.
const indexes = new WeakMap<readonly Referencing[], Map<string, Referencing[]>>();

/** The items that list `key` under `field` (`destinations`, `events`) in any published version, in key order. */
export function referencing<T extends Referencing>(items: readonly T[], field: Field, key: string): readonly T[] {
  let index = indexes.get(items);
  if (!index) indexes.set(items, (index = indexReferences(items)));
  return (index.get(`${field}/${key}`) ?? []) as T[];
}

function indexReferences(items: readonly Referencing[]): Map<string, Referencing[]> {
  const index = new Map<string, Referencing[]>();
  for (const item of [...items].sort((a, b) => a.key.localeCompare(b.key))) {
    const named = new Set(
      Object.values(item.entries).flatMap((entry) =>
        fields.flatMap((field) => ((entry.data as Record<string, unknown>)[field] as string[] | undefined)?.map((key) => `${field}/${key}`) ?? []),
      ),
    );
    for (const reference of named) {
      const listed = index.get(reference);
      if (listed) listed.push(item);
      else index.set(reference, [item]);
    }
  }
  return index;
}
