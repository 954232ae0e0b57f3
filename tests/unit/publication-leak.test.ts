/**
 * What is not published never reaches dist/, and the same content always
 * builds the same dist/. Builds tests/fixtures/secret-site twice, whose hidden
 * versions carry marker strings in every field, their slug and their photo.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/secret-site';

/** Each hidden version's marker, by what hides it. */
const hidden = {
  'a draft': 'SECRETDRAFT7Q',
  'a version embargoed past the build date': 'SECRETEMBARGO4K',
  'an internal version': 'SECRETINTERNAL9X',
  'a draft translation of a published item': 'SECRETENDRAFT2M',
};
/** In the published Vietnamese version of the item whose English translation is a draft. */
const published = 'PUBLICMARK5Z';

interface OutputFile {
  path: string;
  bytes: Buffer;
  /** Its bytes gunzipped, when they gunzip (Pagefind's index). */
  gunzipped?: Buffer;
}

function build(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-secret-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SEN_CONTENT_DIR: fixture, SEN_BUILD_DATE: '2026-11-23T00:00:00+07:00', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}${run.stderr}`);
  return outDir;
}

const listFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort();

function readOutput(dir: string): OutputFile[] {
  return listFiles(dir).map((file) => {
    const bytes = fs.readFileSync(path.join(dir, file));
    try {
      return { path: file, bytes, gunzipped: zlib.gunzipSync(bytes) };
    } catch {
      return { path: file, bytes };
    }
  });
}

/** Whether the text holds the marker, in any case: slugs and file names are lower-case. */
const holds = (text: string | Buffer | undefined, marker: string) => Boolean(text?.toString('latin1').toLowerCase().includes(marker.toLowerCase()));

/** The files whose path, bytes or gunzipped bytes hold the marker. */
const carrying = (files: OutputFile[], marker: string) =>
  files.filter((file) => holds(file.path, marker) || holds(file.bytes, marker) || holds(file.gunzipped, marker)).map((file) => file.path);

let first: string;
let second: string;
let output: OutputFile[];

beforeAll(() => {
  first = build();
  second = build();
  output = readOutput(first);
}, 600_000);

afterAll(() => {
  for (const dir of [first, second]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// Every file is scanned, whatever it is: pages, listings, feeds, sitemaps, the search index, calendars, widgets, social images, copied images.
describe('what is not published', () => {
  it.each(Object.entries(hidden))('%s never reaches dist/', (_, marker) => {
    expect(carrying(output, marker)).toEqual([]);
  });

  it('the hidden versions carry their marker in their photo, so a copied original would be caught', () => {
    for (const marker of Object.values(hidden)) {
      const photo = fs.globSync(`${fixture}/*/*/${marker.toLowerCase()}.jpg`, { cwd: root });
      expect(photo, marker).toHaveLength(1);
      expect(fs.readFileSync(path.join(root, photo[0])).includes(marker), marker).toBe(true);
    }
  });

  it('a published version is found in its page, feeds, calendar and gunzipped search index, so the scan would see a leak', () => {
    const found = carrying(output, published);
    expect(found).toEqual(expect.arrayContaining(['vi/su-kien/hoi-cho-mua-dong/index.html', 'vi/rss.xml', 'vi/feed.json', 'vi/su-kien/hoi-cho-mua-dong.ics']));
    const index = output.filter((file) => found.includes(file.path) && file.path.startsWith('pagefind/'));
    expect(index.length).toBeGreaterThan(0);
    // Only once gunzipped: scanning the compressed bytes alone would see nothing.
    expect(index.every((file) => !holds(file.bytes, published))).toBe(true);
  });

  it('a published item stays public when only its translation is a draft: its English page is the Vietnamese original', () => {
    const english = fs.readFileSync(path.join(first, 'en/events/hoi-cho-mua-dong/index.html'), 'utf8');
    expect(english).toContain(published);
  });

  it('every image a page, feed or calendar names is in dist/', () => {
    const files = new Set(output.map((file) => file.path));
    const named = new Set(output.flatMap((file) => [...file.bytes.toString('latin1').matchAll(/\/_astro\/[\w.-]+\.(?:jpe?g|png|webp|avif|gif)/g)].map(([url]) => url.slice(1))));
    expect(named.size).toBeGreaterThan(0);
    expect([...named].filter((file) => !files.has(file))).toEqual([]);
  });
});

describe('reproducible builds', () => {
  it('two builds of the same content on the same build date write the same files, byte for byte', () => {
    const digest = (dir: string, file: string) => createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex');
    const [a, b] = [listFiles(first), listFiles(second)];
    const differences = [
      ...a.filter((file) => !b.includes(file)).map((file) => `only in the first build: ${file}`),
      ...b.filter((file) => !a.includes(file)).map((file) => `only in the second build: ${file}`),
      ...a.filter((file) => b.includes(file) && digest(first, file) !== digest(second, file)).map((file) => `differs: ${file}`),
    ];
    expect(differences).toEqual([]);
  });
});
