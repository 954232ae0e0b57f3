/**
 * Static endpoints for the feed files: each format's file in src/pages
 * names its URL shape, and this gives it the paths and the body.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { routeParams, type FeedFormat } from '../routing/routes.ts';
import { feedChannels } from './channels.ts';
import type { FeedChannel } from './feed-item.ts';

const mediaTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Every feed of one format: `[locale]/[...section]/<file>` with the section's localized segment, none for the feed of everything. */
export function feedEndpoint(format: FeedFormat, serialize: (channel: FeedChannel) => string) {
  const getStaticPaths = (async () =>
    (await feedChannels()).map((channel) => {
      const { locale, path } = routeParams(new URL(channel.urls[format]).pathname);
      return { params: { locale, section: path?.split('/').slice(0, -1).join('/') || undefined }, props: { channel } };
    })) satisfies GetStaticPaths;
  const GET: APIRoute = ({ props }) => new Response(serialize(props.channel as FeedChannel), { headers: { 'content-type': mediaTypes[format] } });
  return { getStaticPaths, GET };
}
