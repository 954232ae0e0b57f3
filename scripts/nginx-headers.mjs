// `npm run nginx-headers [-- --dir dist]`: prints the headers of dist/_headers as an nginx snippet to include in `server { }`.
// Rerun it after a build whose scripts or styles changed: the security policy names their hashes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { nginxSnippet, parseHeadersFile } from '../src/hosting/headers.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const file = path.resolve(values.dir, '_headers');
if (!fs.existsSync(file)) {
  console.error(`No ${file}: run "npm run build" first.`);
  process.exit(1);
}
process.stdout.write(nginxSnippet(parseHeadersFile(fs.readFileSync(file, 'utf8'))));
