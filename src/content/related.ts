/**
 * Links that run backwards: a destination or event page lists the culture
 * items (festivals, cuisine, crafts…) whose front matter names it, so an
 * editor writes each link once, on the culture item.
 */
type Referencing = { key: string; entries: Record<string, { data: unknown }> };

/** The items that list `key` under `field` (`destinations`, `events`) in any published version, in key order. */
export function referencing<T extends Referencing>(items: T[], field: 'destinations' | 'events', key: string): T[] {
  return items
    .filter((item) => Object.values(item.entries).some((entry) => ((entry.data as Record<string, unknown>)[field] as string[] | undefined)?.includes(key)))
    .sort((a, b) => a.key.localeCompare(b.key));
}
