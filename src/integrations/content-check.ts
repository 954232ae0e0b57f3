import type { AstroIntegration } from 'astro';
import { checkContent } from '../content/check.ts';
import { contentDir } from '../content/paths.ts';
import { formatProblems } from '../content/problems.ts';
import { readUiResources } from '../i18n/resources.ts';

/** Runs the content check before Astro reads anything, so a build with bad content writes nothing. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sen:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = checkContent({ contentDir: contentDir(), root: process.cwd(), uiResources: readUiResources() });
        if (!problems.length) return;
        logger.error(`The content has problems; nothing was built.\n\n${formatProblems(problems)}`);
        throw new Error(`Content check failed with ${problems.length} problem(s); see the list above.`);
      },
    },
  };
}
