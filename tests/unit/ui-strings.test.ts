import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingUiStrings, readUiResources } from '../../src/i18n/resources.ts';
import { siteSettings } from '../../src/content/site.ts';

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
