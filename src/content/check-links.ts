/**
 * Internal links in content: each must lead to a page the build makes, to an
 * anchor that page has, and to the page in the linking version's own locale
 * when that page exists.
 */
import type { Route } from '../routing/routes.ts';
import type { Problem } from './problems.ts';

export interface LinkingVersion {
  file: string;
  locale: string;
  /** The path of the version's own page, for `#anchor` links. */
  path: string;
  links: { url: string; line: number }[];
}

/** Heading anchors of the content a page shows; `undefined` when the page has no editor-written body. */
export type AnchorsOf = (route: Route) => readonly string[] | undefined;

export function linkProblems(versions: LinkingVersion[], routes: Route[], anchorsOf: AnchorsOf, siteUrl: string): Problem[] {
  const byPath = new Map(routes.map((route) => [route.path, route]));
  const site = new URL(siteUrl);
  const problems: Problem[] = [];
  for (const version of versions) {
    for (const { url, line } of version.links) {
      const problem = (message: string, fix: string) => problems.push({ file: version.file, line, field: 'link', message, fix });
      const target = internalTarget(url, site, version.path);
      if (target === 'relative') {
        problem(`the link "${url}" is relative, so it breaks on another locale's page and in feeds`, 'write the path from the site root, e.g. /vi/tin-tuc/…/');
        continue;
      }
      if (!target || /\.[a-z0-9]+$/i.test(target.path)) continue; // external, or a file rather than a page
      const route = byPath.get(target.path) ?? byPath.get(`${target.path}/`);
      if (!route) {
        problem(`the link "${url}" leads to no page of the site`, 'correct the path: copy it from the address bar of the built page');
        continue;
      }
      const anchors = anchorsOf(route);
      if (target.anchor && anchors && !anchors.includes(decodeURIComponent(target.anchor))) {
        const known = anchors.length ? `the page's anchors are #${anchors.join(', #')}` : 'that page has no headings to link to';
        problem(`the link "${url}" names the anchor #${target.anchor}, which the page does not have`, `correct the anchor; ${known}`);
      }
      const ownLocale = route.locale !== version.locale && sameLocalePage(route, version.locale);
      if (ownLocale) {
        problem(`the link "${url}" leads to the page in ${route.locale}, but the page exists in ${version.locale} too`, `link to ${ownLocale}${target.anchor ? `#${target.anchor}` : ''}`);
      }
    }
  }
  return problems;
}

/** A link's path and anchor on this site; `undefined` for other sites and schemes. */
function internalTarget(url: string, site: URL, ownPath: string): { path: string; anchor?: string } | 'relative' | undefined {
  if (url.startsWith('#')) return { path: ownPath, anchor: url.slice(1) || undefined };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    const absolute = new URL(url, site);
    if (absolute.host !== site.host) return undefined;
    return { path: absolute.pathname, anchor: absolute.hash.slice(1) || undefined };
  }
  if (!url.startsWith('/')) return 'relative';
  const parsed = new URL(url, site);
  return { path: parsed.pathname, anchor: parsed.hash.slice(1) || undefined };
}

/** The linking locale's own version of a page, when it has one that is not a fallback. */
function sameLocalePage(route: Route, locale: string): string | undefined {
  if (route.kind === 'item') return route.translations[locale];
  return route.alternates[locale];
}
