/**
 * The translation report of a content folder: per section and locale, which
 * translations are current, out of date, untracked, drafts or missing, as text
 * for editors and as JSON for tools; and `--mark`, the way an editor records
 * that a translation has caught up with its source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from './frontmatter.ts';
import { isPublic } from './publication.ts';
import { sectionIds, type SectionId } from './sections.ts';
import { hashStatus, recordSourceHash, sourceHash, sourceLocale, translationStatus, translationStatuses, type TranslationStatus } from './translation-status.ts';

export interface ReportOptions {
  contentDir: string;
  /** Paths in the report are relative to this folder (the project). */
  root: string;
  locales: string[];
  defaultLocale: string;
  /** Publication (drafts, embargoes) is judged as of this moment, like the build. */
  now: Date;
}

export type Counts = Record<TranslationStatus, number>;

export interface TranslationEntry {
  locale: string;
  status: TranslationStatus;
  /** The file of the translation, or where it belongs when missing. */
  file: string;
  /** The sourceHash its front matter records. */
  sourceHash?: string;
  /** For a draft: what its sourceHash will say once it is public. */
  whenPublic?: 'current' | 'outdated' | 'untracked';
  /** What to do, for every status but current. */
  fix?: string;
}

export interface ItemReport {
  key: string;
  source: { locale: string; file: string; hash: string; public: boolean; /** Recorded in the source itself: ignored. */ sourceHash?: string };
  translations: TranslationEntry[];
}

export interface TranslationReport {
  asOf: string;
  contentDir: string;
  defaultLocale: string;
  locales: string[];
  summary: Record<string, Counts>;
  sections: { section: SectionId; summary: Record<string, Counts>; items: ItemReport[] }[];
}

interface Version { file: string; text: string; public: boolean; sourceHash?: string }

/** The versions of one item folder, by locale. */
function readVersions(dir: string, options: ReportOptions): Record<string, Version> {
  const versions: Record<string, Version> = {};
  for (const locale of options.locales) {
    const file = path.join(dir, `${locale}.mdx`);
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const data = (readFrontMatter(text)?.data ?? {}) as Record<string, unknown>;
    const publishAt = data.publishAt === undefined ? undefined : new Date(String(data.publishAt));
    const recorded = data.sourceHash === undefined || data.sourceHash === null ? undefined : String(data.sourceHash);
    versions[locale] = { file, text, public: isPublic({ draft: data.draft === true, internal: data.internal === true, publishAt }, options.now), sourceHash: recorded };
  }
  return versions;
}

/**
 * The source of an item in the report: the default-locale version whenever it
 * exists, public or not; else the item's source as the site chooses it (the
 * first public version in site order); else, for an item with nothing public,
 * its first version.
 */
function reportSource(versions: Record<string, Version>, options: ReportOptions): string | undefined {
  if (versions[options.defaultLocale]) return options.defaultLocale;
  return sourceLocale(options.locales, options.defaultLocale, (locale) => Boolean(versions[locale]?.public)) ?? options.locales.find((locale) => versions[locale]);
}

const emptyCounts = (): Counts => Object.fromEntries(translationStatuses.map((status) => [status, 0])) as Counts;
const markCommand = (file: string) => `npm run translations -- --mark ${file}`;

/** One locale's line of an item: its status, and what to do about it. */
function entryFor(locale: string, version: Version | undefined, source: ItemReport['source'], file: string): TranslationEntry {
  if (!version) {
    const fix = source.public
      ? `readers of ${locale} see the ${source.locale} original meanwhile: translate ${source.file} into this file, then run ${markCommand(file)}`
      : `the item is not public yet: translate ${source.file} into this file before it is, then run ${markCommand(file)}`;
    return { locale, status: 'missing', file, fix };
  }
  const status = translationStatus(version, source.hash);
  const whenPublic = hashStatus(version.sourceHash, source.hash);
  const fixes: Record<Exclude<TranslationStatus, 'missing'>, string | undefined> = {
    current: undefined,
    outdated: `${source.file} changed after this translation was made (it records ${version.sourceHash}, the source is now ${source.hash}): bring the translation up to date, then run ${markCommand(file)}`,
    untracked: `it records no sourceHash, so nobody can tell whether it matches ${source.file}: compare the two and, once the translation matches, run ${markCommand(file)}`,
    draft: `not public (a draft, internal or embargoed); ${draftNote[whenPublic]}`,
  };
  return {
    locale,
    status,
    file,
    ...(version.sourceHash === undefined ? {} : { sourceHash: version.sourceHash }),
    ...(status === 'draft' ? { whenPublic } : {}),
    ...(fixes[status] ? { fix: fixes[status] } : {}),
  };
}

const draftNote = {
  current: 'it matches the source as it is now',
  outdated: 'it was made from an older version of the source: update it before it is published, then mark it',
  untracked: 'it records no sourceHash: mark it once it matches the source',
};

/** Counts by locale, in the order of the site's locales. */
const inSiteOrder = (counts: Record<string, Counts>, locales: string[]) =>
  Object.fromEntries(locales.filter((locale) => counts[locale]).map((locale) => [locale, counts[locale]]));

