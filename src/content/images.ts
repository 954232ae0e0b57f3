/**
 * Images that MDX components name by a path relative to their content file
 * (`<Figure src="./boat-race.jpg">`), resolved to Astro image modules.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

const images = import.meta.glob<{ default: ImageMetadata }>('@content/**/*.{jpg,jpeg,png,webp,avif,gif,tif,tiff}');

/** The image at `src` relative to the content file `file` (a path as Astro's entry.filePath gives it). */
export async function contentImage(file: string, src: string): Promise<ImageMetadata> {
  const wanted = new URL(src, `file:///${file}`).pathname.toLowerCase();
  const key = Object.keys(images).find((candidate) => wanted.endsWith(candidate.toLowerCase().replace(/^.*?@content|^\/[^/]*content/, '')));
  if (!key) throw new Error(`${file}: no image at ${src}. Put the image beside the MDX file and write its path as ./name.jpg`);
  return (await images[key]()).default;
}

/** The one rendition other sites get of an image (feeds, structured data): a JPEG at most 1200 px wide, as Google and feed readers ask. */
export async function shareableImage(src: ImageMetadata, siteUrl: string) {
  const image = await getImage({ src, width: Math.min(1200, src.width), format: 'jpg' });
  return { url: new URL(image.src, siteUrl).href, width: Number(image.attributes.width), height: Number(image.attributes.height), type: 'image/jpeg' };
}
