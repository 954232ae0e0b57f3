// Build benchmark: generates a synthetic site (5,000 items × 2 locales with photos) and builds it
// with Sen and with a bare Astro project (scripts/bench/bare-astro: MDX only, a trivial page), each
// from empty caches and again with no change. Prints time, pages per second, peak memory, the time
// spent on images and the size of dist/ for each build, and Sen's ratios to bare Astro. The rebuilds
// alternate Sen and bare Astro, --rebuilds times each (5: with 3, the median moved by a tenth between runs
// on a shared two-core machine), and the median (by time) is reported; the first
// builds run once each (about 14 minutes together on two cores; the whole benchmark about 40).
// Usage: npm run bench [-- --items 5000 --photos 250 --rebuilds 5 --dir /tmp/sen-bench/build --json results.json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSite } from './generate-site.mjs';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    photos: { type: 'string', default: '250' },
    rebuilds: { type: 'string', default: '5' },
    dir: { type: 'string', default: '/tmp/sen-bench/build' },
    json: { type: 'string' },
  },
});
const items = Number(values.items);
const photos = Math.min(Number(values.photos), items);
const rebuilds = Number(values.rebuilds);
if (!Number.isInteger(rebuilds) || rebuilds < 1) {
  console.error(`--rebuilds takes a whole number of rebuilds, at least 1; got "${values.rebuilds}".`);
  process.exit(2);
}
const work = path.resolve(values.dir);
const content = path.join(work, 'content');
const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
// GNU time's %M is the largest resident set of any one process of the build (Astro's Node; Pagefind runs apart).
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** The two builds: Sen with its own configuration, and the bare project from its own folder. */
const projects = {
  sen: { name: 'Sen', cwd: root, args: ['--config', 'scripts/bench/sen.config.mjs'] },
  bare: { name: 'Bare Astro', cwd: path.join(root, 'scripts/bench/bare-astro'), args: [] },
};

/** Seconds from Astro's timings: `812ms`, `5.25s`, `5m 40s`. */
function seconds(stat) {
  const [, minutes, secs, ms] = /^(?:(\d+)m (\d+)s|([\d.]+)ms|)/.exec(stat) ?? [];
  if (minutes) return Number(minutes) * 60 + Number(secs);
  return ms ? Number(ms) / 1000 : Number.parseFloat(stat);
}

/**
 * The times of Astro's "generating static routes" (pages, feeds…) and "generating optimized images"
 * phases, as Astro logs them when each ends, and of Sen's social images and search index steps after them;
 * and how many files the routes phase wrote (Astro logs a `├─ /path` line for each).
 */
function phaseTimes(log) {
  const phase = (name) => new RegExp(`generating ${name}([\\s\\S]*?)✓ Completed in ([^.\\n]+(?:\\.\\d+s)?)`).exec(log)?.slice(1) ?? [];
  const [[routeLines, routes], [, images]] = [phase('static routes'), phase('optimized images')];
  const social = /Wrote \d+ social images in ([\d.]+) s/.exec(log)?.[1];
  const search = /Search: \d+ pages .* in ([\d.]+) s/.exec(log)?.[1];
  return {
    routes: routes ? seconds(routes) : 0,
    routesWritten: routeLines?.match(/[├└]─ \//g)?.length ?? 0,
    optimizedImages: images ? seconds(images) : 0,
    socialImages: social ? Number(social) : undefined,
    searchIndex: search ? Number(search) : undefined,
  };
}

/** The routes phase's time per file it wrote, in milliseconds. */
const msPerRoute = (b) => (b.routes / b.routesWritten) * 1000;

const filesOf = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : []);

/** Builds one project and measures the build; a first build starts from empty caches and no dist/. */
function build(project, run, attempt) {
  const label = `${project}-${run}${run === 'rebuild' ? `-${attempt}` : ''}`;
  const dist = path.join(work, `dist-${project}`);
  const cache = path.join(work, `cache-${project}`);
  if (run === 'first') for (const dir of [dist, cache]) fs.rmSync(dir, { recursive: true, force: true });
  const log = path.join(work, `${label}.log`);
  const timeFile = path.join(work, `${label}.time`);
  const socialCache = path.join(cache, 'sen-social');
  const socialBefore = filesOf(socialCache).length;
  const { cwd, args } = projects[project];
  const command = [process.execPath, astro, 'build', ...args, '--outDir', dist];
  const env = {
    ...process.env,
    SEN_CONTENT_DIR: content,
    SEN_BUILD_DATE: '2026-11-23',
    SEN_BENCH_CACHE_DIR: cache,
    SEN_SOCIAL_CACHE_DIR: socialCache,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  console.log(`Building with ${projects[project].name} (${run === 'first' ? 'empty caches' : 'no change'})… log: ${log}`);
  const load = os.loadavg()[0];
  const output = fs.openSync(log, 'w');
  const started = performance.now();
  const child = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S %M', '-o', timeFile, ...command], { cwd, env, stdio: ['ignore', output, output] })
    : spawnSync(command[0], command.slice(1), { cwd, env, stdio: ['ignore', output, output] });
  const wall = (performance.now() - started) / 1000;
  fs.closeSync(output);
  if (child.status !== 0) throw new Error(`The ${label} build failed (exit ${child.status}); see ${log}`);
  const [user, system, maxKiB] = gnuTime ? fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [];
  const files = filesOf(dist);
  const pages = files.filter((entry) => entry.name.endsWith('.html')).length;
  const result = {
    project,
    run,
    attempt,
    pages,
    seconds: wall,
    cpuSeconds: gnuTime ? user + system : undefined,
    pagesPerSecond: pages / wall,
    peakMemoryMiB: gnuTime ? maxKiB / 1024 : undefined,
    ...phaseTimes(fs.readFileSync(log, 'utf8')),
    socialImagesDrawn: filesOf(socialCache).length - socialBefore,
    distMiB: files.reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) / 1024 ** 2,
    loadAverage: [load, os.loadavg()[0]],
  };
  const senSteps = result.socialImages === undefined ? '' : `, social images ${result.socialImages.toFixed(1)} s, search index ${result.searchIndex?.toFixed(1)} s`;
  console.log(`  ${pages} pages in ${result.seconds.toFixed(1)} s; routes ${result.routes.toFixed(1)} s, optimized images ${result.optimizedImages.toFixed(1)} s${senSteps}`);
  return result;
}

