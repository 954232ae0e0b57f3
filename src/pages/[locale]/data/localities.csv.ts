/** The localities' key figures as CSV, per locale: `localityDataPath` of src/routing/routes.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../../i18n/locales.ts';
import { siteComparison } from '../../../localities/site-comparison.ts';
import { localitiesCsv } from '../../../open-data/localities.ts';

export const getStaticPaths = (() => localeCodes().map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(localitiesCsv(await siteComparison(params.locale!)), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
