/**
 * The search index: Pagefind over the built pages, one index per language
 * (Pagefind splits by `<html lang>`), with `đ` in its index form.
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readOutputs, type OutputReader, type OutputStep } from '../integrations/outputs.ts';
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

/** The search index as a step after the build, with `cancel` to stop Pagefind when the pages could not be read. */
export interface SearchIndexStep extends OutputStep<IndexReport> {
  cancel(): Promise<void>;
}

/**
 * Indexes every HTML page of `distDir` that marks content for search, and
 * writes `distDir/pagefind/`; or copies the index kept in `cacheDir` when the
 * pages are those it was made from. With an index kept, the pages are read
 * to learn whether it is theirs; with none (a first build), they are indexed
 * as they are read.
 */
export async function searchIndex(distDir: string, cacheDir: string): Promise<SearchIndexStep> {
  const outputDir = path.join(distDir, 'pagefind');
  const kept = await hasKeptSearchIndex(cacheDir);
  const indexing = kept ? undefined : await pagefindIndex(outputDir);
  const read = searchablePages(distDir, indexing?.add);
  return {
    reader: read.reader,
    cancel: async () => {
      await indexing?.close();
    },
    finish: async () => {
      const key = read.key();
      if (kept && (await restoreSearchIndex(cacheDir, key, outputDir))) return { ...reportOf(read.pages), reused: true };
      // No index kept, or the kept one is not these pages': they are indexed, read again if they were only keyed.
      const indexed = indexing ? { index: indexing, pages: read.pages, key } : await indexPages(distDir, outputDir);
      try {
        await indexed.index.write();
      } finally {
        await indexed.index.close();
      }
      // An index that could not be kept costs the next build time, not this one its index.
      const notKept = await keepSearchIndex(cacheDir, indexed.key, outputDir).then(
        () => undefined,
        (error: Error) => error.message,
      );
      return { ...reportOf(indexed.pages), reused: false, notKept };
    },
  };
}

/** Reads the searchable pages of `distDir` again and adds them to a new index. */
async function indexPages(distDir: string, outputDir: string) {
  const index = await pagefindIndex(outputDir);
  try {
    const read = searchablePages(distDir, index.add);
    await readOutputs(distDir, [read.reader]);
    return { index, pages: read.pages, key: read.key() };
  } catch (error) {
    await index.close();
    throw error;
  }
}

function reportOf(pages: SearchablePage[]): Pick<IndexReport, 'pages' | 'languages'> {
  const languages: Record<string, number> = {};
  for (const page of pages) languages[page.language] = (languages[page.language] ?? 0) + 1;
  return { pages: pages.length, languages };
}

/**
 * Reads the pages to index, in path order, and keys their paths and bytes;
 * `add`, when given, receives each one's HTML in turn.
 */
function searchablePages(distDir: string, add?: (page: SearchablePage, html: string) => Promise<void>) {
  const key = searchIndexKey();
  const pages: SearchablePage[] = [];
  const reader: OutputReader = {
    names: /\.html$/,
    read: async (bytes, file) => {
      if (!bytes.includes('data-pagefind-body')) return;
      const sourcePath = path.relative(distDir, file);
      key.add(sourcePath, bytes);
      const language = /<html[^>]*\slang="([^"]+)"/.exec(bytes.toString('latin1', 0, 2048))?.[1] ?? 'unknown';
      const page = { file, sourcePath, language };
      pages.push(page);
      await add?.(page, bytes.toString('utf8'));
    },
  };
  return { pages, reader, key: () => key.digest() };
}

/** Pagefind, started: pages added to it are written to `outputDir` as one index. */
async function pagefindIndex(outputDir: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return {
    add: async (page: SearchablePage, html: string) => {
      const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: toIndexForm(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    },
    write: async () => {
      const written = await index.writeFiles({ outputPath: outputDir });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    },
    close: () => pagefind.close(),
  };
}
