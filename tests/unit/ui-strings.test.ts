import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingUiStrings, readUiResources } from '../../src/i18n/resources.ts';
import { siteSettings } from '../../src/content/site.ts';
import { translator } from '../../src/i18n/ui.ts';

describe('UI strings', () => {
  it('name each key that an enabled locale lacks, with the locale', () => {
    const resources = { vi: { home: { title: 'Trang chủ', intro: 'Giới thiệu' } }, en: { home: { title: 'Home' }, extra: 'Only English' } };
    expect(missingUiStrings(resources, ['vi', 'en'])).toEqual([
      { locale: 'vi', key: 'extra' },
      { locale: 'en', key: 'home.intro' },
    ]);
  });

  it('are complete for every locale the demo site enables', () => {
    const resources = readUiResources(path.resolve(import.meta.dirname, '../../src/i18n/translations'));
    const enabled = siteSettings().locales.map((locale) => locale.code);
    expect(enabled.length).toBeGreaterThanOrEqual(2);
    expect(missingUiStrings(resources, enabled)).toEqual([]);
  });
});

describe('a UI string asked for again', () => {
  it('is the same string, with the values and count it is asked with this time', () => {
    const t = translator('en');
    expect(t('syndication.feedTitle', { section: 'News', site: 'Quảng Trị' })).toBe('News – Quảng Trị');
    expect(t('syndication.feedTitle', { section: 'Events', site: 'Quảng Trị' })).toBe('Events – Quảng Trị');
    expect(t('syndication.feedTitle', { section: 'News', site: 'Quảng Trị' })).toBe('News – Quảng Trị');
    expect(t('search.browse', { count: 1 })).toBe('1 item');
    expect(t('search.browse', { count: 5 })).toBe('5 items');
    expect(translator('vi')('search.browse', { count: 5 })).not.toBe('5 items');
  });

  it('still stops the build when its key is missing, every time', () => {
    const t = translator('vi');
    expect(() => t('no.such.key')).toThrow(/"no.such.key" is missing for locale vi/);
    expect(() => t('no.such.key')).toThrow(/"no.such.key" is missing for locale vi/);
  });
});
