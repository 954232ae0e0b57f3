/** The index of a locale's ninjs documents: `/vi/ninjs.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannels, localeItems } from '../../syndication/channels.ts';
import { json } from '../../syndication/feed-item.ts';
import { ninjsIndex } from '../../syndication/ninjs.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await feedChannels())
      .filter((channel) => !channel.section)
      .map(async (channel) => ({ params: { locale: channel.locale }, props: { index: ninjsIndex({ ...channel, items: await localeItems(channel.locale) }) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(json(props.index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
