/**
 * Whether a translation still matches its source. A translation records in its
 * front matter `sourceHash`: the hash of the source version it was made from.
 * Content alone tells the status, so it survives a fresh clone, where file
 * dates and git history do not.
 */
import { createHash } from 'node:crypto';
import { parse } from 'yaml';

export const translationStatuses = ['current', 'outdated', 'untracked', 'draft', 'missing'] as const;
/**
 * - current: public, made from the source as it is now
 * - outdated: public, made from an older version of the source
 * - untracked: public, records no sourceHash, so nobody knows
 * - draft: the file exists but is not public (draft, internal or embargoed)
 * - missing: no file for the locale
 */
export type TranslationStatus = (typeof translationStatuses)[number];

/**
 * The hash of a source version: the first 12 hexadecimal digits of the SHA-256
 * of the file's text as UTF-8, after dropping a leading byte-order mark and
 * turning CRLF and lone CR line endings into LF — so that a checkout with
 * Windows line endings (git's core.autocrlf) gives the same hash.
 */
export function sourceHash(text: string): string {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 12);
}

/** The locale of an item's source version: the default locale's if `has` it, else the first locale (site order) that `has` one. */
export function sourceLocale(locales: readonly string[], defaultLocale: string, has: (locale: string) => boolean): string | undefined {
  return has(defaultLocale) ? defaultLocale : locales.find(has);
}

/** The status of a translation that exists, from its front matter and the hash of its source as it is now. */
export function translationStatus(version: { public: boolean; sourceHash?: unknown }, currentSourceHash: string): Exclude<TranslationStatus, 'missing'> {
  if (!version.public) return 'draft';
  return hashStatus(version.sourceHash, currentSourceHash);
}

/** What a recorded sourceHash says, whatever the version's publication. */
export function hashStatus(recorded: unknown, currentSourceHash: string): 'current' | 'outdated' | 'untracked' {
  if (recorded === undefined || recorded === null) return 'untracked';
  return String(recorded) === currentSourceHash ? 'current' : 'outdated';
}

/**
 * The text of an MDX file with `sourceHash: <hash>` in its front matter: the
 * top-level line replaced if there is one, else added as the last line of the
 * front matter, with the file's own line ending. Nothing else changes.
 */
export function recordSourceHash(text: string, hash: string): string {
  const open = /^---(\r?\n)/.exec(text);
  const close = open && /^---[ \t]*\r?$/m.exec(text.slice(open[0].length));
  if (!open || !close) throw new Error('the file has no front matter between --- lines');
  const start = open[0].length;
  const end = start + close.index;
  const yaml = text.slice(start, end);
  const line = sourceHashLine(hash);
  const existing = /^sourceHash[ \t]*:[^\r\n]*/m;
  const updated = existing.test(yaml) ? yaml.replace(existing, line) : `${yaml}${line}${open[1]}`;
  return text.slice(0, start) + updated + text.slice(end);
}

/** The front matter line that records a hash; quoted only when YAML would read it as a number (123456789012, 12e456789012). */
export const sourceHashLine = (hash: string): string => `sourceHash: ${typeof parse(hash) === 'string' ? hash : `"${hash}"`}`;
