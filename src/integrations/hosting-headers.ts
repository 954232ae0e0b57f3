import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicy, unitePolicies } from '../hosting/content-security.ts';
import { headerRules, headersFile } from '../hosting/headers.ts';
import { localeCodes } from '../i18n/locales.ts';

/** The Content Security Policies of every page of `distDir`, united: what the header may allow site-wide. */
async function sitePolicy(distDir: string): Promise<string> {
  const policies = new Set<string>();
  for (const entry of await fs.readdir(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const policy = pagePolicy(await fs.readFile(path.join(entry.parentPath, entry.name), 'utf8'));
    if (policy) policies.add(policy);
  }
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
