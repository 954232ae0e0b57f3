/**
 * The site font, cut down to the letters the site's languages need: the
 * characters of Google Fonts' `latin` and `vietnamese` subsets (English,
 * Vietnamese with every tone mark, typographic punctuation, ₫ and €). One
 * WOFF2 file a weight, so a page preloads two files and draws every letter
 * of either language without a second download or a late swap.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Inclusive code point ranges kept in the subset. */
export const siteFontRanges: [number, number][] = [
  [0x0000, 0x00ff], [0x0102, 0x0103], [0x0110, 0x0111], [0x0128, 0x0129], [0x0131, 0x0131], [0x0152, 0x0153],
  [0x0168, 0x0169], [0x01a0, 0x01a1], [0x01af, 0x01b0], [0x02bb, 0x02bc], [0x02c6, 0x02c6], [0x02da, 0x02da],
  [0x02dc, 0x02dc], [0x0300, 0x0301], [0x0303, 0x0304], [0x0308, 0x0309], [0x0323, 0x0323], [0x0329, 0x0329],
  [0x1ea0, 0x1ef9], [0x2000, 0x206f], [0x20ab, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191], [0x2193, 0x2193],
  [0x2212, 0x2212], [0x2215, 0x2215], [0xfeff, 0xfeff], [0xfffd, 0xfffd],
];

/** The weights the stylesheet uses (global.css): body text and headings. */
export const siteFontWeights = [400, 700] as const;
export type SiteFontWeight = (typeof siteFontWeights)[number];

/** Where the subsets live: committed, so a build needs no font tools (`npm run fonts` writes them). */
export const siteFontFile = (weight: SiteFontWeight): URL => new URL(`../assets/fonts/be-vietnam-pro-${weight}.woff2`, import.meta.url);

/**
 * A Google font (SIL Open Font License) as TrueType, from its `@expo-google-fonts` dev package:
 * Be Vietnam Pro to cut the subsets from; Arimo and Roboto to measure the fallbacks by (fallback.ts).
 */
export function googleFont(family: 'BeVietnamPro' | 'Arimo' | 'Roboto', weight: SiteFontWeight): Buffer {
  const style = { 400: '400Regular', 700: '700Bold' }[weight];
  const slug = family.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
  return fs.readFileSync(createRequire(import.meta.url).resolve(`@expo-google-fonts/${slug}/${style}/${family}_${style}.ttf`));
}

/** The full Be Vietnam Pro, as the subsets are cut from it. */
export const fullFont = (weight: SiteFontWeight): Buffer => googleFont('BeVietnamPro', weight);

export const inSiteFont = (codePoint: number): boolean => siteFontRanges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Every code point of the ranges, as text for the subsetter. */
const siteFontCharacters = (): string =>
  siteFontRanges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter((c) => c >= 0x20).map((c) => String.fromCodePoint(c)).join('');

/**
 * The subset of one weight, as `npm run fonts` commits it. Hinting is dropped:
 * phones and current desktops render outlines without it, and it is a third of the bytes.
 */
export async function siteFontSubset(weight: SiteFontWeight): Promise<Buffer> {
  const { default: subsetFont } = await import('subset-font'); // a dev dependency: builds read the committed files
  return subsetFont(fullFont(weight), siteFontCharacters(), { targetFormat: 'woff2', noHinting: true });
}