/** The status of every translation of every item in the content folder, by section. */
export function translationReport(options: ReportOptions): TranslationReport {
  const rel = (file: string) => path.relative(options.root, file).split(path.sep).join('/');
  const summary: Record<string, Counts> = {};
  const sections: TranslationReport['sections'] = [];
  for (const section of sectionIds) {
    const sectionDir = path.join(options.contentDir, section);
    const keys = fs.existsSync(sectionDir) ? fs.readdirSync(sectionDir).filter((name) => fs.statSync(path.join(sectionDir, name)).isDirectory()).sort() : [];
    const sectionSummary: Record<string, Counts> = {};
    const items: ItemReport[] = [];
    for (const key of keys) {
      const dir = path.join(sectionDir, key);
      const versions = readVersions(dir, options);
      const sourceAt = reportSource(versions, options);
      if (!sourceAt) continue;
      const { file, text, public: isSourcePublic, sourceHash: stray } = versions[sourceAt];
      const source = { locale: sourceAt, file: rel(file), hash: sourceHash(text), public: isSourcePublic, ...(stray === undefined ? {} : { sourceHash: stray }) };
      const translations = options.locales
        .filter((locale) => locale !== sourceAt)
        .map((locale) => entryFor(locale, versions[locale], source, rel(versions[locale]?.file ?? path.join(dir, `${locale}.mdx`))));
      for (const { locale, status } of translations) {
        for (const counts of [(sectionSummary[locale] ??= emptyCounts()), (summary[locale] ??= emptyCounts())]) counts[status] += 1;
      }
      items.push({ key, source, translations });
    }
    if (items.length) sections.push({ section, summary: inSiteOrder(sectionSummary, options.locales), items });
  }
  const { defaultLocale, locales } = options;
  return { asOf: options.now.toISOString(), contentDir: rel(options.contentDir) || '.', defaultLocale, locales, summary: inSiteOrder(summary, locales), sections };
}

/** What needs doing first: out-of-date translations, then untracked, missing, drafts. */
const urgency: TranslationStatus[] = ['outdated', 'untracked', 'missing', 'draft'];

const countsLine = (counts: Counts, all: boolean) =>
  translationStatuses.filter((status) => all || counts[status] > 0).map((status) => `${counts[status]} ${status}`).join(', ');

/**
 * The report as editors read it: each section with its counts per locale and
 * one line per translation to act on, `file — status — why and what to do`,
 * then a summary per locale.
 */
export function formatTranslationReport(report: TranslationReport): string {
  const lines = [`Translations in ${report.contentDir}/ (source language: ${report.defaultLocale}; drafts and embargoes as of ${report.asOf.slice(0, 16).replace('T', ' ')} UTC)`, ''];
  for (const { section, summary, items } of report.sections) {
    lines.push(section);
    for (const locale of Object.keys(summary)) {
      lines.push(`  ${locale}: ${countsLine(summary[locale], false)}`);
      const entries = items.flatMap((item) => item.translations.filter((entry) => entry.locale === locale && entry.status !== 'current'));
      entries.sort((a, b) => urgency.indexOf(a.status) - urgency.indexOf(b.status) || a.file.localeCompare(b.file));
      lines.push(...entries.map((entry) => `    ${entry.file} — ${entry.status} — ${entry.fix}`));
    }
    for (const { source } of items.filter((item) => item.source.sourceHash !== undefined)) {
      lines.push(`    ${source.file} — source — records a sourceHash, which only a translation needs (it is ignored) — remove the line`);
    }
  }
  lines.push('', 'Summary');
  for (const [locale, counts] of Object.entries(report.summary)) {
    const items = translationStatuses.reduce((sum, status) => sum + counts[status], 0);
    lines.push(`  ${locale}: ${countsLine(counts, true)} (of ${items} item${items === 1 ? '' : 's'})`);
  }
  return lines.join('\n');
}

/**
 * Records in a translation the hash of its source as it is now: the editor's
 * "this translation matches the source". Returns what was done; throws with a
 * message for an editor when the file is not a translation.
 */
export function markTranslation(file: string, options: ReportOptions): { file: string; source: string; hash: string; changed: boolean } {
  const rel = (target: string) => path.relative(options.root, target).split(path.sep).join('/');
  const full = path.resolve(options.root, file);
  const parts = path.relative(options.contentDir, full).split(path.sep);
  const locale = path.basename(full, '.mdx');
  if (parts.length !== 3 || parts[0].startsWith('..') || !(sectionIds as readonly string[]).includes(parts[0]) || !full.endsWith('.mdx') || !options.locales.includes(locale)) {
    throw new Error(`${file} is not a content file: name one like ${rel(path.join(options.contentDir, 'news/<item>/en.mdx'))}`);
  }
  if (!fs.existsSync(full)) throw new Error(`${file} does not exist`);
  const versions = readVersions(path.dirname(full), options);
  const sourceAt = reportSource(versions, options)!;
  if (sourceAt === locale) throw new Error(`${rel(full)} is the source version of its item, not a translation: there is nothing to mark`);
  const hash = sourceHash(versions[sourceAt].text);
  const text = fs.readFileSync(full, 'utf8');
  let marked: string;
  try {
    marked = recordSourceHash(text, hash);
  } catch (error) {
    throw new Error(`${rel(full)}: ${(error as Error).message}`);
  }
  if (marked !== text) fs.writeFileSync(full, marked);
  return { file: rel(full), source: rel(versions[sourceAt].file), hash, changed: marked !== text };
}
