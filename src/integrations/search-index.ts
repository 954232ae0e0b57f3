import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../search/indexer.ts';

/** Writes the Pagefind search index once the pages are built, or the last build's when they have not changed. */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'sen:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'sen-search');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await writeSearchIndex(fileURLToPath(dir), cacheDir);
        const languages = Object.entries(report.languages).map(([language, pages]) => `${language}: ${pages}`).join(', ');
        const how = report.reused ? 'the pages unchanged, the last index copied' : 'indexed';
        logger.info(`Search: ${report.pages} pages (${languages}), ${how}, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        if (report.notKept) logger.warn(`The search index could not be kept in ${cacheDir} for the next build: ${report.notKept}`);
      },
    },
  };
}
