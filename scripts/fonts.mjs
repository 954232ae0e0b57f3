// `npm run fonts`: writes the site font's subsets (src/assets/fonts/) from the full Be Vietnam Pro.
// Run it after changing the ranges or weights in src/fonts/subset.ts; the build only reads the results.
import fs from 'node:fs';
import { siteFontFile, siteFontSubset, siteFontWeights } from '../src/fonts/subset.ts';

for (const weight of siteFontWeights) {
  const woff2 = await siteFontSubset(weight);
  fs.mkdirSync(new URL('.', siteFontFile(weight)), { recursive: true });
  fs.writeFileSync(siteFontFile(weight), woff2);
  console.log(`${siteFontFile(weight).pathname.replace(`${process.cwd()}/`, '')}: ${(woff2.length / 1024).toFixed(1)} KiB`);
}
