// `npm run fonts`: writes the site font's subsets (src/assets/fonts/) from the full Be Vietnam Pro, and the
// fallback faces sized like it (src/styles/font-fallback.css). Run it after changing the ranges, weights or
// fallbacks in src/fonts/; the build only reads the results.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fallbackStylesheet, siteFontFallbackCss } from '../src/fonts/fallback.ts';
import { siteFontFile, siteFontSubset, siteFontWeights } from '../src/fonts/subset.ts';

/** Writes a file and says what it wrote. */
function write(url, bytes, what) {
  fs.mkdirSync(new URL('.', url), { recursive: true });
  fs.writeFileSync(url, bytes);
  console.log(`${path.relative(process.cwd(), fileURLToPath(url))}: ${what}`);
}

for (const weight of siteFontWeights) {
  const woff2 = await siteFontSubset(weight);
  write(siteFontFile(weight), woff2, `${(woff2.length / 1024).toFixed(1)} KiB`);
}
write(fallbackStylesheet, await siteFontFallbackCss(), 'fallbacks sized like Be Vietnam Pro');
