import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recordSourceHash, sourceHash } from '../../src/content/translation-status.ts';
import { formatTranslationReport, markTranslation, translationReport, type ReportOptions } from '../../src/content/translation-report.ts';
import { scaffoldItem } from '../../src/content/scaffold.ts';

const root = path.resolve(import.meta.dirname, '../..');
const now = new Date('2026-11-23T00:00:00+07:00');

const news = (title: string, extra = '', body = 'Nội dung.') => `---\ntitle: ${title}\nsummary: Tin kiểm thử.\npublishedAt: 2026-01-02\n${extra}---\n${body}\n`;

/** A content folder with one item per status, English translated from Vietnamese. */
function contentFolder(): ReportOptions {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sen-translations-'));
  fs.copyFileSync(path.join(root, 'tests/fixtures/small-site/site.yaml'), path.join(dir, 'site.yaml'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const source = (key: string) => news(`Tin ${key}`);
  for (const key of ['current', 'outdated', 'untracked', 'draft', 'missing', 'embargoed']) write(`news/${key}/vi.mdx`, source(key));
  write('news/current/en.mdx', news('Current', `sourceHash: ${sourceHash(source('current'))}\n`));
  write('news/outdated/en.mdx', news('Outdated', `sourceHash: ${sourceHash(source('outdated'))}\n`));
  write('news/outdated/vi.mdx', news('Tin outdated', '', 'Nội dung, và một câu mới với số liệu mới.'));
  write('news/untracked/en.mdx', news('Untracked'));
  write('news/draft/en.mdx', news('Draft', `draft: true\nsourceHash: ${sourceHash(source('draft'))}\n`));
  write('news/embargoed/en.mdx', news('Embargoed', 'publishAt: 2026-12-10\nsourceHash: 0123456789ab\n'));
  write('destinations/english-only/en.mdx', news('Written in English'));
  return { contentDir: dir, root: dir, locales: ['vi', 'en'], defaultLocale: 'vi', now };
}

const statusOf = (options: ReportOptions, section: string, key: string) =>
  translationReport(options).sections.find((s) => s.section === section)!.items.find((item) => item.key === key)!.translations[0];

describe('the hash of a source version', () => {
  it('is 12 hexadecimal digits of SHA-256, the same whether the file was saved with Windows or Unix line endings', () => {
    const unix = news('Tin', '', 'Dòng một.\nDòng hai.');
    expect(sourceHash(unix)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(unix.replace(/\n/g, '\r\n'))).toBe(sourceHash(unix));
    expect(sourceHash(unix.replace(/\n/g, '\r'))).toBe(sourceHash(unix));
    expect(sourceHash(`\uFEFF${unix}`)).toBe(sourceHash(unix));
  });

  it('changes with any edit of the source, even one character', () => {
    expect(sourceHash(news('Tin', '', 'Có 412.000 lượt khách.'))).not.toBe(sourceHash(news('Tin', '', 'Có 412.001 lượt khách.')));
  });
});

describe('the translation report', () => {
  it('tells current, outdated, untracked, draft and missing translations apart, from the content alone', () => {
    const options = contentFolder();
    const status = (key: string) => statusOf(options, 'news', key).status;
    expect(['current', 'outdated', 'untracked', 'draft', 'missing'].map(status)).toEqual(['current', 'outdated', 'untracked', 'draft', 'missing']);
    expect(status('embargoed'), 'not public until publishAt').toBe('draft');
    expect(statusOf(options, 'news', 'embargoed').whenPublic).toBe('outdated');
    expect(statusOf(options, 'news', 'draft').whenPublic).toBe('current');
    expect(statusOf({ ...options, now: new Date('2026-12-11') }, 'news', 'embargoed').status, 'after the embargo').toBe('outdated');
  });

  it('takes an item without a default-locale version as translated from the version it has', () => {
    const item = translationReport(contentFolder()).sections.find((s) => s.section === 'destinations')!.items[0];
    expect(item.source).toMatchObject({ locale: 'en', file: 'destinations/english-only/en.mdx', public: true });
    expect(item.translations).toEqual([expect.objectContaining({ locale: 'vi', status: 'missing', file: 'destinations/english-only/vi.mdx' })]);
  });

  it('prints, per section and locale, each translation to act on with its file and how to fix it, then a summary', () => {
    const text = formatTranslationReport(translationReport(contentFolder()));
    expect(text).toContain('news\n  en: 1 current, 1 outdated, 1 untracked, 2 draft, 1 missing\n');
    expect(text).toMatch(/^ {4}news\/outdated\/en\.mdx — outdated — news\/outdated\/vi\.mdx changed after this translation was made .* then run npm run translations -- --mark news\/outdated\/en\.mdx$/m);
    expect(text).toMatch(/^ {4}news\/untracked\/en\.mdx — untracked — it records no sourceHash/m);
    expect(text).toMatch(/^ {4}news\/missing\/en\.mdx — missing — readers of en see the vi original meanwhile/m);
    expect(text).not.toContain('news/current/en.mdx');
    expect(text.endsWith('Summary\n  vi: 0 current, 0 outdated, 0 untracked, 0 draft, 1 missing (of 1 item)\n  en: 1 current, 1 outdated, 1 untracked, 2 draft, 1 missing (of 6 items)')).toBe(true);
  });


  it('tells the editor that a sourceHash in an original is ignored', () => {
    const options = contentFolder();
    fs.writeFileSync(path.join(options.contentDir, 'news/current/vi.mdx'), news('Tin current', 'sourceHash: 0123456789ab\n'));
    expect(formatTranslationReport(translationReport(options))).toContain(
      'news/current/vi.mdx — source — records a sourceHash, which only a translation needs (it is ignored) — remove the line',
    );
  });
});

describe('marking a translation as up to date', () => {
  it('adds the one sourceHash line at the end of the front matter, touching nothing else', () => {
    const text = news('Translation', 'tags: [a, b]  # kept as written\n', '\nBody with --- inside.');
    const marked = recordSourceHash(text, 'abcdef012345');
    expect(marked).toBe(text.replace('kept as written\n', 'kept as written\nsourceHash: abcdef012345\n'));
  });

  it('replaces the sourceHash line it finds, and keeps Windows line endings', () => {
    const text = news('Translation', 'sourceHash: 000000aaaaaa  # old\ndraft: true\n').replace(/\n/g, '\r\n');
    expect(recordSourceHash(text, 'abcdef012345')).toBe(text.replace('sourceHash: 000000aaaaaa  # old', 'sourceHash: abcdef012345'));
  });

  it('quotes a hash of digits only, so that YAML reads it as text', () => {
    expect(parse(recordSourceHash(news('T'), '123456789012').split('---')[1]).sourceHash).toBe('123456789012');
    expect(parse(recordSourceHash(news('T'), '12e456789012').split('---')[1]).sourceHash).toBe('12e456789012');
  });

  it('makes an outdated translation current, and refuses to mark a source', () => {
    const options = contentFolder();
    const done = markTranslation(path.join(options.contentDir, 'news/outdated/en.mdx'), options);
    expect(done).toMatchObject({ file: 'news/outdated/en.mdx', source: 'news/outdated/vi.mdx', changed: true });
    expect(statusOf(options, 'news', 'outdated').status).toBe('current');
    expect(markTranslation('news/outdated/en.mdx', options).changed, 'a second mark changes nothing').toBe(false);
    expect(() => markTranslation('news/outdated/vi.mdx', options)).toThrow('is the source version of its item, not a translation');
    expect(() => markTranslation('site.yaml', options)).toThrow('is not a content file');
  });
});

describe('npm run translations', () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync('node', ['scripts/translations.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SEN_CONTENT_DIR: contentDir, SEN_BUILD_DATE: now.toISOString() } });

  it('exits 0 with translations out of date, and writes the report as JSON where asked', () => {
    const { contentDir } = contentFolder();
    const json = path.join(contentDir, 'status.json');
    const result = run(contentDir, '--json', json);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\n  en: 1 current, 1 outdated, 1 untracked, 2 draft, 1 missing (of 6 items)\n');
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(Object.keys(report)).toEqual(['asOf', 'contentDir', 'defaultLocale', 'locales', 'summary', 'sections']);
    expect(report.summary.en).toEqual({ current: 1, outdated: 1, untracked: 1, draft: 2, missing: 1 });
    const news = report.sections.find((section: { section: string }) => section.section === 'news');
    expect(news.items.find((item: { key: string }) => item.key === 'outdated')).toEqual({
      key: 'outdated',
      source: { locale: 'vi', file: expect.stringMatching(/news\/outdated\/vi\.mdx$/), hash: expect.stringMatching(/^[0-9a-f]{12}$/), public: true },
      translations: [{ locale: 'en', status: 'outdated', file: expect.stringMatching(/news\/outdated\/en\.mdx$/), sourceHash: expect.stringMatching(/^[0-9a-f]{12}$/), fix: expect.stringContaining('--mark') }],
    });
  });

  it('--mark records the source hash in each translation named', () => {
    const { contentDir } = contentFolder();
    const files = ['news/outdated/en.mdx', 'news/untracked/en.mdx'].map((file) => path.join(contentDir, file));
    const result = run(contentDir, '--mark', ...files);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/news\/untracked\/en\.mdx — marked as translated from .*news\/untracked\/vi\.mdx/);
    const json = path.join(contentDir, 'status.json');
    run(contentDir, '--json', json);
    expect(JSON.parse(fs.readFileSync(json, 'utf8')).summary.en).toMatchObject({ current: 3, outdated: 0, untracked: 0 });
  });
});

describe('npm run check', () => {
  it('reports a malformed sourceHash with its file, line and how to fix it', () => {
    const { contentDir } = contentFolder();
    fs.writeFileSync(path.join(contentDir, 'news/current/en.mdx'), news('Current', 'sourceHash: 3F2A-9C0B\n'));
    const check = spawnSync('node', ['scripts/check.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, SEN_CONTENT_DIR: contentDir } });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/news\/current\/en\.mdx:5 — sourceHash — expected the 12 digits 0–9 and a–f .* — run npm run translations -- --mark on this file/);
  });
});

describe('a new item', () => {
  it('gets a translation stub that records the hash of the source stub, so it is out of date once the source is written', () => {
    const [vi, en] = scaffoldItem('news', 'Tin mới', ['vi', 'en'], '2026-11-23').files;
    expect(parse(en.text.split('---')[1]).sourceHash).toBe(sourceHash(vi.text));
    expect(parse(vi.text.split('---')[1]).sourceHash).toBeUndefined();
  });
});
