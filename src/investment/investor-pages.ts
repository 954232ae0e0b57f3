/** The pages investors look for first, where the site has them: the project catalogue, the comparison of localities, the open data. */
import type { TFunction } from 'i18next';
import type { SiteContent } from '../content/site-content.ts';
import { localityComparisonPath, localityDataPath, projectCataloguePath } from '../routing/routes.ts';

export function investorPages({ hasRoute, routing }: Pick<SiteContent, 'hasRoute' | 'routing'>, locale: string, t: TFunction): { href: string; label: string }[] {
  return [
    ...(hasRoute('project-catalogue') ? [{ href: projectCataloguePath(routing, locale), label: t('catalogue.title') }] : []),
    ...(hasRoute('locality-comparison')
      ? [
          { href: localityComparisonPath(routing, locale), label: t('comparison.title') },
          { href: localityDataPath(locale, 'csv'), label: t('comparison.csv') },
        ]
      : []),
  ];
}
