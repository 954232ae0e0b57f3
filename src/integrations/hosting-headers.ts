import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, headersFile } from '../hosting/headers.ts';
import { localeCodes } from '../i18n/locales.ts';

/** Writes `dist/_headers`: framing refused everywhere but the widgets, and the other security headers. */
export function hostingHeaders(): AstroIntegration {
  return {
    name: 'sen:hosting-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(headerRules(localeCodes())));
      },
    },
  };
}
