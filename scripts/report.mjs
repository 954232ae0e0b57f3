// `npm run report`: how much was published, per section, locale and month, for the yearly report on
// foreign-information work. `-- --year 2026` counts one year; `-- --csv <path>` and `-- --json <path>` also write
// the counts as CSV and JSON. Drafts, internal and embargoed versions never count (SEN_BUILD_DATE judges embargoes).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/paths.ts';
import { buildDate } from '../src/content/publication.ts';
import { countPublications, formatPublicationReport, publicationCsv, readVersionFacts } from '../src/content/publication-report.ts';
import { localeCodes } from '../src/i18n/locales.ts';

let args;
try {
  args = parseArgs({ options: { year: { type: 'string' }, csv: { type: 'string' }, json: { type: 'string' } } });
  if (args.values.year !== undefined && !/^\d{4}$/.test(args.values.year)) throw new Error(`--year ${args.values.year} is not a year`);
} catch (error) {
  console.error(`${error.message}\nUsage: npm run report [-- --year 2026] [--csv <path>] [--json <path>]`);
  process.exit(1);
}
const locales = localeCodes();
const report = countPublications(readVersionFacts(contentDir(), locales), {
  locales,
  now: buildDate(),
  year: args.values.year === undefined ? undefined : Number(args.values.year),
});
console.log(formatPublicationReport(report));
for (const [format, body] of [['csv', () => publicationCsv(report)], ['json', () => `${JSON.stringify(report, null, 2)}\n`]]) {
  const file = args.values[format];
  if (!file) continue;
  fs.writeFileSync(path.resolve(file), body());
  console.log(`\nWritten as ${format.toUpperCase()} to ${file}`);
}
