/**
 * Social images kept between builds: a site of 10,000 pages would spend
 * minutes drawing images that have not changed. A file's name is a hash of
 * everything that decides its pixels, so a change of any of them draws anew.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { renderSocialImage, socialLayout, socialJpeg, type SocialCard } from './image.ts';

// SEN_SOCIAL_CACHE_DIR moves it: the benchmark starts from an empty cache without emptying the developers'.
const cacheDir = path.resolve(process.env.SEN_SOCIAL_CACHE_DIR ?? 'node_modules/.cache/sen-social');

/** Bump when the drawing changes in a way the layout and JPEG options do not show (crop, compositing). */
const drawing = 1;

let versions: Record<string, string> | undefined;
/** The versions of the libraries and fonts that draw: an upgrade may move a pixel. */
function libraryVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  versions ??= { ...sharp.versions, satori: version('satori'), fonts: version('@fontsource/be-vietnam-pro') };
  return versions;
}

// Photos by content, not date: a fresh checkout (CI) keeps its cache; an item's two languages read their photo once.
const photoHashes = new Map<string, Promise<string>>();
const photoHash = (file: string) => {
  let hash = photoHashes.get(file);
  if (!hash) photoHashes.set(file, (hash = fs.readFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'))));
  return hash;
};

/** The key of a card's image: its layout (every text, colour and size), its photo's bytes, the drawing's versions. */
export async function socialImageKey(card: SocialCard): Promise<string> {
  const inputs = { drawing, jpeg: socialJpeg, libraries: libraryVersions(), layout: socialLayout(card), photo: card.photo && (await photoHash(card.photo)) };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

// Images being drawn, by file: pages that share a card (a listing's pages) wait for one drawing,
// rather than racing to write the same file.
const pending = new Map<string, Promise<string>>();

/** The file of the card's JPEG in the cache, drawn and kept there when missing. */
export async function socialImageFile(card: SocialCard): Promise<string> {
  const file = path.join(cacheDir, `${await socialImageKey(card)}.jpg`);
  let drawn = pending.get(file);
  if (!drawn) {
    drawn = drawIfMissing(file, card).finally(() => pending.delete(file));
    pending.set(file, drawn);
  }
  return drawn;
}

async function drawIfMissing(file: string, card: SocialCard): Promise<string> {
  if (await fs.access(file).then(() => true, () => false)) return file;
  const jpeg = await renderSocialImage(card);
  await fs.mkdir(cacheDir, { recursive: true });
  // Written aside then renamed, so a build stopped halfway leaves no half file.
  const partial = `${file}.${process.pid}-${randomUUID()}.partial`;
  await fs.writeFile(partial, jpeg);
  await fs.rename(partial, file);
  return file;
}
