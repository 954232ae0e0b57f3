/**
 * Fast on a phone: every page's first view (its HTML, stylesheets and scripts, gzipped,
 * without images and fonts) stays within budget, scripts never hold up the first paint,
 * and the site font is two small preloaded WOFF2 files. Bytes of dist/, not times.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { fallbackFonts } from '../../src/fonts/fallback.ts';
import { siteFontWeights } from '../../src/fonts/subset.ts';
import { distDir, site, tags, type SitePage } from './helpers.ts';

const kB = 1024;
const budget = { firstView: 50 * kB, script: 5 * kB };

const gzipped = (file: string) => gzipSync(fs.readFileSync(file)).length;
const fileOf = (href: string) => path.join(distDir, decodeURI(href.split(/[?#]/)[0]));

/** A script and every module it imports statically: what the browser fetches before running it. */
function scriptFiles(href: string, seen = new Set<string>()): Set<string> {
  const file = fileOf(href);
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    scriptFiles(new URL(specifier, `http://site${href}`).pathname, seen);
  }
  return seen;
}

interface FirstView { html: number; styles: number; scripts: number; total: number }

function firstView(page: SitePage): FirstView {
  const html = gzipSync(page.html).length;
  const styles = tags(page.html, 'link').filter((link) => link.rel === 'stylesheet').reduce((sum, link) => sum + gzipped(fileOf(link.href)), 0);
  const files = new Set<string>();
  for (const script of tags(page.html, 'script')) if (script.src) scriptFiles(script.src, files);
  for (const link of tags(page.html, 'link')) if (link.rel === 'modulepreload') scriptFiles(link.href, files);
  const external = [...files].reduce((sum, file) => sum + gzipped(file), 0);
  // Inline scripts are weighed with the HTML too; `scripts` is all JavaScript the page runs.
  const inline = [...page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => isExecutable(attributes)).reduce((sum, [, , code]) => sum + gzipSync(code).length, 0);
  return { html, styles, scripts: external + inline, total: html + styles + external };
}

/** Scripts the browser runs (JSON-LD and other data blocks are not). */
const isExecutable = (attributes: string) => {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || /(?:java|ecma)script$/.test(type);
};

const htmlPages = site.pages;

test('the measure counts a page with its styles, inline or linked', () => {
  const home = firstView(htmlPages.find((page) => page.kind === 'home')!);
  expect(home.html + home.styles).toBeGreaterThan(8 * kB);
});

test('the first view of every page is at most 50 KB of gzipped HTML, CSS and JavaScript', () => {
  const over = htmlPages.map((page) => ({ page: page.path, ...firstView(page) })).filter((view) => view.total > budget.firstView);
  expect(over).toEqual([]);
});

test('pages without search run at most 5 KB of gzipped JavaScript', () => {
  const over = htmlPages.filter((page) => page.kind !== 'search').map((page) => ({ page: page.path, scripts: firstView(page).scripts })).filter((view) => view.scripts > budget.script);
  expect(over).toEqual([]);
  // The measure sees scripts: the comparison table's sorting is one.
  expect(htmlPages.filter((page) => firstView(page).scripts > 0).map((page) => page.kind)).toContain('locality-comparison');
});

test('no script blocks the first paint: each is a deferred module, async or deferred', () => {
  const blocking = htmlPages.flatMap((page) =>
    [...page.html.matchAll(/<script\b([^>]*)>/gi)]
      .map(([, attributes]) => attributes)
      .filter((attributes) => isExecutable(attributes) && !/\btype\s*=\s*["']?module/i.test(attributes) && !/\b(async|defer)\b/i.test(attributes))
      .map((attributes) => `${page.path}: <script${attributes}>`),
  );
  expect(blocking).toEqual([]);
});

test('every page preloads at most two font files, WOFF2 from the site', () => {
  for (const page of htmlPages) {
    const fonts = tags(page.html, 'link').filter((link) => link.rel === 'preload' && link.as === 'font');
    expect(fonts.length, page.path).toBeLessThanOrEqual(2);
    for (const font of fonts) {
      expect(font.href, page.path).toMatch(/^\/_astro\/[^/]+\.woff2$/);
      expect(font, page.path).toHaveProperty('crossorigin');
      expect(fs.existsSync(fileOf(font.href)), font.href).toBe(true);
    }
  }
  expect(tags(site.pages.find((page) => page.kind === 'home')!.html, 'link').filter((link) => link.as === 'font')).toHaveLength(2);
});

test('every web font is a small WOFF2 subset, swapped in when it arrives', () => {
  const linked = fs.readdirSync(path.join(distDir, '_astro')).filter((name) => name.endsWith('.css')).map((name) => fs.readFileSync(path.join(distDir, '_astro', name), 'utf8'));
  const inline = htmlPages.flatMap((page) => [...page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => css));
  const css = [...new Set([...linked, ...inline])].join('\n');
  const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
  // The fallback faces name fonts on the reader's device (local()) and download nothing: one a local font and weight.
  const downloaded = faces.filter((face) => /url\(/.test(face));
  expect(new Set(faces.filter((face) => !downloaded.includes(face))).size).toBe(Object.keys(fallbackFonts).length * siteFontWeights.length);
  expect(downloaded.length).toBeGreaterThan(0);
  for (const face of downloaded) {
    expect(face).toMatch(/font-display:\s*swap/);
    const urls = [...face.matchAll(/url\(["']?([^"')]+)/g)].map(([, url]) => url);
    expect(urls.length, face).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url, face).toMatch(/\.woff2$/);
      // The full Be Vietnam Pro weighs about 130 KB a weight; the subset for English and Vietnamese a fifth of that.
      expect(fs.statSync(fileOf(url)).size, url).toBeLessThan(30 * kB);
    }
  }
});
