/**
 * Search indexes kept between builds. Pagefind takes half a minute over
 * 10,000 pages and writes the same files for the same pages, so a build whose
 * searchable pages are byte for byte the last build's copies the last index
 * instead. The key covers each page's path and bytes, Pagefind's version and
 * how Sen prepares a page for it; any change in them indexes anew.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Bump when Sen changes what it hands Pagefind (src/search/stroke.ts, the index options). */
const indexing = 1;

/** A key for an index of pages, to be given each page's path and bytes in turn. */
export function searchIndexKey(): { add(sourcePath: string, bytes: Uint8Array): void; digest(): string } {
  const pagefind = pagefindVersion();
  const hash = createHash('sha256').update(JSON.stringify({ indexing, pagefind }));
  return {
    add: (sourcePath, bytes) => hash.update(`\0${sourcePath}\0${bytes.length}\0`).update(bytes),
    digest: () => hash.digest('hex'),
  };
}

/** Pagefind's version, from its package.json, which the package does not export: looked for as Node looks for the package. */
function pagefindVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve.paths('pagefind')?.map((dir) => path.join(dir, 'pagefind', 'package.json')).find((file) => existsSync(file));
  if (!manifest) throw new Error('Pagefind is not installed: run npm install');
  return (require(manifest) as { version: string }).version;
}

/** Whether any index is kept: none before a first build, or after the cache is emptied. */
export async function hasKeptSearchIndex(cacheDir: string): Promise<boolean> {
  const names = await fs.readdir(cacheDir).catch(() => [] as string[]);
  return names.some((name) => !name.startsWith('.'));
}

/** Copies the index kept under `key` to `outputDir`; false when none is kept or it could not be copied whole. */
export async function restoreSearchIndex(cacheDir: string, key: string, outputDir: string): Promise<boolean> {
  try {
    await copyTree(path.join(cacheDir, key), outputDir);
    return true;
  } catch {
    // None kept, or another build replaced it while this one copied: index anew into an empty folder.
    await fs.rm(outputDir, { recursive: true, force: true });
    return false;
  }
}

/** A copy being made is this old at most: an older one was left by a build that stopped while copying. */
const abandonedAfterMs = 60 * 60 * 1000;

/**
 * Keeps a copy of `outputDir` under `key`, in place of every index kept
 * before (one site, one index) and of copies that stopped builds left.
 */
export async function keepSearchIndex(cacheDir: string, key: string, outputDir: string): Promise<void> {
  const partial = path.join(cacheDir, `.partial-${randomUUID()}`);
  try {
    await copyTree(outputDir, partial);
    const age = async (name: string) => Date.now() - ((await fs.stat(path.join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? Date.now());
    const replaced = async (name: string) => !name.startsWith('.partial-') || (await age(name)) > abandonedAfterMs;
    const earlier = (await fs.readdir(cacheDir)).filter((name) => name !== path.basename(partial));
    await Promise.all(earlier.map(async (name) => (await replaced(name)) && fs.rm(path.join(cacheDir, name), { recursive: true, force: true })));
    await fs.rename(partial, path.join(cacheDir, key));
  } finally {
    await fs.rm(partial, { recursive: true, force: true });
  }
}

/**
 * Copies a folder: its files 64 at a time, each a copy and not a link, so
 * that a tool rewriting dist/ in place cannot change the cache. 10,000 index
 * files take 2.3 s this way and 4–8 s through `fs.cp`, which checks each.
 */
async function copyTree(from: string, to: string): Promise<void> {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true });
  const relative = entries.map((entry) => ({ entry, name: path.relative(from, path.join(entry.parentPath, entry.name)) }));
  await fs.mkdir(to, { recursive: true });
  for (const { entry, name } of relative) if (entry.isDirectory()) await fs.mkdir(path.join(to, name), { recursive: true });
  const files = relative.filter(({ entry }) => entry.isFile());
  const batch = 64;
  for (let start = 0; start < files.length; start += batch) {
    await Promise.all(files.slice(start, start + batch).map(({ name }) => fs.copyFile(path.join(from, name), path.join(to, name), fs.constants.COPYFILE_FICLONE)));
  }
}
