/** JSON Feed 1.1: `/vi/feed.json` of everything, `/vi/tin-tuc/feed.json` of a section. */
import { feedEndpoint } from '../../../syndication/endpoints.ts';
import { jsonFeed } from '../../../syndication/json-feed.ts';

export const { getStaticPaths, GET } = feedEndpoint('json', jsonFeed);
