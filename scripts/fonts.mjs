// `npm run fonts`: writes the site font's subsets (src/assets/fonts/) from the full Be Vietnam Pro, and the
// fallback faces sized like it (src/styles/font-fallback.css). Run it after changing the ranges, weights or
// fallbacks in src/fonts/; the build only reads the results.
import fs from 'node:fs';
import { fallbackStylesheet, siteFontFallbackCss } from '../src/fonts/fallback.ts';
import { siteFontFile, siteFontSubset, siteFontWeights } from '../src/fonts/subset.ts';

for (const weight of siteFontWeights) {
  const woff2 = await siteFontSubset(weight);
  fs.mkdirSync(new URL('.', siteFontFile(weight)), { recursive: true });
  fs.writeFileSync(siteFontFile(weight), woff2);
  console.log(`${siteFontFile(weight).pathname.replace(`${process.cwd()}/`, '')}: ${(woff2.length / 1024).toFixed(1)} KiB`);
}
fs.writeFileSync(fallbackStylesheet, await siteFontFallbackCss());
console.log(`${fallbackStylesheet.pathname.replace(`${process.cwd()}/`, "")}: fallbacks sized like Be Vietnam Pro`);
