import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, BaseIntegrationHooks } from 'astro';

/**
 * Hooks that start `work` on the output folder once the pages and images
 * are written, and make the build wait for it before it is done. Between the
 * two, Astro deletes its own build files (1–4 s on a 5,000-item site, its
 * thread waiting on the disk), and the work goes on meanwhile.
 */
export function afterPages(work: (distDir: string, logger: AstroIntegrationLogger) => Promise<void>): Pick<BaseIntegrationHooks, 'astro:build:generated' | 'astro:build:done'> {
  let running: Promise<void> | undefined;
  return {
    'astro:build:generated': ({ dir, logger }) => {
      running = work(fileURLToPath(dir), logger);
      // Awaited, and a failure reported, when the build is done: not an unhandled rejection meanwhile.
      running.catch(() => {});
    },
    'astro:build:done': async () => {
      await running;
    },
  };
}
