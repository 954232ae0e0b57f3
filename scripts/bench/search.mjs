// Search benchmark: builds a synthetic site of 5,000 items × 2 locales and reports the size of the
// search index, the bytes a browser fetches for its first query, and the median time from typing
// to results in Chromium. Usage: npm run bench:search [-- --items 5000 --queries 15]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { generateSite } from './generate-site.mjs';
import { chromiumPath } from '../chromium.mjs';

const { values } = parseArgs({ options: { items: { type: 'string', default: '5000' }, queries: { type: 'string', default: '15' }, dir: { type: 'string', default: '/tmp/sen-bench/search' } } });
const work = path.resolve(values.dir);
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

console.log(`Generating ${values.items} items × 2 locales…`);
await generateSite({ out: content, items: Number(values.items) });

console.log('Building…');
const started = performance.now();
const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, SEN_CONTENT_DIR: content, SEN_BUILD_DATE: '2026-11-23', ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const sizeOf = (dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
const pages = fs.readdirSync(dist, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
const indexBytes = sizeOf(path.join(dist, 'pagefind'));

const server = http.createServer(sirv(dist, { dev: false })).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'] });

const queries = {
  vi: ['dong hoi', 'Đồng Hới', 'ba be', 'dak glei', 'lễ hội', 'đầu tư', 'cua khau', 'hang động', 'Quảng Bình', 'kon tum', 'xúc tiến thương mại', 'di sản', 'mang den', 'cảng hàng không', 'phong nha'],
  en: ['festival', 'investment incentive', 'border gate', 'dong hoi', 'cave heritage', 'economic zone', 'ba be', 'press briefing', 'airport', 'trade promotion', 'river', 'kon tum', 'community', 'expressway', 'phong nha'],
};

/** Bytes (body and headers) fetched from /pagefind/ until the first results show, then the typing-to-results times. */
async function measure(locale, searchPath) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', (request) => requests.push(request));
  await page.goto(`${origin}${searchPath}`);
  await page.waitForSelector('[data-search-filters]:not([hidden])');
  const list = queries[locale].slice(0, Number(values.queries));
  const times = [];
  for (const [index, query] of list.entries()) {
    const ms = await page.evaluate(async (query) => {
      const input = document.querySelector('#search-query');
      const status = document.querySelector('[data-search-status]');
      const done = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent.includes('“') && status.textContent.includes(query)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return (await done) - start;
    }, query);
    times.push(ms);
    if (index === 0) {
      const pagefind = requests.filter((request) => new URL(request.url()).pathname.startsWith('/pagefind/'));
      const sizes = await Promise.all(pagefind.map((request) => request.sizes()));
      measure.firstQueryBytes = sizes.reduce((sum, size) => sum + size.responseBodySize + size.responseHeadersSize, 0);
      measure.firstQueryFiles = pagefind.length;
    }
  }
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { firstQueryBytes: measure.firstQueryBytes, firstQueryFiles: measure.firstQueryFiles, median: sorted[Math.floor(sorted.length / 2)], first: times[0], queries: times.length };
}

const results = { vi: await measure('vi', '/vi/tim-kiem/'), en: await measure('en', '/en/search/') };
await browser.close();
server.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\nSearch benchmark: ${values.items} items × 2 locales, ${pages} pages, built in ${buildSeconds.toFixed(1)} s`);
console.log(`Index on disk (dist/pagefind): ${kb(indexBytes)}`);
for (const [locale, r] of Object.entries(results)) {
  console.log(`${locale}: first query fetched ${kb(r.firstQueryBytes)} in ${r.firstQueryFiles} files; typing to results: median ${r.median.toFixed(0)} ms over ${r.queries} queries (first ${r.first.toFixed(0)} ms; includes the 150 ms typing pause)`);
}
