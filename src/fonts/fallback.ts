/**
 * Fallback faces sized like the site font. With `font-display: swap` a
 * phone paints text in a local font until Be Vietnam Pro arrives; a local
 * font of other widths wraps lines differently, and the swap moves everything
 * below (0.11 layout shift on a Vietnamese event page). Each fallback here is a local font
 * scaled to Be Vietnam Pro's average letter width (`size-adjust`) with its
 * ascent and descent: Capsize's method, the one Next.js and Astro's font API use.
 * `npm run fonts` writes the result to src/styles/font-fallback.css.
 */
import { createFontStack } from '@capsizecss/core';
import { fromBuffer } from '@capsizecss/unpack';
import { googleFont, siteFontWeights, type SiteFontWeight } from './subset.ts';

interface LocalFont {
  /** The font measured: an open font with the same metrics as the local ones. */
  measured: 'Arimo' | 'Roboto';
  /** The names `local()` matches (full and PostScript names), by weight. */
  names: Record<SiteFontWeight, string[]>;
}

/**
 * Fallbacks by the devices that have them: Windows, macOS and iOS have Arial; Linux and ChromeOS its metric twins;
 * Android Roboto. A bold face ends with the regular names: Android 12+ has one variable Roboto (and ChromeOS may
 * have a variable Arimo), which the browser sets bold itself.
 */
export const fallbackFonts: Record<string, LocalFont> = {
  Arial: {
    measured: 'Arimo',
    names: {
      400: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo Regular', 'Arimo-Regular'],
      700: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold', 'Arimo'],
    },
  },
  Roboto: { measured: 'Roboto', names: { 400: ['Roboto', 'Roboto Regular', 'Roboto-Regular'], 700: ['Roboto Bold', 'Roboto-Bold', 'Roboto', 'Roboto-Regular'] } },
};

/** The family name of the site font's fallback in one local font, as global.css's font stack names it. */
export const fallbackFamily = (localFont: string): string => `Be Vietnam Pro Fallback: ${localFont}`;

const kebab = (property: string): string => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Where `npm run fonts` writes the rules; fonts.css imports it. */
export const fallbackStylesheet = new URL('../styles/font-fallback.css', import.meta.url);

/** The `@font-face` rules of every fallback and weight, as the stylesheet commits them. */
export async function siteFontFallbackCss(): Promise<string> {
  const rules: string[] = [];
  const siteFont = Object.fromEntries(await Promise.all(siteFontWeights.map(async (weight) => [weight, await fromBuffer(googleFont('BeVietnamPro', weight))])));
  for (const [localFont, { measured, names }] of Object.entries(fallbackFonts)) {
    for (const weight of siteFontWeights) {
      const metrics = await fromBuffer(googleFont(measured, weight));
      const { fontFaces } = createFontStack([siteFont[weight], metrics], { fontFaceFormat: 'styleObject', fontFaceProperties: { fontWeight: weight } });
      const { src: _measuredNames, fontFamily: _capsizeName, ...descriptors } = fontFaces[0]['@font-face'];
      const lines = [
        `font-family: '${fallbackFamily(localFont)}'`,
        `src: ${names[weight].map((name) => `local('${name}')`).join(', ')}`,
        ...Object.entries(descriptors).map(([property, value]) => `${kebab(property)}: ${value}`),
      ];
      rules.push(`@font-face {\n${lines.map((line) => `  ${line};`).join('\n')}\n}`);
    }
  }
  return `/* Written by npm run fonts (src/fonts/fallback.ts): local fonts sized like Be Vietnam Pro, so the swap barely moves text. */\n${rules.join('\n')}\n`;
}
