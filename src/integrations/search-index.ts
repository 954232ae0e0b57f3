import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../search/indexer.ts';

/** Writes the Pagefind search index once the pages are built. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'sen:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeSearchIndex(fileURLToPath(dir));
        const languages = Object.entries(report.languages).map(([language, pages]) => `${language}: ${pages}`).join(', ');
        logger.info(`Indexed ${report.pages} pages for search (${languages})`);
      },
    },
  };
}
