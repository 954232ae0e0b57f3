/**
 * Source images in item folders: none so large that the build would choke or
 * editors would ship a camera original, and none that nothing uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Problem } from './problems.ts';

export const imageLimits = { pixels: 8000, bytes: 20 * 1024 * 1024 };

export const imageExtensions = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/** Problems of the images in `dir`; `used` holds the absolute paths that some version names. */
export async function imageProblems(dir: string, used: ReadonlySet<string>, rel: (file: string) => string): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const name of fs.readdirSync(dir).filter((entry) => imageExtensions.test(entry)).sort()) {
    const file = path.resolve(dir, name);
    const { size } = fs.statSync(file);
    if (size > imageLimits.bytes) {
      problems.push({ file: rel(file), message: `the image is ${megabytes(size)}, more than ${megabytes(imageLimits.bytes)}`, fix: `export it at most ${imageLimits.pixels} px wide as a JPEG of quality 85–90` });
    }
    const { width = 0, height = 0 } = await sharp(file).metadata().catch(() => ({ width: 0, height: 0 }));
    if (Math.max(width, height) > imageLimits.pixels) {
      problems.push({ file: rel(file), message: `the image is ${width} × ${height} px, more than ${imageLimits.pixels} px on a side`, fix: `resize it to at most ${imageLimits.pixels} px on its longer side` });
    }
    if (!used.has(file)) {
      problems.push({ file: rel(file), severity: 'warning', message: 'no content uses this image', fix: 'use it in a <Figure> or as image: in front matter, or delete it' });
    }
  }
  return problems;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
