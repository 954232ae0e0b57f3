import fs from 'node:fs';
import path from 'node:path';

export type UiResource = { [key: string]: string | UiResource };

/** The folder of UI string files: one `<locale>.json` per locale. */
export const uiStringsDir = (): string => path.resolve('src/i18n/translations');

/** The UI string resources found in `src/i18n/translations/`, by locale code. */
export function readUiResources(dir = uiStringsDir()): Record<string, UiResource> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [file.slice(0, -'.json'.length), JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))]),
  );
}

/** Every key path of a resource, e.g. `sections.news.name`. */
export function keyPaths(resource: UiResource, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value, `${prefix}${key}.`),
  );
}

/** The UI strings some enabled locale lacks while another has them, as `{ locale, key }`. */
export function missingUiStrings(resources: Record<string, UiResource>, enabled: string[]): { locale: string; key: string }[] {
  const keysOf = new Map(enabled.map((locale) => [locale, new Set(resources[locale] ? keyPaths(resources[locale]) : [])]));
  const all = new Set([...keysOf.values()].flatMap((keys) => [...keys]));
  return enabled.flatMap((locale) =>
    [...all].filter((key) => !keysOf.get(locale)!.has(key)).sort().map((key) => ({ locale, key })),
  );
}
