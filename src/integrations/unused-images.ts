import fs from 'node:fs/promises';
import path from 'node:path';
import type { OutputStep } from './outputs.ts';

// Every image Astro writes ends in `.<hash>.<ext>` (`.<hash>_<transform>.<ext>` when resized): matched
// alone, it names the file whatever comes before it and however a URL escapes that.
const hashedEnd = String.raw`\.[\w-]+\.(?:jpe?g|png|webp|avif|gif|tiff?)`;
const endOf = (name: string) => new RegExp(`${hashedEnd}$`, 'i').exec(name)?.[0];

/**
 * Deletes the images of `_astro/` that no output names. Astro copies every
 * image the bundle imports, and the bundle imports every image of the content
 * folder: `<Figure>` finds its file through a glob (src/content/images.ts) and
 * each entry's front-matter image is imported, a draft's too. Astro deletes an
 * original only when it was resized and never read, so a draft's, an
 * embargoed or an internal version's photo (and the originals of the others,
 * with their metadata) would otherwise be published as they are.
 * `finish` returns the names of the images deleted.
 */
export function unusedImages(distDir: string): OutputStep<string[]> {
  const named = new Set<string>();
  const mention = new RegExp(`${hashedEnd}(?!\\w)`, 'gi');
  return {
    // Outputs that can name an image: pages, feeds, JSON, calendars, styles, scripts.
    reader: {
      names: /\.(?:html|xml|json|css|m?js|ics|txt|svg|webmanifest)$/i,
      // Image names are ASCII: latin1 reads them as UTF-8 would, and a one-byte string scans faster.
      read: (bytes) => {
        for (const [end] of bytes.toString('latin1').matchAll(mention)) named.add(end);
      },
    },
    finish: async () => {
      const assets = path.join(distDir, '_astro');
      const images = (await fs.readdir(assets).catch(() => [] as string[])).filter(endOf);
      const unused = images.filter((name) => !named.has(endOf(name)!));
      await Promise.all(unused.map((name) => fs.rm(path.join(assets, name))));
      return unused;
    },
  };
}
