import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves the last build's `dist/` aside when a build starts and deletes it
 * while Vite bundles. Astro would otherwise empty it file by file before
 * bundling: 17 s for a site of 13,000 pages. A folder left aside by a build
 * that stopped is deleted by the next one. With `vite.build.emptyOutDir:
 * false` the folder is kept, as Astro keeps it.
 */
export function previousBuild(): AstroIntegration {
  let outDir = '';
  let keep = false;
  let deleting: Promise<unknown> = Promise.resolve();
  return {
    name: 'sen:previous-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = path.resolve(fileURLToPath(config.outDir));
        keep = config.vite?.build?.emptyOutDir === false;
      },
      'astro:build:start': ({ logger }) => {
        const parent = path.dirname(outDir);
        if (keep || !fs.existsSync(parent)) return;
        const prefix = `.${path.basename(outDir)}.previous-`;
        // Only a real folder: a link or a mount point stays where it is, and Astro empties it.
        if (fs.lstatSync(outDir, { throwIfNoEntry: false })?.isDirectory()) {
          try {
            fs.renameSync(outDir, path.join(parent, `${prefix}${process.pid}`));
          } catch {
            // Renaming failed (a mount point, permissions): Astro empties the folder itself.
          }
        }
        const aside = fs.readdirSync(parent).filter((name) => name.startsWith(prefix));
        // An old folder that cannot be deleted does not fail the new build: it is named, and tried again next time.
        deleting = Promise.all(aside.map((name) => fs.promises.rm(path.join(parent, name), { recursive: true, force: true }))).catch((error: Error) =>
          logger.warn(`The last build's output, moved aside in ${parent}, could not be deleted: ${error.message}`),
        );
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
