import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackFamily, fallbackFonts, fallbackStylesheet, siteFontFallbackCss } from '../../src/fonts/fallback.ts';
import { fullFont, inSiteFont, siteFontFile, siteFontSubset, siteFontWeights } from '../../src/fonts/subset.ts';
import { contentDir } from '../../src/content/paths.ts';

/** Every text file an editor or translator writes: content and UI strings. */
function writtenText(): string {
  const files = [
    ...fs.readdirSync(contentDir(), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(mdx|ya?ml)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name)),
    ...fs.readdirSync('src/i18n/translations').map((name) => path.join('src/i18n/translations', name)),
  ];
  return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
}

describe('the site font', () => {
  it('draws every letter the demo content and UI strings use', () => {
    const missing = [...new Set(writtenText())].filter((character) => !/\s/.test(character) && !inSiteFont(character.codePointAt(0)!));
    expect(missing.map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ${character}`)).toEqual([]);
  });

  it('covers every Vietnamese letter, upper and lower case', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    for (const letter of letters + letters.toUpperCase()) expect(inSiteFont(letter.codePointAt(0)!), letter).toBe(true);
  });

  it('is committed as `npm run fonts` writes it, one small WOFF2 a weight', async () => {
    for (const weight of siteFontWeights) {
      const written = await siteFontSubset(weight);
      const committed = fs.readFileSync(siteFontFile(weight));
      expect(committed.equals(written), `src/assets/fonts/be-vietnam-pro-${weight}.woff2 is stale: run npm run fonts`).toBe(true);
      expect(committed.subarray(0, 4).toString()).toBe('wOF2');
      expect(committed.length).toBeLessThan(fullFont(weight).length / 4);
    }
  });

  it('falls back to local fonts sized like it, committed as `npm run fonts` writes them and named in the font stack', async () => {
    const committed = fs.readFileSync(fallbackStylesheet, 'utf8');
    expect(committed, 'src/styles/font-fallback.css is stale: run npm run fonts').toBe(await siteFontFallbackCss());
    const stack = /--font:\s*([^;]+);/.exec(fs.readFileSync('src/styles/global.css', 'utf8'))![1].split(',').map((name) => name.trim().replace(/^'|'$/g, ''));
    const families = Object.keys(fallbackFonts).map(fallbackFamily);
    expect(stack.slice(0, families.length + 1)).toEqual(['Be Vietnam Pro', ...families]);
    // Every local font is set larger (6 to 13%): Be Vietnam Pro is a wide face (Capsize's average letter width).
    const sizes = [...committed.matchAll(/size-adjust: ([\d.]+)%/g)].map(([, size]) => Number(size));
    expect(sizes).toHaveLength(families.length * siteFontWeights.length);
    for (const size of sizes) expect(size).toBeGreaterThan(100);
    expect(fs.readFileSync('src/styles/fonts.css', 'utf8')).toContain('@import "./font-fallback.css";');
  });
});
