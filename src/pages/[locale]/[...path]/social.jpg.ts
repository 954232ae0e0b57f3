/** The social image of every shared page, beside it: `socialImagePath` of src/routing/routes.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../../content/site-content.ts';
import { isShared, socialCard, type SharedRoute } from '../../../social/card.ts';
import { cachedSocialImage } from '../../../social/cache.ts';

export const getStaticPaths = (async () => {
  const { routes } = await siteContent();
  return routes.filter(isShared).map((route) => {
    const [locale, ...rest] = route.path.split('/').filter(Boolean);
    return { params: { locale, path: rest.join('/') || undefined }, props: { route } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const jpeg = await cachedSocialImage(socialCard(props.route as SharedRoute, await siteContent()).card);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
