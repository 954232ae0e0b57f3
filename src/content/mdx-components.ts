/**
 * The components editors may write in MDX, with the props each accepts. The
 * content check and the MDX compiler both read this list; ItemBody.astro maps
 * the same names to their Astro components.
 */
import { z } from 'astro/zod';
import { text } from './schema.ts';

const imagePath = (what: string) => text(what).regex(/^\.\.?\//, `${what} is a path beside the MDX file, e.g. ./boat-race.jpg`);

export const contentComponents = {
  Figure: z.strictObject({
    src: imagePath('the image path'),
    alt: text('alt text describing the image'),
    credit: text('the image credit'),
    licence: text('the image licence'),
    caption: z.string().optional(),
  }),
  Gallery: z.strictObject({}),
  KeyFigures: z.strictObject({
    locality: text('the folder name of an item in content/localities/'),
    only: z.string().optional(),
  }),
  Callout: z.strictObject({
    type: z.enum(['note', 'important', 'warning']).optional(),
    title: z.string().optional(),
  }),
  Video: z.strictObject({
    youtube: z.string().regex(/^[\w-]{11}$/, 'expected a YouTube video id: the 11 characters after watch?v='),
    title: text('the video title'),
    poster: imagePath('the poster image path').optional(),
  }),
} satisfies Record<string, z.ZodObject>;

export type ContentComponent = keyof typeof contentComponents;

/** Props that name an image file beside the MDX file. */
export const imageProps: Partial<Record<ContentComponent, string[]>> = { Figure: ['src'], Video: ['poster'] };

/**
 * Raw HTML an editor may use, for what Markdown cannot say: inline semantics only,
 * with attributes that change neither behaviour nor layout.
 */
export const safeHtml: Record<string, string[]> = {
  abbr: ['title'],
  b: [],
  bdi: ['dir'],
  br: [],
  cite: [],
  del: ['datetime'],
  dfn: ['title'],
  em: [],
  i: [],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: ['cite'],
  s: [],
  small: [],
  span: ['lang', 'dir'],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  wbr: [],
};
/** Attributes any safe element may carry. */
export const safeGlobalAttributes = ['lang', 'title'];
