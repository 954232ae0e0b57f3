// `npm run translations`: per section and locale, the translations that are missing or out of date, then a summary;
// the same as JSON in translation-status.json (`-- --json <path>` writes it elsewhere). A report, not a gate: exits 0.
// `npm run translations -- --mark <file>…` records in each translation the hash of its source as it is now.
// SEN_CONTENT_DIR reports on another content folder; SEN_BUILD_DATE judges drafts and embargoes as of that day.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/paths.ts';
import { buildDate } from '../src/content/publication.ts';
import { formatTranslationReport, markTranslation, translationReport } from '../src/content/translation-report.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';

let args;
try {
  args = parseArgs({ options: { json: { type: 'string' }, mark: { type: 'boolean' } }, allowPositionals: true });
} catch (error) {
  console.error(`${error.message}\nUsage: npm run translations [-- --json <path>]  or  npm run translations -- --mark <file>…`);
  process.exit(1);
}
const options = { contentDir: contentDir(), root: process.cwd(), locales: localeCodes(), defaultLocale: defaultLocale(), now: buildDate() };

if (args.values.mark) {
  if (!args.positionals.length) {
    console.error('Name the translations to mark, e.g. npm run translations -- --mark content/news/<item>/en.mdx');
    process.exit(1);
  }
  let failed = false;
  for (const file of args.positionals) {
    try {
      const marked = markTranslation(file, options);
      console.log(`${marked.file} — ${marked.changed ? 'marked' : 'already marked'} as translated from ${marked.source} as it is now (sourceHash: ${marked.hash})`);
    } catch (error) {
      console.error(error.message);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
}

const report = translationReport(options);
const jsonPath = path.resolve(args.values.json ?? 'translation-status.json');
fs.writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatTranslationReport(report));
console.log(`\nAlso written as JSON to ${path.relative(process.cwd(), jsonPath)}`);
