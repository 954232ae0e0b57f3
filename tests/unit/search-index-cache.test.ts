import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOutputs } from '../../src/integrations/outputs.ts';
import { searchIndex } from '../../src/search/indexer.ts';

/** The search step alone, as the build runs it once the pages are written. */
async function writeSearchIndex(distDir: string, cacheDir: string) {
  const search = await searchIndex(distDir, cacheDir);
  await readOutputs(distDir, [search.reader]);
  return search.finish();
}

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));
const folder = () => {
  const made = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-search-'));
  folders.push(made);
  return made;
};

/** A built site of two searchable pages and one that is not, as Astro would leave it. */
function builtSite(destination = 'Động Phong Nha mở cửa lại từ tháng 11.'): string {
  const dist = folder();
  const pages = {
    'vi/diem-den/phong-nha/index.html': `<html lang="vi"><body><main data-pagefind-body><h1>Phong Nha</h1><p>${destination}</p></main></body></html>`,
    'en/destinations/phong-nha/index.html': '<html lang="en"><body><main data-pagefind-body><h1>Phong Nha</h1><p>A world natural heritage cave.</p></main></body></html>',
    '404.html': '<html lang="vi"><body><h1>Không tìm thấy trang</h1></body></html>',
  };
  for (const [page, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dist, page)), { recursive: true });
    fs.writeFileSync(path.join(dist, page), html);
  }
  return dist;
}

/** Every file of a folder and its bytes, by relative path. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('base64')]),
  );

describe('the search index between builds', () => {
  it('is copied, file for file, when a rebuild’s searchable pages are the last build’s', async () => {
    const cache = folder();
    const first = builtSite();
    expect(await writeSearchIndex(first, cache)).toMatchObject({ pages: 2, languages: { vi: 1, en: 1 }, reused: false });
    const rebuild = builtSite();
    expect(await writeSearchIndex(rebuild, cache)).toMatchObject({ pages: 2, languages: { vi: 1, en: 1 }, reused: true });
    expect(filesOf(path.join(rebuild, 'pagefind'))).toEqual(filesOf(path.join(first, 'pagefind')));
  });

  it('is made anew when one character of one page changed, and only the newest is kept', async () => {
    const cache = folder();
    const first = builtSite();
    await writeSearchIndex(first, cache);
    const changed = builtSite('Động Phong Nha mở cửa lại từ tháng 12.');
    const report = await writeSearchIndex(changed, cache);
    expect(report).toMatchObject({ pages: 2, reused: false });
    expect(report.notKept).toBeUndefined();
    expect(filesOf(path.join(changed, 'pagefind'))).not.toEqual(filesOf(path.join(first, 'pagefind')));
    expect(fs.readdirSync(cache)).toHaveLength(1);
    // The kept index is the changed pages' own: a rebuild of them copies it.
    expect(await writeSearchIndex(builtSite('Động Phong Nha mở cửa lại từ tháng 12.'), cache)).toMatchObject({ reused: true });
  });

  it('is kept in place of the copy a stopped build left, and of none a build is making now', async () => {
    const cache = folder();
    const abandoned = path.join(cache, '.partial-stopped');
    const underway = path.join(cache, '.partial-underway');
    for (const copy of [abandoned, underway]) fs.mkdirSync(path.join(copy, 'fragment'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
    expect(await writeSearchIndex(builtSite(), cache)).toMatchObject({ reused: false, notKept: undefined });
    const kept = fs.readdirSync(cache);
    expect(kept).toContain('.partial-underway');
    expect(kept).not.toContain('.partial-stopped');
    expect(kept.filter((name) => !name.startsWith('.'))).toHaveLength(1);
  });
});
