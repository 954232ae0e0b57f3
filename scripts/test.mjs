// `npm test`: unit tests, a type check, a build of the demo site, then browser tests against it.
// Installs Debian's Chromium and Java (for the W3C HTML checker) when missing and this machine allows it; fails clearly otherwise.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './chromium.mjs';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } }).status ?? 1;

/** A tool the tests need from Debian: found, else installed when this machine allows it, else a clear failure. */
function ensure(what, find, aptPackage, hint) {
  if (find()) return find();
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
    console.log(`${what} is missing: installing Debian's ${aptPackage} package (apt-get update && apt-get install -y ${aptPackage})…`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', aptPackage], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  if (find()) return find();
  console.error(`${hint}\nInstall it with: sudo apt-get update && sudo apt-get install -y ${aptPackage}`);
  process.exit(1);
}

const javaPath = () => (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0 ? 'java' : undefined);

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results', { recursive: true });
const chromium = ensure('Chromium', chromiumPath, 'chromium',
  'The browser tests need Chromium and none was found at /usr/bin/chromium (or point CHROMIUM_PATH at a Chromium or Chrome binary).');
console.log(`Browser tests use ${chromium}`);
ensure('Java', javaPath, 'default-jre-headless', 'The W3C HTML checker (vnu-jar) needs Java 11 or newer and no `java` was found.');

// The demo site is built as of a fixed day, so that "upcoming" and "embargoed" mean the same in every run.
const buildDate = process.env.SEN_BUILD_DATE ?? '2026-11-23T00:00:00+07:00';
const unit = run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], { SEN_BUILD_DATE: buildDate });
const types = run('npx', ['astro', 'check'], { SEN_BUILD_DATE: buildDate });
const build = run('npx', ['astro', 'build'], { SEN_BUILD_DATE: buildDate });
const e2e = build === 0 ? run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], { CHROMIUM_PATH: chromium }) : 1;

/** Passed and failed counts of both runners, read from their JSON reports. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (fs.existsSync('test-results/unit.json')) {
    const report = JSON.parse(fs.readFileSync('test-results/unit.json', 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (fs.existsSync('test-results/e2e.json')) {
    const { stats } = JSON.parse(fs.readFileSync('test-results/e2e.json', 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
if (types !== 0) console.error('The type check (astro check) failed.');
if (build !== 0) console.error('The demo site did not build, so the browser tests did not run.');
// The type check and the build count as one test each.
console.log(`\n${passed + (types === 0) + (build === 0)} passed, ${failed + (types !== 0) + (build !== 0)} failed`);
process.exit(unit || types || build || e2e || (passed === 0 ? 1 : 0));
