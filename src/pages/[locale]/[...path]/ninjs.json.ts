/** The IPTC ninjs document of every syndicated item's page: `/vi/tin-tuc/<slug>/ninjs.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannels, localeItems } from '../../../syndication/channels.ts';
import { json } from '../../../syndication/feed-item.ts';
import { ninjsItem } from '../../../syndication/ninjs.ts';
import { routeParams } from '../../../routing/routes.ts';

export const getStaticPaths = (async () => {
  const channels = await feedChannels();
  const documents = await Promise.all(
    channels
      .filter((channel) => !channel.section)
      .map(async (channel) => (await localeItems(channel.locale)).map((item) => ({ params: routeParams(new URL(item.url).pathname), props: { document: ninjsItem(item, channel) } }))),
  );
  return documents.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(json(props.document), { headers: { 'content-type': 'application/json; charset=utf-8' } });
