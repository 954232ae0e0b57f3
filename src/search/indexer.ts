/**
 * The search index: Pagefind over the built pages, one index per language
 * (Pagefind splits by `<html lang>`), with `đ` in its index form.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { keepSearchIndex, restoreSearchIndex, searchIndexKey } from './cache.ts';
import { toIndexForm } from './stroke.ts';

export interface IndexReport {
  pages: number;
  languages: Record<string, number>;
  /** The index was the last build's, kept in the cache: the pages had not changed. */
  reused: boolean;
  /** Why the index could not be kept for the next build, if it could not. */
  notKept?: string;
}

/** A built page that marks content for search. */
interface SearchablePage {
  file: string;
  sourcePath: string;
  language: string;
}

/**
 * Indexes every HTML page of `distDir` that marks content for search, and
 * writes `distDir/pagefind/`; or copies the index kept in `cacheDir` when the
 * pages are those it was made from.
 */
export async function writeSearchIndex(distDir: string, cacheDir: string): Promise<IndexReport> {
  const { pages, key } = await searchablePages(distDir);
  const languages: Record<string, number> = {};
  for (const page of pages) languages[page.language] = (languages[page.language] ?? 0) + 1;
  const report = { pages: pages.length, languages };
  const outputDir = path.join(distDir, 'pagefind');
  if (await restoreSearchIndex(cacheDir, key, outputDir)) return { ...report, reused: true };
  await indexPages(pages, outputDir);
  // An index that could not be kept costs the next build time, not this one its index.
  const notKept = await keepSearchIndex(cacheDir, key, outputDir).then(
    () => undefined,
    (error: Error) => error.message,
  );
  return { ...report, reused: false, notKept };
}

/** The pages to index, in path order, with the key of their paths and bytes. */
async function searchablePages(distDir: string): Promise<{ pages: SearchablePage[]; key: string }> {
  const files = await htmlFiles(distDir);
  const key = searchIndexKey();
  const pages: SearchablePage[] = [];
  const batch = 32;
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch);
    const contents = await Promise.all(slice.map((file) => fs.readFile(file)));
    contents.forEach((bytes, index) => {
      if (!bytes.includes('data-pagefind-body')) return;
      const file = slice[index];
      const sourcePath = path.relative(distDir, file);
      key.add(sourcePath, bytes);
      const language = /<html[^>]*\slang="([^"]+)"/.exec(bytes.toString('latin1', 0, 2048))?.[1] ?? 'unknown';
      pages.push({ file, sourcePath, language });
    });
  }
  return { pages, key: key.digest() };
}

async function indexPages(pages: SearchablePage[], outputDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const html = await fs.readFile(page.file, 'utf8');
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: toIndexForm(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
