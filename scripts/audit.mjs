// Lighthouse audit of the built site, as a phone on a slow 4G network sees it (Lighthouse's mobile
// profile, simulated throttling): for each locale, the home page, the destinations listing, a
// destination and a news item. Prints the scores and, where a target is missed, the audits to fix.
// Usage: node scripts/audit.mjs [--dist dist] [--runs 3] [--pages /vi/,/en/news/<slug>/] [--out <dir>]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium.mjs';
import { staticHostOrExit } from './serve.mjs';
import { readUiResources } from '../src/i18n/resources.ts';

/** The lowest score each category may have. */
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const categories = Object.keys(targets);
const names = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best Practices', seo: 'SEO' };
const labels = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'Best', seo: 'SEO' };
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    out: { type: 'string' },
  },
});
const root = path.resolve(values.dist);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, at least 1; got "${values.runs}".`);
  process.exit(2);
}

const htmlOf = (pagePath) => fs.readFileSync(path.join(root, pagePath, 'index.html'), 'utf8');
const indexable = (html) => !/<meta name="robots" content="[^"]*noindex/.test(html);

/** The first item a listing links to that search engines may index (an untranslated copy may not). */
function firstItem(listing, pageWord) {
  const depth = listing.split('/').length + 1;
  const item = [...htmlOf(listing).matchAll(/href="(\/[^"#?]*)"/g)]
    .map((match) => match[1])
    .find(
      (link) =>
        link.startsWith(listing) &&
        link.split('/').length === depth &&
        !link.startsWith(`${listing}${pageWord}/`) &&
        fs.existsSync(path.join(root, link, 'index.html')) &&
        indexable(htmlOf(link)),
    );
  if (!item) throw new Error(`${listing} links to no indexable item: pass the pages with --pages.`);
  return item;
}

/** For each locale built: its home page, the destinations listing, its first destination and the news listing's first item. */
function pagesToAudit() {
  const ui = readUiResources();
  return Object.keys(ui)
    .filter((locale) => fs.existsSync(path.join(root, locale, 'index.html')))
    .flatMap((locale) => {
      const { destinations, news, page } = ui[locale].routes;
      const listing = `/${locale}/${destinations}/`;
      return [`/${locale}/`, listing, firstItem(listing, page), firstItem(`/${locale}/${news}/`, page)];
    });
}

/** Up to `max` of the elements and URLs an audit's details point at, so that a developer can find them. */
function culprits(details, max = 3) {
  const found = new Set();
  const visit = (value) => {
    if (found.size >= max || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (value.type === 'node') return void found.add(`${value.selector ?? ''} ${value.snippet ?? ''}`.trim());
    if (value.type === 'checklist') return Object.values(value.items).forEach((check) => check.value || found.add(check.label));
    if (typeof value.url === 'string' && /^https?:/.test(value.url)) found.add(new URL(value.url).pathname);
    for (const [key, inner] of Object.entries(value)) if (key !== 'debugData') visit(inner);
  };
  visit(details);
  return [...found];
}

/** The audits of a category that did not pass (score under Lighthouse's 0.9 line), worst first. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => typeof audit.score === 'number' && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
    .sort((a, b) => a.score - b.score);
}

/** The largest contentful paint's element and where its time went (Lighthouse's LCP breakdown). */
function lcpBreakdown(lhr) {
  const [subparts, element] = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
  if (!element) return 'LCP element: none found';
  const times = subparts.items.map((part) => `${part.label.toLowerCase()} ${Math.round(part.duration)} ms`).join(', ');
  return `LCP element: ${element.selector} (${times})`;
}

/**
 * chrome-launcher's flags, but with RenderDocument left on as in every reader's Chrome: the launcher
 * turns it off for automation bugs that later Chromium fixed (Playwright and Puppeteer turn it back
 * on), and without it Debian's Chromium holds back the first paint of Lighthouse's navigation by
 * one or two seconds, which costs Speed Index and the Performance score.
 */
function launcherFlags() {
  return chromeLauncher.Launcher.defaultFlags().map((flag) =>
    flag.startsWith('--disable-features=') ? flag.replace(/,RenderDocument\b|\bRenderDocument,?/, '') : flag,
  );
}

const scoreOf = (lhr, category) => Math.round((lhr.categories[category].score ?? 0) * 100);

const server = staticHostOrExit(root, 2); // 2: nothing audited; 1 is a score under its target
const pages = values.pages ? values.pages.split(',') : pagesToAudit();
server.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...launcherFlags(), '--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  ignoreDefaultFlags: true,
});
if (values.out) fs.mkdirSync(values.out, { recursive: true });

// Lantern simulates the network and a slow phone's CPU from the tasks it observes: a busy machine still slows them.
const cores = os.availableParallelism();
let busiest = 0;
const load = () => {
  busiest = Math.max(busiest, os.loadavg()[0]);
  return `load average ${os.loadavg()[0].toFixed(2)} on ${cores} cores`;
};
console.log(`Lighthouse ${runs === 1 ? 'run' : `median of ${runs} runs`} per page, mobile, simulated throttling, ${root} at ${origin}; ${load()}`);
const results = [];
try {
  for (const page of pages) {
    const reports = [];
    for (let run = 0; run < runs; run += 1) {
      load();
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, onlyCategories: categories, output: ['json', 'html'], logLevel: 'error' });
      if (result.lhr.runtimeError) {
        console.log(`  ${page}: Lighthouse could not audit it: ${result.lhr.runtimeError.message}`);
        break;
      }
      reports.push(result.lhr);
      if (values.out) {
        const name = path.join(values.out, `${page.replaceAll('/', '_').replace(/^_|_$/g, '') || 'root'}-${run + 1}`);
        fs.writeFileSync(`${name}.json`, result.report[0]);
        fs.writeFileSync(`${name}.html`, result.report[1]);
      }
    }
    if (reports.length < runs) {
      results.push({ page });
      continue;
    }
    // The run with the median performance score stands for the page: timings vary from run to run.
    const performance = reports.map((lhr) => scoreOf(lhr, 'performance'));
    const lhr = [...reports].sort((a, b) => scoreOf(a, 'performance') - scoreOf(b, 'performance'))[Math.floor(runs / 2)];
    results.push({ page, lhr });
    const spread = runs > 1 ? `; Perf of each run ${performance.join(', ')}` : '';
    // Lighthouse's CPU benchmark of the machine at the time: it falls when other work competes for the cores.
    const benchmark = reports.map((report) => Math.round(report.environment.benchmarkIndex)).join(', ');
    console.log(`  ${page}: ${categories.map((category) => `${labels[category]} ${scoreOf(lhr, category)}`).join(', ')}${spread}; CPU benchmark ${benchmark}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log(`Done; ${load()}.`);
