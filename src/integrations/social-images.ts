import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { socialImagePath } from '../routing/routes.ts';
import { forgetSocialImages, publishedSocialImages } from '../social/published.ts';

const suffix = socialImagePath('/').slice(1);

/**
 * Copies each shared page's social image beside it once the pages are built,
 * from the cache the pages' registrations drew into (src/social/published.ts).
 * In `astro dev`, serves a page's image once the page has rendered.
 */
export function socialImages(): AstroIntegration {
  return {
    name: 'sen:social-images',
    hooks: {
      'astro:build:start': () => forgetSocialImages(),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const images = publishedSocialImages();
        const out = fileURLToPath(dir);
        const limit = pLimit(16);
        await Promise.all(
          [...images].map(([pagePath, file]) =>
            limit(async () => {
              const target = path.join(out, socialImagePath(pagePath));
              await fs.mkdir(path.dirname(target), { recursive: true });
              const drawn = await file.catch((error: Error) => {
                throw new Error(`The social image of ${pagePath} could not be drawn: ${error.message}`, { cause: error });
              });
              // A copy, not a hard link: a tool that rewrites dist/ in place must not change the cache.
              await fs.copyFile(drawn, target, fs.constants.COPYFILE_FICLONE);
            }),
          ),
        );
        logger.info(`Wrote ${images.size} social images in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = decodeURI(request.url?.split('?')[0] ?? '');
          if (!url.endsWith(`/${suffix}`)) return next();
          const pagePath = url.slice(0, -suffix.length);
          const file = publishedSocialImages().get(pagePath);
          // Not registered (the page not opened yet in this session): Astro answers, with its 404.
          if (!file) return next();
          file
            .then((drawn) => fs.readFile(drawn))
            .then((jpeg) => {
              response.setHeader('Content-Type', 'image/jpeg');
              response.end(jpeg);
            }, next);
        });
      },
    },
  };
}
