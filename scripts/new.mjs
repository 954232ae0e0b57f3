// `npm run new -- <section> "<title>"`: creates content/<section>/<slug>/ with a draft stub per locale.
// Refuses to overwrite anything. SEN_CONTENT_DIR creates it in another content folder.
import fs from 'node:fs';
import path from 'node:path';
import { scaffoldItem } from '../src/content/scaffold.ts';
import { contentDir } from '../src/content/paths.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';

const [section, title] = process.argv.slice(2);
if (!section || !title) {
  console.error('Usage: npm run new -- <section> "<title>", e.g. npm run new -- destinations "Động Phong Nha"');
  process.exit(1);
}
let scaffold;
try {
  // The default locale first: its stub is the source the others are translated from.
  const locales = [defaultLocale(), ...localeCodes().filter((locale) => locale !== defaultLocale())];
  scaffold = scaffoldItem(section, title, locales, new Date().toISOString().slice(0, 10));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const folder = path.dirname(path.join(contentDir(), scaffold.files[0].path));
if (fs.existsSync(folder)) {
  console.error(`${path.relative(process.cwd(), folder)} already exists: nothing was written. Edit the files there, or choose another title.`);
  process.exit(1);
}
fs.mkdirSync(folder, { recursive: true });
for (const file of scaffold.files) {
  fs.writeFileSync(path.join(contentDir(), file.path), file.text, { flag: 'wx' });
  console.log(`Created ${path.relative(process.cwd(), path.join(contentDir(), file.path))}`);
}
console.log('The item is a draft: replace every "…" and the example values, then remove "draft: true" to publish it.');
