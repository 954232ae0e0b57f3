/** Atom 1.0 feeds: `/vi/atom.xml` of everything, `/vi/tin-tuc/atom.xml` of a section. */
import { feedEndpoint } from '../../../syndication/endpoints.ts';
import { atom } from '../../../syndication/atom.ts';

export const { getStaticPaths, GET } = feedEndpoint('atom', atom);
