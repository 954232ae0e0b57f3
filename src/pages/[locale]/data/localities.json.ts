/** The localities' key figures with their history as JSON, per locale: `localityDataPath` of src/routing/routes.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../content/site-content.ts';
import { siteSettings } from '../../../content/site.ts';
import { localeCodes } from '../../../i18n/locales.ts';
import { translator } from '../../../i18n/ui.ts';
import { siteComparison } from '../../../localities/site-comparison.ts';
import { localitiesJson } from '../../../open-data/localities.ts';
import { absoluteUrl } from '../../../routing/head.ts';
import { localityComparisonPath, localityDataPath } from '../../../routing/routes.ts';

export const getStaticPaths = (() => localeCodes().map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const site = siteSettings();
  const t = translator(locale);
  const { routing } = await siteContent();
  const facts = {
    title: t('comparison.caption'),
    language: locale,
    page: absoluteUrl(site.url, localityComparisonPath(routing, locale)),
    csv: absoluteUrl(site.url, localityDataPath(locale, 'csv')),
    publisher: site.publisher.name[locale],
    licence: { name: site.licence.name, url: site.licence.url },
  };
  return new Response(localitiesJson(await siteComparison(locale), facts, site.url), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
