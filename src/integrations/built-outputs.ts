import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostingHeaders } from './hosting-headers.ts';
import { readOutputs } from './outputs.ts';
import { unusedImages } from './unused-images.ts';
import { searchIndex } from '../search/indexer.ts';

/**
 * The steps that read the built outputs once the pages are written, sharing
 * one read of them: the search index (or the last build's, when the pages
 * have not changed), `_headers` with the site's policy, and the deletion of
 * the images that no page, feed or calendar uses.
 */
export function builtOutputs(): AstroIntegration {
  let searchCacheDir = '';
  return {
    name: 'sen:built-outputs',
    hooks: {
      'astro:config:done': ({ config }) => {
        searchCacheDir = path.join(fileURLToPath(config.cacheDir), 'sen-search');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const search = await searchIndex(distDir, searchCacheDir);
        const headers = hostingHeaders(distDir);
        const images = unusedImages(distDir);
        await readOutputs(distDir, [search.reader, headers.reader, images.reader]).catch(async (error: unknown) => {
          await search.cancel();
          throw error;
        });
        const [report, , removed] = await Promise.all([search.finish(), headers.finish(), images.finish()]);
        const languages = Object.entries(report.languages).map(([language, pages]) => `${language}: ${pages}`).join(', ');
        const how = report.reused ? 'the pages unchanged, the last index copied' : 'indexed';
        logger.info(`Search: ${report.pages} pages (${languages}), ${how}; _headers written; in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        if (report.notKept) logger.warn(`The search index could not be kept in ${searchCacheDir} for the next build: ${report.notKept}`);
        if (removed.length) logger.info(`Removed ${removed.length} images that no page, feed or calendar uses`);
      },
    },
  };
}