if (busiest > cores) console.log(`The machine was busy (load average up to ${busiest.toFixed(2)} on ${cores} cores): Performance is lower than on an idle machine.`);
const width = Math.max(...pages.map((page) => page.length));
console.log(`\n${'page'.padEnd(width)}  ${categories.map((category) => labels[category].padStart(4)).join('  ')}`);
for (const { page, lhr } of results) {
  console.log(`${page.padEnd(width)}  ${categories.map((category) => (lhr ? String(scoreOf(lhr, category)) : '–').padStart(4)).join('  ')}`);
}

const missed = [];
for (const { page, lhr } of results) {
  if (!lhr) missed.push(`${page} not audited`);
  for (const category of lhr ? categories : []) {
    const score = scoreOf(lhr, category);
    if (score >= targets[category]) continue;
    missed.push(`${page} ${labels[category]}`);
    console.log(`\n${page}: ${names[category]} ${score}, target ${targets[category]}`);
    if (category === 'performance') {
      console.log(`  ${metrics.map((id) => `${lhr.audits[id].title} ${lhr.audits[id].displayValue}`).join(', ')}`);
      console.log(`  ${lcpBreakdown(lhr)}`);
    }
    for (const audit of failingAudits(lhr, category)) {
      console.log(`  ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      for (const culprit of culprits(audit.details)) console.log(`      ${culprit.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
}

const targetLine = categories.map((category) => `${names[category]} ${category === 'performance' ? '≥ ' : ''}${targets[category]}`).join(', ');
if (missed.length > 0) {
  console.log(`\nTargets missed (${targetLine}): ${missed.join('; ')}`);
  process.exit(1);
}
console.log(`\nEvery page meets its targets (${targetLine}).`);
