/**
 * The files of media kits: logos and photos that editors put beside a page
 * (`media:` in its front matter) and that journalists download exactly as
 * they are, with what a download link should say of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { MediaFile } from '../content/schema.ts';
import { mediaFilePath } from '../routing/routes.ts';

export interface MediaFileFacts extends MediaFile {
  /** Where the original is published. */
  path: string;
  /** The file on disk. */
  source: string;
  format: string;
  mediaType: string;
  bytes: number;
  width: number;
  height: number;
}

const formats: Record<string, { name: string; mediaType: string }> = {
  svg: { name: 'SVG', mediaType: 'image/svg+xml' },
  png: { name: 'PNG', mediaType: 'image/png' },
  jpg: { name: 'JPEG', mediaType: 'image/jpeg' },
  jpeg: { name: 'JPEG', mediaType: 'image/jpeg' },
  webp: { name: 'WebP', mediaType: 'image/webp' },
  tif: { name: 'TIFF', mediaType: 'image/tiff' },
  tiff: { name: 'TIFF', mediaType: 'image/tiff' },
};

/**
 * The facts of a page's media files: `dir` is the page's folder, `key` its item key.
 * An SVG's size is the one it declares (its width and height, else its viewBox).
 */
export async function mediaFileFacts(dir: string, key: string, media: MediaFile[]): Promise<MediaFileFacts[]> {
  return Promise.all(
    media.map(async (file) => {
      const source = path.resolve(dir, file.file);
      const name = path.basename(source);
      const format = formats[path.extname(name).slice(1).toLowerCase()];
      const { width = 0, height = 0 } = await sharp(source).metadata();
      return { ...file, path: mediaFilePath(key, name), source, format: format.name, mediaType: format.mediaType, bytes: fs.statSync(source).size, width, height };
    }),
  );
}
