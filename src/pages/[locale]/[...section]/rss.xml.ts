/** RSS 2.0 feeds: `/vi/rss.xml` of everything, `/vi/tin-tuc/rss.xml` of a section. */
import { feedEndpoint } from '../../../syndication/endpoints.ts';
import { rss } from '../../../syndication/rss.ts';

export const { getStaticPaths, GET } = feedEndpoint('rss', rss);
