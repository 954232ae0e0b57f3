import fs from 'node:fs/promises';
import path from 'node:path';
import type { OutputStep } from './outputs.ts';
import { pagePolicy, unitePolicies } from '../hosting/content-security.ts';
import { headerRules, headersFile } from '../hosting/headers.ts';
import { localeCodes } from '../i18n/locales.ts';

/**
 * Writes `dist/_headers`: the Content Security Policies of every page,
 * united (what the header may allow site-wide), framing refused everywhere
 * but the widgets, the other security headers.
 */
export function hostingHeaders(distDir: string): OutputStep<void> {
  const policies = new Set<string>();
  return {
    reader: {
      names: /\.html$/,
      // The policy is ASCII: latin1 reads it as UTF-8 would, and a one-byte string scans faster.
      read: (bytes) => {
        const policy = pagePolicy(bytes.toString('latin1'));
        if (policy) policies.add(policy);
      },
    },
    finish: () => fs.writeFile(path.join(distDir, '_headers'), headersFile(headerRules(localeCodes(), unitePolicies([...policies])))),
  };
}
