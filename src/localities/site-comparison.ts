/** The site's localities compared in one locale, in the order of their listing, for the page and the data files. */
import { siteContent } from '../content/site-content.ts';
import type { SectionData } from '../content/schema.ts';
import { compareLocalities, type Comparison } from './comparison.ts';

export async function siteComparison(locale: string): Promise<Comparison> {
  const { routes, item, itemRoute } = await siteContent();
  const keys = routes.flatMap((route) => (route.kind === 'listing' && route.section === 'localities' && route.locale === locale ? route.keys : []));
  return compareLocalities(
    keys.map((key) => {
      const route = itemRoute('localities', key, locale);
      const data = item('localities', key)!.entries[route.contentLocale].data as SectionData<'localities'>;
      return { key, name: data.title, path: route.path, figures: data.keyFigures };
    }),
  );
}
