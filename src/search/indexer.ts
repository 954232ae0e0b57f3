/**
 * The search index: Pagefind over the built pages, one index per language
 * (Pagefind splits by `<html lang>`), with `đ` in its index form.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { eachFile, outputFiles } from '../integrations/outputs.ts';
import { hasKeptSearchIndex, keepSearchIndex, restoreSearchIndex, searchIndexKey } from './cache.ts';
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
  const files = await outputFiles(distDir, /\.html$/);
  const outputDir = path.join(distDir, 'pagefind');
  // With an index kept, the pages are read once to learn whether it is theirs; with none (a first
  // build), they are read once, as they are indexed.
  if (await hasKeptSearchIndex(cacheDir)) {
    const { pages, key } = await readSearchablePages(distDir, files);
    if (await restoreSearchIndex(cacheDir, key, outputDir)) return { ...reportOf(pages), reused: true };
  }
  const { pages, key } = await indexPages(distDir, files, outputDir);
  // An index that could not be kept costs the next build time, not this one its index.
  const notKept = await keepSearchIndex(cacheDir, key, outputDir).then(
    () => undefined,
    (error: Error) => error.message,
  );
  return { ...reportOf(pages), reused: false, notKept };
}

function reportOf(pages: SearchablePage[]): Pick<IndexReport, 'pages' | 'languages'> {
  const languages: Record<string, number> = {};
  for (const page of pages) languages[page.language] = (languages[page.language] ?? 0) + 1;
  return { pages: pages.length, languages };
}

/**
 * The pages to index, in path order, with the key of their paths and bytes;
 * `add`, when given, receives each one's HTML in turn.
 */
async function readSearchablePages(distDir: string, files: string[], add?: (page: SearchablePage, html: string) => Promise<void>) {
  const key = searchIndexKey();
  const pages: SearchablePage[] = [];
  await eachFile(files, async (bytes, file) => {
    if (!bytes.includes('data-pagefind-body')) return;
    const sourcePath = path.relative(distDir, file);
    key.add(sourcePath, bytes);
    const language = /<html[^>]*\slang="([^"]+)"/.exec(bytes.toString('latin1', 0, 2048))?.[1] ?? 'unknown';
    const page = { file, sourcePath, language };
    pages.push(page);
    await add?.(page, bytes.toString('utf8'));
  });
  return { pages, key: key.digest() };
}

/** Indexes the searchable pages with Pagefind into `outputDir`; returns them and their key. */
async function indexPages(distDir: string, files: string[], outputDir: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const read = await readSearchablePages(distDir, files, async (page, html) => {
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: toIndexForm(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return read;
  } finally {
    await pagefind.close();
  }
}
