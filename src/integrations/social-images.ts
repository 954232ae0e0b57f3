import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { socialImagePath } from '../routing/routes.ts';
import { socialImageFile } from '../social/cache.ts';
import { publishedSocialCards } from '../social/published.ts';

const suffix = socialImagePath('/').slice(1);

/**
 * Writes each shared page's social image beside it once the pages are built,
 * from the cards they registered (src/social/published.ts): drawn into the
 * cache when missing, then copied. In `astro dev`, serves a page's image once
 * the page has rendered.
 */
export function socialImages(): AstroIntegration {
  return {
    name: 'sen:social-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cards = publishedSocialCards();
        // Four at a time: satori lays one out on the main thread while sharp draws others on its threads.
        const limit = pLimit(4);
        await Promise.all(
          [...cards].map(([pagePath, card]) =>
            limit(async () => {
              const target = path.join(fileURLToPath(dir), socialImagePath(pagePath));
              await fs.mkdir(path.dirname(target), { recursive: true });
              // A copy, not a hard link: a tool that rewrites dist/ in place must not change the cache.
              await fs.copyFile(await socialImageFile(card), target, fs.constants.COPYFILE_FICLONE);
            }),
          ),
        );
        logger.info(`Wrote ${cards.size} social images in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const url = decodeURI(request.url?.split('?')[0] ?? '');
          if (!url.endsWith(`/${suffix}`)) return next();
          const pagePath = url.slice(0, -suffix.length);
          const card = publishedSocialCards().get(pagePath);
          if (!card) {
            response.statusCode = 404;
            response.end(`Open ${pagePath} first: its social image is drawn from the card the page registers as it renders.`);
            return;
          }
          socialImageFile(card).then(
            async (file) => {
              response.setHeader('Content-Type', 'image/jpeg');
              response.end(await fs.readFile(file));
            },
            next,
          );
        });
      },
    },
  };
}
