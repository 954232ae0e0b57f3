import fs from 'node:fs/promises';
import path from 'node:path';

/** The files of `distDir` whose name matches `names`, in path order. */
export async function outputFiles(distDir: string, names: RegExp): Promise<string[]> {
  const entries = await fs.readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && names.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Calls `visit` with the bytes of each file, in the order given, reading a
 * batch of files at a time so that the thread pool reads several at once.
 * An async `visit` is awaited before the next file.
 */
export async function eachFile(files: string[], visit: (bytes: Buffer, file: string) => void | Promise<void>): Promise<void> {
  const batch = 64;
  for (let start = 0; start < files.length; start += batch) {
    const slice = files.slice(start, start + batch);
    const contents = await Promise.all(slice.map((file) => fs.readFile(file)));
    for (const [index, bytes] of contents.entries()) await visit(bytes, slice[index]);
  }
}

/**
 * Calls `visit` with the text of every file of `distDir` whose name matches
 * `names`, as latin1: for what the passes after a build look for (image
 * names, policy hashes), all ASCII, latin1 reads as UTF-8 would, and a
 * one-byte string scans faster.
 */
export async function eachOutput(distDir: string, names: RegExp, visit: (text: string) => void): Promise<void> {
  await eachFile(await outputFiles(distDir, names), (bytes) => visit(bytes.toString('latin1')));
}
