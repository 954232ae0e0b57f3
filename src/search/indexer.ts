/**
 * The search index: Pagefind over the built pages, one index per language
 * (Pagefind splits by `<html lang>`), with `đ` in its index form.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { toIndexForm } from './stroke.ts';

export interface IndexReport {
  pages: number;
  languages: Record<string, number>;
}

/** Indexes every HTML page of `distDir` that marks content for search, and writes `distDir/pagefind/`. */
export async function writeSearchIndex(distDir: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const report: IndexReport = { pages: 0, languages: {} };
  try {
    for (const file of await htmlFiles(distDir)) {
      const html = await fs.readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: path.relative(distDir, file), content: toIndexForm(html) });
      if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      report.pages++;
      const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown';
      report.languages[language] = (report.languages[language] ?? 0) + 1;
    }
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return report;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
