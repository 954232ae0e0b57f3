/** The pages investors look for first, where the site has them: the project catalogue, the comparison of localities, the open data. */
import type { TFunction } from 'i18next';
import type { SiteContent } from '../content/site-content.ts';
import { localityComparisonPath, localityDataPath, projectCataloguePath } from '../routing/routes.ts';

export function investorPages({ routes, routing }: Pick<SiteContent, 'routes' | 'routing'>, locale: string, t: TFunction): { href: string; label: string }[] {
  const has = (kind: string) => routes.some((route) => route.kind === kind);
  return [
    ...(has('project-catalogue') ? [{ href: projectCataloguePath(routing, locale), label: t('catalogue.title') }] : []),
    ...(has('locality-comparison')
      ? [
          { href: localityComparisonPath(routing, locale), label: t('comparison.title') },
          { href: localityDataPath(locale, 'csv'), label: t('comparison.csv') },
        ]
      : []),
  ];
}
