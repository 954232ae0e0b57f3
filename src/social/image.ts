/**
 * A page's social image: its title over its photo, or over Sen's colours when
 * it has none, as the 1200×630 JPEG that Open Graph and Twitter cards show.
 * Satori lays the text out as paths in the self-hosted Be Vietnam Pro, so no
 * system font decides how Vietnamese looks; sharp crops the photo and draws.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const socialImageSize = { width: 1200, height: 630 } as const;

/** What a social image shows. */
export interface SocialCard {
  /** Above the title: the section, or the publisher. */
  eyebrow: string;
  title: string;
  /** Under the title, on cards without a photo. */
  description?: string;
  siteName: string;
  /** The site's host name, e.g. sen.example. */
  host: string;
  /** The photo behind the title, as a file. */
  photo?: string;
}

/** A satori element: what JSX would give, written as plain objects. */
export interface Layout {
  type: string;
  props: { style?: Record<string, string | number>; src?: string; width?: number; height?: number; children?: string | Layout | (string | Layout)[] };
}

const colours = { brand: '#0b4f6c', brandDark: '#083a50', teal: '#2f7f86', lotus: '#f7b2c4', white: '#ffffff', mist: '#e8f1f5' };

// One family name per subset: satori keeps one face per name and weight, and
// falls back across names glyph by glyph, so Vietnamese letters find the
// vietnamese subset and ŉ or ẞ find latin-ext.
const subsets = ['latin', 'latin-ext', 'vietnamese'] as const;
const weights = [400, 700] as const;
const family = (subset: string) => `Be Vietnam Pro ${subset}`;

type SatoriFont = { name: string; data: Buffer; weight: (typeof weights)[number]; style: 'normal' };
let fonts: SatoriFont[] | undefined;

/** The WOFF files of @fontsource/be-vietnam-pro (satori reads no WOFF2). */
export function socialFonts(): SatoriFont[] {
  const require = createRequire(import.meta.url);
  fonts ??= subsets.flatMap((subset) =>
    weights.map((weight) => ({
      name: family(subset),
      data: fs.readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

let icon: string | undefined;
/** The site icon (public/favicon.svg), as a data URL. */
const siteIcon = () => (icon ??= `data:image/svg+xml;base64,${fs.readFileSync(path.resolve('public/favicon.svg')).toString('base64')}`);

const div = (style: Record<string, string | number>, children?: Layout['props']['children']): Layout => ({ type: 'div', props: { style, children } });

/** Big for short titles, smaller for long ones: three lines at most, then an ellipsis. */
const titleSize = (title: string) => (title.length <= 32 ? 76 : title.length <= 64 ? 64 : 54);

/**
 * The text and shading drawn over the photo (or the brand background), as a
 * satori layout. Text is NFC: a title typed with combining marks draws the
 * same precomposed glyphs as one typed without.
 */
export function socialLayout(card: SocialCard): Layout {
  const title = card.title.normalize('NFC');
  // No `overflow: hidden`: it would cut the stacked marks of capitals (Ỗ, Ặ) on the first line.
  const clamp = (lines: number) => ({ display: 'block', lineClamp: lines, textOverflow: 'ellipsis' });
  return div(
    {
      width: socialImageSize.width,
      height: socialImageSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      padding: '56px 72px 52px',
      color: colours.white,
      fontFamily: subsets.map(family).map((name) => `"${name}"`).join(', '),
      // Over a photo, darken its lower part for the text; elsewhere, the home page's gradient.
      backgroundImage: card.photo
        ? 'linear-gradient(180deg, rgba(8, 58, 80, 0.1) 0%, rgba(8, 58, 80, 0.45) 30%, rgba(8, 58, 80, 0.85) 55%, rgba(8, 58, 80, 0.95) 100%)'
        : `linear-gradient(135deg, ${colours.brandDark} 0%, ${colours.brand} 60%, ${colours.teal} 100%)`,
    },
    [
      // Without a photo, the lotus of the site icon, large and faint behind the text, fills the sky.
      ...(card.photo ? [] : [{ type: 'img', props: { src: siteIcon(), width: 520, height: 520, style: { position: 'absolute', top: -130, right: -90, opacity: 0.16, zIndex: -1 } } }]),
      div({ fontSize: 26, fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase', color: colours.lotus, marginBottom: 14, ...clamp(1) }, card.eyebrow.normalize('NFC')),
      // Line height leaves room for stacked marks (Ặ, Ỗ) above capitals.
      div({ fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.22, textWrap: 'pretty', ...clamp(3) }, title),
      ...(card.description && !card.photo
        ? [div({ fontSize: 28, lineHeight: 1.45, color: colours.mist, marginTop: 18, ...clamp(2) }, card.description.normalize('NFC'))]
        : []),
      div(
        { display: 'flex', alignItems: 'center', marginTop: 34, paddingTop: 22, borderTop: `2px solid rgba(247, 178, 196, 0.55)`, fontSize: 26 },
        [
          { type: 'img', props: { src: siteIcon(), width: 48, height: 48, style: { borderRadius: 10, marginRight: 18 } } },
          div({ fontWeight: 700 }, card.siteName.normalize('NFC')),
          div({ marginLeft: 'auto', color: colours.mist }, card.host),
        ],
      ),
    ],
  );
}

/** A JPEG: every platform shows it, it is small for a photo, and it encodes twice as fast as a palette PNG. */
export const socialJpeg = { quality: 80 } as const;

/** The JPEG of a card: the same card (and photo) always gives the same bytes. */
export async function renderSocialImage(card: SocialCard): Promise<Buffer> {
  const { width, height } = socialImageSize;
  const overlay = Buffer.from(await satori(socialLayout(card) as Parameters<typeof satori>[0], { width, height, fonts: socialFonts() }));
  const base = card.photo
    ? sharp(card.photo).rotate().resize(width, height, { fit: 'cover', position: 'centre' }).composite([{ input: overlay }])
    : sharp(overlay);
  return base.flatten({ background: colours.brandDark }).jpeg(socialJpeg).toBuffer();
}
