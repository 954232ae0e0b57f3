import type { AstroIntegration } from 'astro';
import { checkContent } from '../content/check.ts';
import { contentDir } from '../content/paths.ts';
import { formatProblems, isError } from '../content/problems.ts';
import { readUiResources } from '../i18n/resources.ts';

/** Runs the content check before Astro reads anything, so a build with bad content writes nothing. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'sen:content-check',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const problems = await checkContent({ contentDir: contentDir(), root: process.cwd(), uiResources: readUiResources() });
        const errors = problems.filter(isError);
        if (!errors.length) {
          if (problems.length) logger.warn(formatProblems(problems));
          return;
        }
        logger.error(`The content has problems; nothing was built.\n\n${formatProblems(problems)}`);
        throw new Error(`Content check failed with ${errors.length} problem(s); see the list above.`);
      },
    },
  };
}
