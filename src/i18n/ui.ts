/**
 * UI strings through i18next: one resource file per locale in `translations/`.
 */
import i18next, { type TFunction } from 'i18next';
import { readUiResources } from './resources.ts';

const resources = readUiResources();

const i18n = i18next.createInstance();
i18n.init({
  resources: Object.fromEntries(Object.entries(resources).map(([code, resource]) => [code, { translation: resource }])),
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`UI string "${key}" is missing for locale ${lngs.join(', ')}: add it to src/i18n/translations/${lngs[0]}.json`);
  },
});

/** The `t` function of one locale; an unknown key throws rather than showing the key to readers. */
export function translator(locale: string): TFunction {
  if (!resources[locale]) throw new Error(`No UI strings for locale "${locale}": add src/i18n/translations/${locale}.json`);
  return i18n.getFixedT(locale);
}
