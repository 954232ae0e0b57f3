import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './content/schema.ts';
import { sectionIds } from './content/sections.ts';
import { contentDir } from './content/paths.ts';

/** One collection per section; an entry's id is `<item folder>/<locale>`, e.g. `ba-be/en`. */
export const collections = Object.fromEntries(
  sectionIds.map((section) => [
    section,
    defineCollection({
      loader: glob({
        pattern: '*/*.mdx',
        base: `${contentDir()}/${section}`,
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      }),
      schema: ({ image }) => sectionSchema(section, image),
    }),
  ]),
);
