import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPublications, formatPublicationReport, publicationCsv, readVersionFacts, type VersionFacts } from '../../src/content/publication-report.ts';

const now = new Date('2026-11-23T00:00:00+07:00');
const version = (fields: Partial<VersionFacts>): VersionFacts => ({ section: 'news', locale: 'vi', publishedAt: new Date('2026-11-02'), draft: false, internal: false, ...fields });
const locales = ['vi', 'en'];

describe('the publication report', () => {
  it('counts published versions per section, locale and month', () => {
    const report = countPublications(
      [
        version({}),
        version({ publishedAt: new Date('2026-11-20') }),
        version({ locale: 'en' }),
        version({ section: 'events', publishedAt: new Date('2026-10-05') }),
      ],
      { locales, now },
    );
    expect(report.months).toEqual([
      { section: 'news', locale: 'vi', month: '2026-11', count: 2 },
      { section: 'news', locale: 'en', month: '2026-11', count: 1 },
      { section: 'events', locale: 'vi', month: '2026-10', count: 1 },
    ]);
    expect(report.sections.find((row) => row.section === 'news')).toEqual({ section: 'news', counts: { vi: 2, en: 1 }, total: 3 });
    expect(report.totals).toEqual({ vi: 3, en: 1, all: 4 });
  });

  it('never counts a draft, an internal version or one still under embargo; an embargo that has ended counts', () => {
    const report = countPublications(
      [
        version({ draft: true }),
        version({ internal: true }),
        version({ publishAt: new Date('2026-12-10') }),
        version({ publishAt: new Date('2026-11-10') }),
      ],
      { locales, now },
    );
    expect(report.totals.all).toBe(1);
  });

  it('puts an item in the month it was published in Viet Nam, not in UTC', () => {
    const report = countPublications([version({ publishedAt: new Date('2026-10-31T20:00:00Z') })], { locales, now });
    expect(report.months[0].month).toBe('2026-11');
  });

  it('counts one year when asked, and only the enabled locales', () => {
    const report = countPublications(
      [version({ publishedAt: new Date('2025-12-31') }), version({}), version({ locale: 'fr' })],
      { locales, now, year: 2026 },
    );
    expect(report.year).toBe(2026);
    expect(report.totals).toEqual({ vi: 1, en: 0, all: 1 });
  });

  it('writes text for people and CSV for spreadsheets', () => {
    const report = countPublications([version({}), version({ locale: 'en', section: 'clarifications' })], { locales, now, year: 2026 });
    const text = formatPublicationReport(report);
    expect(text).toContain('Published in 2026');
    expect(text).toMatch(/^news\s+1\s+0\s+1$/m);
    expect(text).toMatch(/^total\s+1\s+1\s+2$/m);
    expect(publicationCsv(report)).toBe('section,locale,month,count\r\nnews,vi,2026-11,1\r\nclarifications,en,2026-11,1\r\n');
  });

  it('reads every locale file of a content folder, drafts included so that they can be left out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-report-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('news/a/vi.mdx', '---\ntitle: A\npublishedAt: 2026-11-02\n---\n');
    write('news/a/en.mdx', '---\ntitle: A\npublishedAt: 2026-11-03\ndraft: true\n---\n');
    write('events/b/vi.mdx', '---\ntitle: B\npublishedAt: 2026-10-01\npublishAt: 2026-12-01\n---\n');
    try {
      const versions = readVersionFacts(dir, locales);
      expect(versions.map((v) => [v.section, v.locale, v.draft])).toEqual([['news', 'vi', false], ['news', 'en', true], ['events', 'vi', false]]);
      expect(countPublications(versions, { locales, now }).totals).toEqual({ vi: 1, en: 0, all: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
