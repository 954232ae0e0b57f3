import { describe, expect, it } from 'vitest';
import { buildRoutes, localizedSegments, type RoutableItem, type Route } from '../../src/routing/routes.ts';

const words: Record<string, Record<string, string>> = {
  vi: { localities: 'dia-phuong', investment: 'dau-tu', compare: 'so-sanh', projects: 'du-an', factSheet: 'phieu-thong-tin' },
  en: { localities: 'localities', investment: 'investment', compare: 'compare', projects: 'projects', factSheet: 'fact-sheet' },
};
const options = { locales: ['vi', 'en'], pageSize: 10, segments: localizedSegments(['vi', 'en'], (locale, name) => words[locale][name] ?? name) };
const locality: RoutableItem = { section: 'localities', key: 'lang-son', source: 'vi', versions: { vi: {}, en: {} } };
const project: RoutableItem = { section: 'investment', key: 'kho-lanh', source: 'vi', versions: { vi: {}, en: { slug: 'cold-store' } }, factSheet: true };
const untranslatedProject: RoutableItem = { section: 'investment', key: 'cang-can', source: 'vi', versions: { vi: {} }, factSheet: true };
const incentive: RoutableItem = { section: 'investment', key: 'uu-dai', source: 'vi', versions: { vi: {}, en: {} } };

const routesOf = (items: RoutableItem[]) => buildRoutes(options, items, (_section, keys) => keys);
const ofKind = <K extends Route['kind']>(routes: Route[], kind: K) => routes.filter((route): route is Extract<Route, { kind: K }> => route.kind === kind);

describe('the investors’ pages in the route table', () => {
  const routes = routesOf([locality, project, untranslatedProject, incentive]);

  it('puts the comparison under the localities and the catalogue under investment, in localized words', () => {
    expect(ofKind(routes, 'locality-comparison').map((route) => route.path)).toEqual(['/vi/dia-phuong/so-sanh/', '/en/localities/compare/']);
    expect(ofKind(routes, 'project-catalogue')[0].alternates).toEqual({ vi: '/vi/dau-tu/du-an/', en: '/en/investment/projects/' });
  });

  it('gives a fact sheet to projects only, beside each language’s project page', () => {
    const sheets = ofKind(routes, 'fact-sheet');
    expect(sheets.map((sheet) => sheet.path)).toEqual([
      '/vi/dau-tu/kho-lanh/phieu-thong-tin/', '/en/investment/cold-store/fact-sheet/',
      '/vi/dau-tu/cang-can/phieu-thong-tin/', '/en/investment/cang-can/fact-sheet/',
    ]);
  });

  it('shows an untranslated project’s sheet in its original language, with only real translations as hreflang', () => {
    const sheet = ofKind(routes, 'fact-sheet').find((route) => route.key === 'cang-can' && route.locale === 'en')!;
    expect(sheet).toMatchObject({ fallback: true, contentLocale: 'vi', translations: { vi: '/vi/dau-tu/cang-can/phieu-thong-tin/' } });
  });

  it('makes no comparison without localities and no catalogue without projects', () => {
    const bare = routesOf([incentive]);
    expect(ofKind(bare, 'locality-comparison')).toEqual([]);
    expect(ofKind(bare, 'project-catalogue')).toEqual([]);
  });

  it('refuses an item whose slug takes the comparison’s address', () => {
    const clash: RoutableItem = { section: 'localities', key: 'so-sanh', source: 'vi', versions: { vi: {}, en: { slug: 'compare' } } };
    expect(() => routesOf([locality, clash])).toThrow(/Two pages want the URL \/vi\/dia-phuong\/so-sanh\//);
  });
});
