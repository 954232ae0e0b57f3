import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Calls `visit` with the text of every file of `distDir` whose name matches
 * `names`, as latin1: for what the passes after a build look for (image
 * names, policy hashes), all ASCII, latin1 reads as UTF-8 would, and a
 * one-byte string scans faster. A batch of files is read at a time.
 */
export async function eachOutput(distDir: string, names: RegExp, visit: (text: string) => void): Promise<void> {
  const outputs = (await fs.readdir(distDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && names.test(entry.name));
  const batch = 64;
  for (let start = 0; start < outputs.length; start += batch) {
    const texts = await Promise.all(outputs.slice(start, start + batch).map((entry) => fs.readFile(path.join(entry.parentPath, entry.name), 'latin1')));
    texts.forEach(visit);
  }
}