fs.mkdirSync(work, { recursive: true });
console.log(`Generating ${items} items × 2 locales with ${photos} distinct 1600×1000 JPEG photos in ${content}…`);
await generateSite({ out: content, items, images: true, photos });

const projectNames = ['sen', 'bare'];
const firstBuilds = projectNames.map((project) => build(project, 'first', 1));
// Alternating, so that a change in the machine's load weighs on both projects alike.
const allRebuilds = Array.from({ length: rebuilds }, (_, index) => projectNames.map((project) => build(project, 'rebuild', index + 1))).flat();
/** The middle of sorted values, or the lower middle one of an even number. */
const middle = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)];
/** The run of median time. */
const medianRun = (runs) => middle([...runs].sort((a, b) => a.seconds - b.seconds));
const rebuildsOf = Object.fromEntries(projectNames.map((project) => [project, allRebuilds.filter((b) => b.project === project)]));
const builds = projectNames.flatMap((project, index) => [firstBuilds[index], medianRun(rebuildsOf[project])]);

const machine = `${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
const number = (value, digits = 1) => (value === undefined ? 'n/a' : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const rows = builds.map((b) => [
  `${projects[b.project].name}, ${b.run === 'first' ? 'first build' : 'rebuild, no change'}`,
  number(b.pages, 0),
  number(b.seconds),
  number(b.cpuSeconds),
  number(b.pagesPerSecond),
  number(b.peakMemoryMiB, 0),
  number(b.routes),
  number(b.routesWritten, 0),
  number(msPerRoute(b), 2),
  number(b.optimizedImages),
  b.project === 'sen' ? number(b.socialImages) : '–',
  b.project === 'sen' ? number(b.socialImagesDrawn, 0) : '–',
  b.project === 'sen' ? number(b.searchIndex) : '–',
  number(b.distMiB),
  `${number(b.loadAverage[0], 2)} → ${number(b.loadAverage[1], 2)}`,
]);
const header = ['build', 'pages', 'time s', 'CPU s', 'pages/s', 'peak RSS MiB', 'routes s', 'routes written', 'ms per route', 'optimized images s', 'social images s', 'social images drawn', 'search index s', 'dist MiB', 'load average'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');

console.log(`\nBuild benchmark, ${new Date().toISOString().slice(0, 10)}: ${items} items × 2 locales, ${photos} distinct 1600×1000 photos shared by the items; first builds once, rebuilds the median of ${rebuilds}; ${machine}`);
console.log([line(header), ...rows.map(line)].join('\n'));
const of = (project, run) => builds.find((b) => b.project === project && b.run === run);
for (const run of ['first', 'rebuild']) {
  const [sen, bare] = [of('sen', run), of('bare', run)];
  console.log(`Sen ÷ bare Astro, ${run === 'first' ? 'first build' : 'rebuild'}: time ${number(sen.seconds / bare.seconds, 2)}×, pages/s ${number(sen.pagesPerSecond / bare.pagesPerSecond, 2)}×, routes written ${number(sen.routesWritten / bare.routesWritten, 2)}×, time per route ${number(msPerRoute(sen) / msPerRoute(bare), 2)}×`);
}
const [senRebuilds, bareRebuilds] = projectNames.map((project) => rebuildsOf[project].map((b) => b.seconds));
const pairRatios = senRebuilds.map((seconds, index) => seconds / bareRebuilds[index]);
// Two readings less swayed by one slow run than the ratio of medians: the fastest runs, and each alternating pair.
console.log(`Sen ÷ bare Astro, rebuild: fastest ÷ fastest ${number(Math.min(...senRebuilds) / Math.min(...bareRebuilds), 2)}×; each pair in order ${pairRatios.map((ratio) => `${number(ratio, 2)}×`).join(', ')}, median ${number(middle([...pairRatios].sort((a, b) => a - b)), 2)}×`);
for (const project of projectNames) {
  console.log(`${projects[project].name}'s rebuilds, in order: ${rebuildsOf[project].map((b) => `${number(b.seconds)} s`).join(', ')}`);
}
console.log(`
time: wall clock of \`astro build\`; CPU: user + system time of all its processes; peak RSS: the largest
resident set of any one process (GNU time's %M); routes: Astro's "generating static routes" phase (pages,
feeds, calendars…), routes written: the files that phase wrote (bare Astro one page per item; Sen also
listings, fact sheets, feeds, ninjs documents, calendars), and ms per route: its time over them;
optimized images: Astro's "generating optimized images" phase, as Astro logs it
(Sen: AVIF, WebP and JPEG at up to four widths; bare: one WebP per photo); social images: Sen's step
after them that draws the missing social images and copies all into dist/, and drawn: the new files
in its cache; search index: Sen's Pagefind step (indexing, or copying the last index when no searchable
page changed); dist: the bytes of every file in dist/; load average: 1 minute, before → after.`);

if (values.json) {
  fs.writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), machine, items, photos, runs: { first: 1, rebuilds }, builds: [...firstBuilds, ...allRebuilds] }, null, 2)}\n`);
  console.log(`Wrote ${values.json}`);
}
