// `npm run check`: checks all content and UI strings without building, and prints every problem at once.
// Exits non-zero when there is any. SEN_CONTENT_DIR checks another content folder.
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/paths.ts';
import { formatProblems } from '../src/content/problems.ts';
import { readUiResources } from '../src/i18n/resources.ts';

const problems = checkContent({ contentDir: contentDir(), root: process.cwd(), uiResources: readUiResources() });
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`The content in ${contentDir()} has no problems.`);
