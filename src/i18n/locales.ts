import { siteSettings } from '../content/site.ts';

export type Locale = string;

export interface LocaleInfo {
  code: Locale;
  name: string;
  intl: string;
  dir: 'ltr' | 'rtl';
}

/** The enabled locales, in the order of `content/site.yaml`. */
export const locales = (): LocaleInfo[] => siteSettings().locales;

export const localeCodes = (): Locale[] => locales().map((locale) => locale.code);

/** The locale content is written in first; untranslated items fall back to it. */
export const defaultLocale = (): Locale => siteSettings().defaultLocale;

export function localeInfo(code: Locale): LocaleInfo {
  const info = locales().find((locale) => locale.code === code);
  if (!info) throw new Error(`Locale "${code}" is not enabled in content/site.yaml`);
  return info;
}
