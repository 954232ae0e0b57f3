/**
 * The publication report of a content folder, for the yearly report on
 * foreign-information work: how many item versions were published, per
 * section, locale and month (as in Viet Nam). Only what the build publishes
 * counts: never a draft, an internal version or one still under embargo, and
 * never an untranslated page, which is a copy of its original.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFrontMatter } from './frontmatter.ts';
import { isPublic } from './publication.ts';
import { sectionIds, type SectionId } from './sections.ts';
import { isoDate } from '../i18n/format.ts';

/** One locale's file of an item, as its front matter says. */
export interface VersionFacts {
  section: SectionId;
  locale: string;
  publishedAt: Date;
  draft: boolean;
  internal: boolean;
  publishAt?: Date;
}

export interface MonthCount {
  section: SectionId;
  locale: string;
  /** `2026-11`. */
  month: string;
  count: number;
}

export interface PublicationReport {
  asOf: string;
  /** The calendar year counted, or every year. */
  year?: number;
  locales: string[];
  /** Per section, locale and month, in section order, then locale order, then month. */
  months: MonthCount[];
  /** Per section and locale, sections with nothing published included. */
  sections: { section: SectionId; counts: Record<string, number>; total: number }[];
  /** Per locale, and all together. */
  totals: Record<string, number> & { all: number };
}

/** Counts the versions published as of `now`, in `year` when given. */
export function countPublications(versions: VersionFacts[], options: { locales: string[]; now: Date; year?: number }): PublicationReport {
  const { locales, now, year } = options;
  const counted = versions.filter(
    (version) => locales.includes(version.locale) && isPublic(version, now) && (year === undefined || isoDate(version.publishedAt).startsWith(`${year}-`)),
  );
  const byMonth = new Map<string, MonthCount>();
  for (const version of counted) {
    const month = isoDate(version.publishedAt).slice(0, 7);
    const id = `${version.section}|${version.locale}|${month}`;
    const row = byMonth.get(id) ?? { section: version.section, locale: version.locale, month, count: 0 };
    row.count += 1;
    byMonth.set(id, row);
  }
  const months = [...byMonth.values()].sort(
    (a, b) => sectionIds.indexOf(a.section) - sectionIds.indexOf(b.section) || locales.indexOf(a.locale) - locales.indexOf(b.locale) || a.month.localeCompare(b.month),
  );
  const count = (section?: SectionId, locale?: string) =>
    counted.filter((version) => (!section || version.section === section) && (!locale || version.locale === locale)).length;
  return {
    asOf: now.toISOString(),
    ...(year === undefined ? {} : { year }),
    locales,
    months,
    sections: sectionIds.map((section) => ({ section, counts: Object.fromEntries(locales.map((locale) => [locale, count(section, locale)])), total: count(section) })),
    totals: { ...Object.fromEntries(locales.map((locale) => [locale, count(undefined, locale)])), all: count() } as PublicationReport['totals'],
  };
}

/** The report as a text table for people: sections by locale, then each section's months. */
export function formatPublicationReport(report: PublicationReport): string {
  const { locales } = report;
  const width = Math.max(...report.sections.map(({ section }) => section.length), 'total'.length);
  const row = (label: string, cells: (string | number)[]) => [label.padEnd(width), ...cells.map((cell) => String(cell).padStart(7))].join('  ');
  const lines = [
    `Published ${report.year ? `in ${report.year}` : 'in all years'}, as of ${report.asOf.slice(0, 10)}`,
    '',
    row('section', [...locales, 'total']),
    ...report.sections.map(({ section, counts, total }) => row(section, [...locales.map((locale) => counts[locale]), total])),
    row('total', [...locales.map((locale) => report.totals[locale]), report.totals.all]),
  ];
  for (const { section } of report.sections) {
    const rows = report.months.filter((month) => month.section === section);
    if (!rows.length) continue;
    lines.push('', section);
    for (const month of [...new Set(rows.map((r) => r.month))]) {
      lines.push(`  ${month}  ${locales.map((locale) => `${locale}: ${rows.find((r) => r.month === month && r.locale === locale)?.count ?? 0}`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

/** The report as CSV (RFC 4180): one row per section, locale and month. */
export function publicationCsv(report: PublicationReport): string {
  return ['section,locale,month,count', ...report.months.map((row) => `${row.section},${row.locale},${row.month},${row.count}`)].join('\r\n') + '\r\n';
}

/** The front matter of every locale file in a content folder that the counting needs. */
export function readVersionFacts(contentDir: string, locales: string[]): VersionFacts[] {
  const versions: VersionFacts[] = [];
  for (const section of sectionIds) {
    const dir = path.join(contentDir, section);
    if (!fs.existsSync(dir)) continue;
    for (const key of fs.readdirSync(dir).sort()) {
      for (const locale of locales) {
        const file = path.join(dir, key, `${locale}.mdx`);
        if (!fs.existsSync(file)) continue;
        const data = (readFrontMatter(fs.readFileSync(file, 'utf8'))?.data ?? {}) as Record<string, unknown>;
        const date = (value: unknown) => (value === undefined || value === null ? undefined : new Date(value instanceof Date ? value : String(value)));
        const publishedAt = date(data.publishedAt);
        // A file without a valid date fails `npm run check`; the report counts what could be published.
        if (!publishedAt || Number.isNaN(publishedAt.getTime())) continue;
        versions.push({ section, locale, publishedAt, draft: data.draft === true, internal: data.internal === true, publishAt: date(data.publishAt) });
      }
    }
  }
  return versions;
}
