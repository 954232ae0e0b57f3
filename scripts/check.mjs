// `npm run check`: checks all content and UI strings without building, and prints every problem at once.
// Exits non-zero when there is any error (warnings are printed, not fatal). SEN_CONTENT_DIR checks another content folder.
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/paths.ts';
import { formatProblems, isError } from '../src/content/problems.ts';
import { readUiResources } from '../src/i18n/resources.ts';

const problems = await checkContent({ contentDir: contentDir(), root: process.cwd(), uiResources: readUiResources() });
if (problems.length) console.error(formatProblems(problems));
if (problems.some(isError)) process.exit(1);
if (!problems.length) console.log(`The content in ${contentDir()} has no problems.`);
