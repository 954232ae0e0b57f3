import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { eachOutput } from './outputs.ts';
import { pagePolicy, unitePolicies } from '../hosting/content-security.ts';
import { headerRules, headersFile } from '../hosting/headers.ts';
import { localeCodes } from '../i18n/locales.ts';

/** The Content Security Policies of every page of `distDir`, united: what the header may allow site-wide. */
async function sitePolicy(distDir: string): Promise<string> {
  const policies = new Set<string>();
  await eachOutput(distDir, /\.html$/, (html) => {
    const policy = pagePolicy(html);
    if (policy) policies.add(policy);
  });
  return unitePolicies([...policies]);
}

/** Writes `dist/_headers`: the site's security policy, framing refused everywhere but the widgets, the other security headers. */
export function hostingHeaders(): AstroIntegration {
  return {
    name: 'sen:hosting-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        await fs.writeFile(path.join(distDir, '_headers'), headersFile(headerRules(localeCodes(), await sitePolicy(distDir))));
      },
    },
  };
}
