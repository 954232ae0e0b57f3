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

const translators = new Map<string, TFunction>();

/** The `t` function of one locale; an unknown key throws rather than showing the key to readers. */
export function translator(locale: string): TFunction {
  if (!resources[locale]) throw new Error(`No UI strings for locale "${locale}": add src/i18n/translations/${locale}.json`);
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = remembering(i18n.getFixedT(locale))));
  return t;
}

const isPlainValue = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

/**
 * `t`, keeping each string it gave: pages ask for the same few strings over
 * and over (173,000 lookups for a site of 2,800 pages, the site's name alone
 * 29,000), and i18next resolves each anew in 3–6 µs. The strings do not
 * change once loaded, so a lookup by key alone, or with options of plain
 * values (interpolation, count), gives the same string every time. Anything
 * else goes to i18next each time.
 */
function remembering(t: TFunction): TFunction {
  const kept = new Map<string, string>();
  const resolve = t as unknown as (...args: unknown[]) => unknown;
  const lookup = (key: unknown, options?: unknown, ...more: unknown[]) => {
    const plainOptions = options === undefined || (typeof options === 'object' && options !== null && Object.values(options).every(isPlainValue));
    if (typeof key !== 'string' || more.length || !plainOptions) return resolve(key, options, ...more);
    const id = options === undefined ? key : `${key}\0${JSON.stringify(options)}`;
    let text = kept.get(id);
    if (text === undefined) {
      const given = resolve(key, options);
      if (typeof given !== 'string') return given;
      kept.set(id, (text = given));
    }
    return text;
  };
  return lookup as unknown as TFunction;
}
