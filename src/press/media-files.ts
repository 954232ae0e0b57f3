/** The media kits of the published site: each page's files as one of its versions describes them, and every file to publish. */
import path from 'node:path';
import { siteContent, type Item } from '../content/site-content.ts';
import type { MediaFile } from '../content/schema.ts';
import { mediaFileFacts, type MediaFileFacts } from './media-kit.ts';

/** A page's media kit as its version in `locale` (the page's content locale) describes it; glob-loader paths are relative to the project. */
export function mediaKitOf(item: Item, locale: string): Promise<MediaFileFacts[]> {
  const entry = item.entries[locale];
  const media = ((entry.data as { media?: MediaFile[] }).media ?? []);
  return mediaFileFacts(path.dirname(path.resolve(entry.filePath!)), item.key, media);
}

/** Every file a published version names, once: a draft's or an embargoed version's files stay out. */
export async function publishedMediaFiles(): Promise<MediaFileFacts[]> {
  const { items } = await siteContent();
  const files = new Map<string, MediaFileFacts>();
  for (const item of items.filter((candidate) => candidate.section === 'pages')) {
    for (const locale of Object.keys(item.entries)) {
      for (const file of await mediaKitOf(item, locale)) files.set(file.path, file);
    }
  }
  return [...files.values()];
}
