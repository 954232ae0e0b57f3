import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from './schema.ts';
import { contentDir } from './paths.ts';

let cached: SiteSettings | undefined;

/** The validated settings of `content/site.yaml`; the content check reports its problems before any build. */
export function siteSettings(): SiteSettings {
  cached ??= siteSchema.parse(parse(fs.readFileSync(path.join(contentDir(), 'site.yaml'), 'utf8')));
  return cached;
}
