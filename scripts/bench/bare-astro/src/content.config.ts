import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Every version of every item of the generated content folder, as `<section>/<item>/<locale>`. */
export const collections = {
  items: defineCollection({
    loader: glob({ pattern: '*/*/*.mdx', base: path.resolve(process.env.SEN_CONTENT_DIR ?? 'content') }),
    schema: ({ image }) => z.looseObject({ title: z.string(), image: z.looseObject({ src: image(), alt: z.string() }).optional() }),
  }),
};
